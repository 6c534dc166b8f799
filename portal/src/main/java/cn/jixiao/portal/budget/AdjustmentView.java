package cn.jixiao.portal.budget;

import static cn.jixiao.portal.web.Money.plain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A budget adjustment as the API, the pages and the audit log show it. */
public record AdjustmentView(
        long id,
        long budgetId,
        long departmentId,
        int year,
        BigDecimal amount,
        String reason,
        String approver,
        LocalDate adjustedOn,
        int version) {

    static AdjustmentView of(BudgetAdjustment a, DepartmentBudget budget) {
        return new AdjustmentView(
                a.id,
                a.budgetId,
                budget.departmentId,
                budget.year,
                plain(a.amount),
                a.reason,
                a.approver,
                a.adjustedOn,
                a.version);
    }

    /** "调减" for a cut, "调增" for an increase. */
    public String direction() {
        return amount.signum() < 0 ? "调减" : "调增";
    }

    /** The amount without its sign, as it reads after {@link #direction()}: 调减 1 万元, not 调减 -1 万元. */
    public BigDecimal magnitude() {
        return amount.abs();
    }
}
