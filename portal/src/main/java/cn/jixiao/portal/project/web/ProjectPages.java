package cn.jixiao.portal.project.web;

import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
import cn.jixiao.portal.project.service.ProjectService;
import cn.jixiao.portal.region.FiscalYears;
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
 * The projects pages: the list, one project with its funds, entries, changes and contracts, and the
 * project form. Every form on them sends JSON to the project APIs (static/json-forms.js).
 */
@Path("/projects")
@Produces(MediaType.TEXT_HTML)
public class ProjectPages {
    private static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(MeView me, ProjectListView page, boolean canCreate);

        static native TemplateInstance detail(MeView me, ProjectDetailView page);

        static native TemplateInstance edit(MeView me, ProjectForm page);
    }

    @Inject
    ProjectService projects;

    @Inject
    ProjectDetails details;

    @Inject
    SignedInUser user;

    @Inject
    MeService me;

    @Inject
    FiscalYears fiscalYears;

    @GET
    public TemplateInstance list(
            @QueryParam("departmentId") String departmentParam,
            @QueryParam("year") String yearParam,
            @BeanParam @Valid Paging paging) {
        Long departmentId = QueryParams.id("departmentId", departmentParam);
        Integer year = QueryParams.year("year", yearParam);
        var projectsPage = projects.page(departmentId, year, paging.page(), PAGE_SIZE, paging.sort("year"));
        return Templates.list(
                me.describe(user.get()), new ProjectListView(projectsPage, departmentId, year), projects.canCreate());
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        return Templates.detail(me.describe(user.get()), details.detail(id));
    }

    @GET
    @Path("new")
    public TemplateInstance newProject() {
        var form = ProjectForm.of(projects.newProjectDepartment(), null, fiscalYears.current());
        return Templates.edit(me.describe(user.get()), form);
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        var project = projects.forEditing(id);
        var department = new ProjectForm.Department(project.departmentId(), project.departmentName());
        return Templates.edit(me.describe(user.get()), ProjectForm.of(department, project, project.year()));
    }
}
