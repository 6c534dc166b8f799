package cn.jixiao.portal.ratio;

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
        BigDecimal fixedAssetsInUse) {}
