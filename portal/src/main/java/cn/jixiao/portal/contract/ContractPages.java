package cn.jixiao.portal.contract;

import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
import cn.jixiao.portal.project.service.ProjectService;
import cn.jixiao.portal.security.SignedInUser;
import cn.jixiao.portal.web.Paging;
import cn.jixiao.portal.web.QueryParams;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The contract pages: the list with its flags, one contract with payments and acceptance, and the
 * contract form. Every form on them sends JSON to ContractApi (static/json-forms.js).
 */
@Path("/contracts")
@Produces(MediaType.TEXT_HTML)
public class ContractPages {
    private static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(MeView me, ContractListView page, boolean canCreate);

        static native TemplateInstance detail(MeView me, ContractDetailView page);

        static native TemplateInstance edit(MeView me, ContractForm page);
    }

    @Inject
    ProjectService projects;

    @Inject
    ContractService contracts;

    @Inject
    ThresholdService thresholds;

    @Inject
    SignedInUser user;

    @Inject
    MeService me;

    @GET
    public TemplateInstance list(
            @QueryParam("departmentId") String departmentParam,
            @QueryParam("projectId") String projectParam,
            @BeanParam @Valid Paging paging) {
        Long departmentId = QueryParams.id("departmentId", departmentParam);
        Long projectId = QueryParams.id("projectId", projectParam);
        var view = new ContractListView(
                contracts.page(departmentId, projectId, paging.page(), PAGE_SIZE),
                departmentId,
                projectId,
                thresholds.current());
        return Templates.list(me.describe(user.get()), view, projects.canCreate());
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        return Templates.detail(me.describe(user.get()), contracts.detail(id));
    }

    @GET
    @Path("new")
    public TemplateInstance newContract() {
        var department = projects.newProjectDepartment();
        var form = ContractForm.of(department.id(), department.name(), null, projects.ofDepartment(department.id()));
        return Templates.edit(me.describe(user.get()), form);
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        var c = contracts.forEditing(id);
        var form = ContractForm.of(c.departmentId(), c.departmentName(), c, projects.ofDepartment(c.departmentId()));
        return Templates.edit(me.describe(user.get()), form);
    }
}
