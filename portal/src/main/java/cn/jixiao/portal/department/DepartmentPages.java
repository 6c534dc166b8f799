package cn.jixiao.portal.department;

import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
import cn.jixiao.portal.security.SignedInUser;
import cn.jixiao.portal.web.Paged;
import cn.jixiao.portal.web.Paging;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/departments")
@Produces(MediaType.TEXT_HTML)
public class DepartmentPages {
    private static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(MeView me, Paged<DepartmentView> departments);

        static native TemplateInstance detail(MeView me, DepartmentView department);
    }

    @Inject
    DepartmentDirectory departments;

    @Inject
    SignedInUser user;

    @Inject
    MeService me;

    @GET
    public TemplateInstance list(@BeanParam @Valid Paging paging) {
        return Templates.list(me.describe(user.get()), departments.page(paging.page(), PAGE_SIZE, paging.sort("name")));
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        var department = departments.byId(id).orElseThrow(() -> new NotFoundException("部门不存在 (department not found)"));
        return Templates.detail(me.describe(user.get()), department);
    }
}
