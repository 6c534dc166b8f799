package cn.jixiao.portal.project;

import cn.jixiao.platform.web.ApiError;
import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
import cn.jixiao.portal.project.ProjectForms.FormProblem;
import cn.jixiao.portal.security.SignedInUser;
import cn.jixiao.portal.web.FormReader;
import cn.jixiao.portal.web.VersionMismatchException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validator;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** The projects pages: the list, and one project with its funds, entries, changes and contracts. */
@Path("/projects")
@Produces(MediaType.TEXT_HTML)
public class ProjectPages {
    private static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(MeView me, ProjectPage projects, boolean canCreate);

        static native TemplateInstance detail(MeView me, ProjectPageView page);

        static native TemplateInstance edit(MeView me, ProjectEditPage page);
    }

    static final String CONFLICT = "数据已被他人修改，请刷新后重试 (someone else changed this record; reload and try again)";
    static final String INVALID = "输入有误，请按提示修改 (please correct the marked fields)";

    @Inject
    ProjectService projects;

    @Inject
    ProjectPageService pages;

    @Inject
    ExpenditureService expenditures;

    @Inject
    ProjectChangeService changes;

    @Inject
    ProjectForms forms;

    @Inject
    AssignmentService assignments;

    @Inject
    Validator validator;

    @Inject
    SignedInUser user;

    @Inject
    MeService me;

    @GET
    public TemplateInstance list(
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("sort") @DefaultValue("year") String sort,
            @QueryParam("departmentId") Long departmentId,
            @QueryParam("year") Integer year) {
        return Templates.list(
                me.describe(user.get()),
                projects.page(departmentId, year, Math.max(page, 0), PAGE_SIZE, sort),
                projects.canCreate());
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        return Templates.detail(me.describe(user.get()), pages.detail(id, List.of()));
    }

    @GET
    @Path("new")
    public TemplateInstance newProject() {
        var department = projects.newProjectDepartment();
        var values = ProjectEditForm.values(null, Year.now().getValue());
        return Templates.edit(
                me.describe(user.get()), form(null, department, null, values, Map.of(), null, false, List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        var department = projects.newProjectDepartment();
        var reader = new FormReader(form);
        var input = ProjectEditForm.read(reader, validator, department.id(), false);
        if (input.isEmpty()) {
            return formAgain(null, department, reader, 400, INVALID, false, List.of());
        }
        try {
            long id = projects.create(input.get()).id();
            return Response.seeOther(URI.create("/projects/" + id)).build();
        } catch (ClientErrorException e) {
            return refused(null, department, reader, e);
        }
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        var project = projects.forEditing(id);
        var department = new ProjectEditPage.Department(project.departmentId(), project.departmentName());
        return Templates.edit(
                me.describe(user.get()),
                form(
                        id,
                        department,
                        project.version(),
                        ProjectEditForm.values(project, project.year()),
                        Map.of(),
                        null,
                        false,
                        List.of()));
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        var project = projects.forEditing(id); // a refused user learns nothing from the messages
        var department = new ProjectEditPage.Department(project.departmentId(), project.departmentName());
        var reader = new FormReader(form);
        var input = ProjectEditForm.read(reader, validator, project.departmentId(), true);
        if (input.isEmpty()) {
            return formAgain(id, department, reader, 400, INVALID, false, List.of());
        }
        try {
            projects.update(id, input.get());
            return Response.seeOther(URI.create("/projects/" + id)).build();
        } catch (VersionMismatchException | OptimisticLockException e) {
            return formAgain(id, department, reader, 409, CONFLICT, true, List.of());
        } catch (ClientErrorException e) {
            return refused(id, department, reader, e);
        }
    }

    @POST
    @Path("{id}/assignments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@PathParam("id") long id, @RestForm String username) {
        return act(id, "evaluators", () -> assignments.assign(id, forms.assignment(username)));
    }

    @POST
    @Path("{id}/expenditures")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addExpenditure(
            @PathParam("id") long id,
            @RestForm String level,
            @RestForm String content,
            @RestForm String amount,
            @RestForm String voucherNo,
            @RestForm String spentOn) {
        return act(
                id,
                "expenditures",
                () -> expenditures.add(id, forms.expenditure(level, content, amount, voucherNo, spentOn)));
    }

    @POST
    @Path("{id}/expenditures/{expenditureId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteExpenditure(
            @PathParam("id") long id, @PathParam("expenditureId") long expenditureId, @RestForm Integer version) {
        return act(id, "expenditures", () -> expenditures.delete(id, expenditureId, version));
    }

    @POST
    @Path("{id}/changes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requestChange(
            @PathParam("id") long id, @RestForm String kind, @RestForm String description, @RestForm String newTotal) {
        return act(id, "changes", () -> changes.request(id, forms.change(kind, description, newTotal)));
    }

    @POST
    @Path("{id}/changes/{changeId}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(
            @PathParam("id") long id,
            @PathParam("changeId") long changeId,
            @RestForm String version,
            @RestForm String approvalBody,
            @RestForm String note) {
        return act(id, "changes", () -> changes.approve(id, changeId, forms.decision(version, approvalBody, note)));
    }

    @POST
    @Path("{id}/changes/{changeId}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(
            @PathParam("id") long id,
            @PathParam("changeId") long changeId,
            @RestForm String version,
            @RestForm String approvalBody,
            @RestForm String note) {
        return act(id, "changes", () -> changes.reject(id, changeId, forms.decision(version, approvalBody, note)));
    }

    /** Runs a form's action; on success back to the page (303), otherwise the page with the problem. */
    private Response act(long id, String anchor, Runnable action) {
        try {
            action.run();
            return Response.seeOther(URI.create("/projects/" + id + "#" + anchor))
                    .build();
        } catch (FormProblem e) {
            return page(id, 400, e.messages);
        } catch (VersionMismatchException e) {
            return page(id, 409, List.of("数据已被他人修改，请刷新后重试 (someone else changed this record; reload and try again)"));
        } catch (ClientErrorException e) {
            int status = e.getResponse().getStatus();
            if ((status == 400 || status == 409) && e.getResponse().getEntity() instanceof ApiError error) {
                var messages = error.fields().isEmpty()
                        ? List.of(error.message())
                        : error.fields().stream()
                                .map(ApiError.FieldError::message)
                                .toList();
                return page(id, status, messages);
            }
            throw e;
        }
    }

    private static ProjectEditPage form(
            Long id,
            ProjectEditPage.Department department,
            Integer version,
            Map<String, String> values,
            Map<String, String> errors,
            String message,
            boolean conflict,
            List<String> problems) {
        return new ProjectEditPage(
                id,
                department,
                version,
                ProjectEditForm.fields(values, errors),
                ProjectEditForm.fundRows(values, errors),
                message,
                conflict,
                problems);
    }

    private Response formAgain(
            Long id,
            ProjectEditPage.Department department,
            FormReader reader,
            int status,
            String message,
            boolean conflict,
            List<String> problems) {
        Integer version = null;
        String typed = reader.values().get("version");
        if (typed != null && typed.matches("[0-9]{1,9}")) {
            version = Integer.valueOf(typed);
        }
        var page = form(id, department, version, reader.values(), reader.errors(), message, conflict, problems);
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.edit(me.describe(user.get()), page).render())
                .build();
    }

    /** The service's own 400/409 (a budget code taken, …): the form again, messages beside their fields. */
    private Response refused(
            Long id, ProjectEditPage.Department department, FormReader reader, ClientErrorException e) {
        int status = e.getResponse().getStatus();
        if ((status == 400 || status == 409) && e.getResponse().getEntity() instanceof ApiError error) {
            var problems = ProjectEditForm.refusal(reader, error);
            return formAgain(
                    id, department, reader, status, status == 409 ? CONFLICT : INVALID, status == 409, problems);
        }
        throw e;
    }

    private Response page(long id, int status, List<String> errors) {
        var html = Templates.detail(me.describe(user.get()), pages.detail(id, errors))
                .render();
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html)
                .build();
    }
}
