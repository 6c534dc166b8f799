package cn.jixiao.portal.department;

import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/departments")
@Produces(MediaType.TEXT_HTML)
public class DepartmentPages {
    private static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                MeView me, Paged<DepartmentView> departments, String q, DepartmentForm form);

        static native TemplateInstance detail(MeView me, DepartmentView department, DepartmentForm form);
    }

    @Inject
    DepartmentDirectory departments;

    @Inject
    Access access;

    @Inject
    MeService me;

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @BeanParam @Valid Paging paging) {
        String query = q == null ? "" : q.strip();
        var page = departments.page(query, paging.page(), PAGE_SIZE, paging.sort("name"));
        var form = DepartmentForm.of(
                access.isRegionAdmin(),
                null,
                access.isRegionAdmin() ? departments.parentChoices() : java.util.List.of());
        return Templates.list(me.describe(access.user()), page, query, form);
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        var department = departments.byId(id).orElseThrow(() -> new NotFoundException(DepartmentKeeper.NOT_FOUND));
        var form = DepartmentForm.of(
                access.isRegionAdmin(),
                department,
                access.isRegionAdmin() ? departments.parentChoices() : java.util.List.of());
        return Templates.detail(me.describe(access.user()), department, form);
    }
}
