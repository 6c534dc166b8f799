package cn.jixiao.portal.dashboard;

import cn.jixiao.portal.budget.DepartmentBudget;
import java.math.BigDecimal;

/** The budget amounts (万元) the ratios are computed from; a missing figure is null. */
public record BudgetFigures(
        BigDecimal initialBudget,
        BigDecimal finalAccounts,
        BigDecimal adjustmentMagnitude,
        BigDecimal threePublicBudget,
        BigDecimal threePublicActual,
        BigDecimal threePublicLastYearActual,
        BigDecimal publicFundsBudget,
        BigDecimal publicFundsActual,
        BigDecimal procurementBudget,
        BigDecimal procurementActual,
        BigDecimal fixedAssetsBookValue,
        BigDecimal fixedAssetsInUse) {

    /** @param adjustmentMagnitude Σ|amount| of the budget's adjustments (zero when there are none) */
    public static BudgetFigures of(DepartmentBudget b, BigDecimal adjustmentMagnitude) {
        return new BudgetFigures(b.initialBudget(), b.finalAccounts,
                adjustmentMagnitude == null ? BigDecimal.ZERO : adjustmentMagnitude,
                b.threePublicBudget, b.threePublicActual, b.threePublicLastYearActual,
                b.publicFundsBudget, b.publicFundsActual, b.procurementBudget, b.procurementActual,
                b.fixedAssetsBookValue, b.fixedAssetsInUse);
    }
}
