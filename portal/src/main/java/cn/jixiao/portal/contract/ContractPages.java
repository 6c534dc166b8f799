package cn.jixiao.portal.contract;

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

/** The contracts pages: the list with flags, and one contract with payments and acceptance. */
@Path("/contracts")
@Produces(MediaType.TEXT_HTML)
public class ContractPages {
    private static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(MeView me, ContractPage contracts, ThresholdView threshold);

        static native TemplateInstance detail(MeView me, ContractPageView page);
    }

    @Inject
    ContractService contracts;

    @Inject
    ThresholdService thresholds;

    @Inject
    ContractForms forms;

    @Inject
    SignedInUser user;

    @Inject
    MeService me;

    @GET
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("departmentId") Long departmentId, @QueryParam("projectId") Long projectId) {
        return Templates.list(me.describe(user.get()),
                contracts.page(departmentId, projectId, Math.max(page, 0), PAGE_SIZE), thresholds.current());
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        return Templates.detail(me.describe(user.get()), contracts.page(id, List.of()));
    }

    @POST
    @Path("{id}/payments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pay(@PathParam("id") long id, @RestForm String paidOn, @RestForm String amount,
            @RestForm String note) {
        return act(id, () -> contracts.addPayment(id, forms.payment(paidOn, amount, note)));
    }

    @POST
    @Path("{id}/acceptance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") long id, @RestForm String result, @RestForm String acceptedOn,
            @RestForm String terms, @RestForm String version) {
        return act(id, () -> contracts.accept(id, forms.acceptance(result, acceptedOn, terms, version)));
    }

    private Response act(long id, Runnable action) {
        try {
            action.run();
            return Response.seeOther(URI.create("/contracts/" + id)).build();
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
        var html = Templates.detail(me.describe(user.get()), contracts.page(id, errors)).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
