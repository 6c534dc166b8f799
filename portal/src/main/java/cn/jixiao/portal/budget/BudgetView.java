package cn.jixiao.portal.budget;

import static cn.jixiao.portal.web.Money.plain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A year's budget as the API, the pages and the audit log show it, in 万元, with the derived totals:
 * 年初预算 (income + carry-over), the signed sum of the adjustments and the budget after them.
 */
public record BudgetView(
        long id,
        long departmentId,
        int year,
        BigDecimal currentYearIncome,
        BigDecimal carryOver,
        BigDecimal basicExpenditure,
        BigDecimal projectExpenditure,
        BigDecimal finalAccounts,
        BigDecimal actualBasicExpenditure,
        BigDecimal actualProjectExpenditure,
        BigDecimal threePublicBudget,
        BigDecimal threePublicActual,
        BigDecimal threePublicLastYearActual,
        BigDecimal publicFundsBudget,
        BigDecimal publicFundsActual,
        BigDecimal procurementBudget,
        BigDecimal procurementActual,
        BigDecimal fixedAssetsBookValue,
        BigDecimal fixedAssetsInUse,
        BigDecimal initialBudget,
        BigDecimal adjustmentTotal,
        BigDecimal adjustedBudget,
        int version) {

    public static BudgetView of(DepartmentBudget b, List<BudgetAdjustment> adjustments) {
        BigDecimal adjustmentTotal = adjustments.stream().map(a -> a.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new BudgetView(
                b.id,
                b.departmentId,
                b.year,
                plain(b.currentYearIncome),
                plain(b.carryOver),
                plain(b.basicExpenditure),
                plain(b.projectExpenditure),
                plain(b.finalAccounts),
                plain(b.actualBasicExpenditure),
                plain(b.actualProjectExpenditure),
                plain(b.threePublicBudget),
                plain(b.threePublicActual),
                plain(b.threePublicLastYearActual),
                plain(b.publicFundsBudget),
                plain(b.publicFundsActual),
                plain(b.procurementBudget),
                plain(b.procurementActual),
                plain(b.fixedAssetsBookValue),
                plain(b.fixedAssetsInUse),
                plain(b.initialBudget()),
                plain(adjustmentTotal),
                plain(b.initialBudget().add(adjustmentTotal)),
                b.version);
    }

    /** The same figures as the edit form starts from. */
    public BudgetInput toInput() {
        return new BudgetInput(
                version,
                currentYearIncome,
                carryOver,
                basicExpenditure,
                projectExpenditure,
                finalAccounts,
                actualBasicExpenditure,
                actualProjectExpenditure,
                threePublicBudget,
                threePublicActual,
                threePublicLastYearActual,
                publicFundsBudget,
                publicFundsActual,
                procurementBudget,
                procurementActual,
                fixedAssetsBookValue,
                fixedAssetsInUse);
    }
}
