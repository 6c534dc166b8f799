package cn.jixiao.portal.budget.rest;

import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.budget.BudgetService;
import cn.jixiao.portal.budget.BudgetView;
import cn.jixiao.portal.department.DepartmentDirectory;
import cn.jixiao.portal.department.DepartmentView;
import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
import cn.jixiao.portal.region.FiscalYears;
import cn.jixiao.portal.security.SignedInUser;
import cn.jixiao.portal.web.FiscalYear;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The budget pages: the year's book (with the adjustment form) and the edit form; both post to BudgetApi. */
@Path("/departments/{id}/budget")
@Produces(MediaType.TEXT_HTML)
public class BudgetPages {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance view(MeView me, BudgetBookView page);

        static native TemplateInstance edit(MeView me, BudgetForm page);
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
    ObjectMapper json;

    @Inject
    FiscalYears fiscalYears;

    @GET
    public TemplateInstance view(
            @PathParam("id") long id, @QueryParam("year") @FiscalYear String year, @QueryParam("saved") String saved) {
        int y = fiscalYears.orCurrent(year);
        var book = budgets.book(id, y);
        var history = book.budget() == null
                ? List.<BudgetHistory>of()
                : BudgetHistory.of(
                        audit.history(BudgetService.ENTITY, book.budget().id(), 0, 10), json);
        var page = BudgetBookView.of(
                department(id),
                book,
                fiscalYears.choices(y, budgets.years(id)),
                history,
                BudgetForms.adjustmentFields(),
                saved == null ? null : "已保存 (saved)");
        return Templates.view(me.describe(user.get()), page);
    }

    @GET
    @Path("edit")
    public TemplateInstance edit(
            @PathParam("id") long id,
            @QueryParam("year") @NotNull(message = "请提供年度 year (year is required)") @FiscalYear String year) {
        int y = Integer.parseInt(year);
        BudgetView stored = budgets.forEditing(id, y).orElse(null);
        var page = new BudgetForm(
                department(id),
                y,
                stored == null ? null : stored.version(),
                BudgetForms.sections(BudgetForms.values(stored)));
        return Templates.edit(me.describe(user.get()), page);
    }

    private DepartmentView department(long id) {
        return departments.byId(id).orElseThrow(() -> new NotFoundException("部门不存在 (department not found)"));
    }
}
