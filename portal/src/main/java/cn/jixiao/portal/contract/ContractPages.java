package cn.jixiao.portal.contract;

import cn.jixiao.platform.web.ApiError;
import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
import cn.jixiao.portal.project.ProjectForms.FormProblem;
import cn.jixiao.portal.project.ProjectService;
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
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** The contracts pages: the list with flags, and one contract with payments and acceptance. */
@Path("/contracts")
@Produces(MediaType.TEXT_HTML)
public class ContractPages {
    private static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                MeView me, ContractPage contracts, ThresholdView threshold, boolean canCreate);

        static native TemplateInstance detail(MeView me, ContractPageView page);

        static native TemplateInstance edit(MeView me, ContractEditPage page);
    }

    static final String CONFLICT = "数据已被他人修改，请刷新后重试 (someone else changed this record; reload and try again)";
    static final String INVALID = "输入有误，请按提示修改 (please correct the marked fields)";

    @Inject
    ProjectService projects;

    @Inject
    Validator validator;

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
    public TemplateInstance list(
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("departmentId") Long departmentId,
            @QueryParam("projectId") Long projectId) {
        return Templates.list(
                me.describe(user.get()),
                contracts.page(departmentId, projectId, Math.max(page, 0), PAGE_SIZE),
                thresholds.current(),
                projects.canCreate());
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        return Templates.detail(me.describe(user.get()), contracts.page(id, List.of()));
    }

    @GET
    @Path("new")
    public TemplateInstance newContract() {
        var department = projects.newProjectDepartment();
        return Templates.edit(
                me.describe(user.get()),
                form(null, department.id(), department.name(), null, Map.of(), Map.of(), null, false, List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        var department = projects.newProjectDepartment();
        var reader = new FormReader(form);
        var input = ContractEditForm.read(reader, validator, department.id(), false);
        if (input.isEmpty()) {
            return formAgain(null, department.id(), department.name(), reader, 400, INVALID, false, List.of());
        }
        try {
            long id = contracts.create(input.get()).id();
            return Response.seeOther(URI.create("/contracts/" + id)).build();
        } catch (ClientErrorException e) {
            return refused(null, department.id(), department.name(), reader, e);
        }
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        var c = contracts.forEditing(id);
        return Templates.edit(
                me.describe(user.get()),
                form(
                        id,
                        c.departmentId(),
                        c.departmentName(),
                        c.version(),
                        ContractEditForm.values(c),
                        Map.of(),
                        null,
                        false,
                        List.of()));
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        var c = contracts.forEditing(id);
        var reader = new FormReader(form);
        var input = ContractEditForm.read(reader, validator, c.departmentId(), true);
        if (input.isEmpty()) {
            return formAgain(id, c.departmentId(), c.departmentName(), reader, 400, INVALID, false, List.of());
        }
        try {
            contracts.update(id, input.get());
            return Response.seeOther(URI.create("/contracts/" + id)).build();
        } catch (VersionMismatchException | OptimisticLockException e) {
            return formAgain(id, c.departmentId(), c.departmentName(), reader, 409, CONFLICT, true, List.of());
        } catch (ClientErrorException e) {
            return refused(id, c.departmentId(), c.departmentName(), reader, e);
        }
    }

    @POST
    @Path("{id}/payments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pay(
            @PathParam("id") long id, @RestForm String paidOn, @RestForm String amount, @RestForm String note) {
        return act(id, () -> contracts.addPayment(id, forms.payment(paidOn, amount, note)));
    }

    @POST
    @Path("{id}/acceptance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(
            @PathParam("id") long id,
            @RestForm String result,
            @RestForm String acceptedOn,
            @RestForm String terms,
            @RestForm String version) {
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

    private ContractEditPage form(
            Long id,
            long departmentId,
            String departmentName,
            Integer version,
            Map<String, String> values,
            Map<String, String> errors,
            String message,
            boolean conflict,
            List<String> problems) {
        return new ContractEditPage(
                id,
                departmentId,
                departmentName,
                version,
                ContractEditForm.fields(values, errors),
                values.getOrDefault("projectId", ""),
                errors.get("projectId"),
                projects.ofDepartment(departmentId),
                values.getOrDefault("procurementMethod", ""),
                errors.get("procurementMethod"),
                message,
                conflict,
                problems);
    }

    private Response formAgain(
            Long id,
            long departmentId,
            String departmentName,
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
        var page = form(
                id,
                departmentId,
                departmentName,
                version,
                reader.values(),
                reader.errors(),
                message,
                conflict,
                problems);
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.edit(me.describe(user.get()), page).render())
                .build();
    }

    private Response refused(
            Long id, long departmentId, String departmentName, FormReader reader, ClientErrorException e) {
        int status = e.getResponse().getStatus();
        if ((status == 400 || status == 409) && e.getResponse().getEntity() instanceof ApiError error) {
            return formAgain(
                    id,
                    departmentId,
                    departmentName,
                    reader,
                    status,
                    status == 409 ? CONFLICT : INVALID,
                    status == 409,
                    ContractEditForm.refusal(reader, error));
        }
        throw e;
    }

    private Response page(long id, int status, List<String> errors) {
        var html = Templates.detail(me.describe(user.get()), contracts.page(id, errors))
                .render();
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html)
                .build();
    }
}
