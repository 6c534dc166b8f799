package cn.jixiao.portal.project;

import cn.jixiao.platform.web.ApiError;
import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
import cn.jixiao.portal.project.ProjectForms.FormProblem;
import cn.jixiao.portal.security.SignedInUser;
import cn.jixiao.portal.web.VersionMismatchException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The projects pages: the list, and one project with its funds, entries, changes and contracts. */
@Path("/projects")
@Produces(MediaType.TEXT_HTML)
public class ProjectPages {
    private static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(MeView me, ProjectPage projects);

        static native TemplateInstance detail(MeView me, ProjectPageView page);
    }

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
    SignedInUser user;

    @Inject
    MeService me;

    @GET
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("sort") @DefaultValue("year") String sort, @QueryParam("departmentId") Long departmentId,
            @QueryParam("year") Integer year) {
        return Templates.list(me.describe(user.get()), projects.page(departmentId, year, Math.max(page, 0), PAGE_SIZE, sort));
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        return Templates.detail(me.describe(user.get()), pages.detail(id, List.of()));
    }

    @POST
    @Path("{id}/expenditures")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addExpenditure(@PathParam("id") long id, @RestForm String level, @RestForm String content,
            @RestForm String amount, @RestForm String voucherNo, @RestForm String spentOn) {
        return act(id, "expenditures",
                () -> expenditures.add(id, forms.expenditure(level, content, amount, voucherNo, spentOn)));
    }

    @POST
    @Path("{id}/expenditures/{expenditureId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteExpenditure(@PathParam("id") long id, @PathParam("expenditureId") long expenditureId,
            @RestForm Integer version) {
        return act(id, "expenditures", () -> expenditures.delete(id, expenditureId, version));
    }

    @POST
    @Path("{id}/changes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requestChange(@PathParam("id") long id, @RestForm String kind, @RestForm String description,
            @RestForm String newTotal) {
        return act(id, "changes", () -> changes.request(id, forms.change(kind, description, newTotal)));
    }

    @POST
    @Path("{id}/changes/{changeId}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") long id, @PathParam("changeId") long changeId, @RestForm String version,
            @RestForm String approvalBody, @RestForm String note) {
        return act(id, "changes", () -> changes.approve(id, changeId, forms.decision(version, approvalBody, note)));
    }

    @POST
    @Path("{id}/changes/{changeId}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") long id, @PathParam("changeId") long changeId, @RestForm String version,
            @RestForm String approvalBody, @RestForm String note) {
        return act(id, "changes", () -> changes.reject(id, changeId, forms.decision(version, approvalBody, note)));
    }

    /** Runs a form's action; on success back to the page (303), otherwise the page with the problem. */
    private Response act(long id, String anchor, Runnable action) {
        try {
            action.run();
            return Response.seeOther(URI.create("/projects/" + id + "#" + anchor)).build();
        } catch (FormProblem e) {
            return page(id, 400, e.messages);
        } catch (VersionMismatchException e) {
            return page(id, 409, List.of("数据已被他人修改，请刷新后重试 (someone else changed this record; reload and try again)"));
        } catch (ClientErrorException e) {
            int status = e.getResponse().getStatus();
            if ((status == 400 || status == 409) && e.getResponse().getEntity() instanceof ApiError error) {
                var messages = error.fields().isEmpty() ? List.of(error.message())
                        : error.fields().stream().map(ApiError.FieldError::message).toList();
                return page(id, status, messages);
            }
            throw e;
        }
    }

    private Response page(long id, int status, List<String> errors) {
        var html = Templates.detail(me.describe(user.get()), pages.detail(id, errors)).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
