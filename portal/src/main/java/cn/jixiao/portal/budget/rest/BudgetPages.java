package cn.jixiao.portal.budget.rest;

import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.budget.BudgetService;
import cn.jixiao.portal.budget.BudgetView;
import cn.jixiao.portal.department.DepartmentDirectory;
import cn.jixiao.portal.department.DepartmentView;
import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
import cn.jixiao.portal.security.SignedInUser;
import cn.jixiao.portal.web.FiscalYear;
import cn.jixiao.portal.web.FormField;
import cn.jixiao.portal.web.FormReader;
import cn.jixiao.portal.web.InvalidInputException;
import cn.jixiao.portal.web.VersionMismatchException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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

/** The budget pages: the year's book, the edit form, and the adjustment form. */
@Path("/departments/{id}/budget")
@Produces(MediaType.TEXT_HTML)
public class BudgetPages {
    static final String CONFLICT =
            "数据已被他人修改，请重新打开本页后再改 (someone else changed this budget; reopen the page and try again)";
    static final String INVALID = "输入有误，请按提示修改 (please correct the marked fields)";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance view(MeView me, BudgetPage page);

        static native TemplateInstance edit(MeView me, BudgetEditPage page);
    }

    @Inject
    BudgetService budgets;

    @Inject
    DepartmentDirectory departments;

    @Inject
    AuditTrail audit;

    @Inject
    SignedInUser user;

    @Inject
    MeService me;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    @GET
    public TemplateInstance view(
            @PathParam("id") long id, @QueryParam("year") @FiscalYear String year, @QueryParam("saved") String saved) {
        int y = year == null ? defaultYear(budgets.years(id)) : Integer.parseInt(year);
        String notice = saved == null ? null : "已保存 (saved)";
        return page(id, y, BudgetForms.adjustmentFields(Map.of(), Map.of()), notice);
    }

    @GET
    @Path("edit")
    public TemplateInstance edit(
            @PathParam("id") long id,
            @QueryParam("year") @NotNull(message = "请提供年度 year (year is required)") @FiscalYear String year) {
        int y = Integer.parseInt(year);
        BudgetView stored = budgets.forEditing(id, y).orElse(null);
        var page = new BudgetEditPage(
                department(id),
                y,
                stored == null ? null : stored.version(),
                BudgetForms.sections(BudgetForms.values(stored), Map.of()),
                null,
                false);
        return Templates.edit(me.describe(user.get()), page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(
            @PathParam("id") long id,
            @QueryParam("year") @NotNull(message = "请提供年度 year (year is required)") @FiscalYear String year,
            MultivaluedMap<String, String> form) {
        int y = Integer.parseInt(year);
        var reader = new FormReader(form);
        var input = BudgetForms.budget(reader, validator);
        if (input.isEmpty()) {
            budgets.forEditing(id, y); // a refused user learns nothing from the messages
            return editAgain(id, y, reader, 400, INVALID, false);
        }
        try {
            budgets.save(id, y, input.get());
        } catch (VersionMismatchException | OptimisticLockException | InvalidInputException e) {
            return editAgain(id, y, reader, 409, CONFLICT, true);
        }
        return Response.seeOther(URI.create("/departments/" + id + "/budget?year=" + y + "&saved=1"))
                .build();
    }

    @POST
    @Path("adjustments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addAdjustment(
            @PathParam("id") long id,
            @QueryParam("year") @NotNull(message = "请提供年度 year (year is required)") @FiscalYear String year,
            MultivaluedMap<String, String> form) {
        int y = Integer.parseInt(year);
        var reader = new FormReader(form);
        var input = BudgetForms.adjustment(reader, validator);
        if (input.isEmpty()) {
            budgets.forEditing(id, y);
            var fields = BudgetForms.adjustmentFields(reader.values(), reader.errors());
            return Response.status(400)
                    .entity(page(id, y, fields, INVALID))
                    .type(MediaType.TEXT_HTML_TYPE)
                    .build();
        }
        budgets.addAdjustment(id, y, input.get());
        return Response.seeOther(URI.create("/departments/" + id + "/budget?year=" + y + "&saved=1"))
                .build();
    }

    private TemplateInstance page(long id, int year, List<FormField> adjustmentFields, String notice) {
        var book = budgets.book(id, year);
        var history = book.budget() == null
                ? List.<BudgetHistory>of()
                : BudgetHistory.of(
                        audit.history(BudgetService.ENTITY, book.budget().id(), 0, 10), json);
        var page = BudgetPage.of(department(id), book, budgets.years(id), history, adjustmentFields, notice);
        return Templates.view(me.describe(user.get()), page);
    }

    private Response editAgain(long id, int year, FormReader reader, int status, String message, boolean conflict) {
        Integer version = null;
        String typed = reader.values().get("version");
        if (typed != null && typed.matches("[0-9]{1,9}")) {
            version = Integer.valueOf(typed);
        }
        var page = new BudgetEditPage(
                department(id),
                year,
                version,
                BudgetForms.sections(reader.values(), reader.errors()),
                message,
                conflict);
        return Response.status(status)
                .entity(Templates.edit(me.describe(user.get()), page))
                .type(MediaType.TEXT_HTML_TYPE)
                .build();
    }

    private DepartmentView department(long id) {
        return departments.byId(id).orElseThrow(() -> new NotFoundException("部门不存在 (department not found)"));
    }

    /** The newest year with a budget, or last year when there is none yet. */
    static int defaultYear(List<Integer> years) {
        return years.isEmpty() ? Year.now().getValue() - 1 : years.get(0);
    }
}
