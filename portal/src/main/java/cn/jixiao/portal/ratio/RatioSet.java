package cn.jixiao.portal.ratio;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The eight ratios of a department (or of a whole region) for one year, computed from the records,
 * never typed in. A ratio whose figures are missing, or whose base is zero, is 不适用.
 */
public record RatioSet(Map<RatioKey, Ratio> ratios) {
    private static final Ratio MISSING = Ratio.of(null, (BigDecimal) null);

    /** @param budget null when the year has no budget; @param staff null when it has no profile */
    public static RatioSet of(BudgetFigures budget, StaffFigures staff) {
        var ratios = new EnumMap<RatioKey, Ratio>(RatioKey.class);
        for (RatioKey key : RatioKey.values()) {
            ratios.put(key, MISSING);
        }
        if (staff != null) {
            ratios.put(RatioKey.STAFF_CONTROL, Ratio.of(staff.actual(), staff.quota()));
        }
        if (budget != null) {
            ratios.put(RatioKey.THREE_PUBLIC_CONTROL, Ratio.of(budget.threePublicActual(), budget.threePublicBudget()));
            ratios.put(
                    RatioKey.THREE_PUBLIC_CHANGE,
                    Ratio.change(budget.threePublicActual(), budget.threePublicLastYearActual()));
            ratios.put(RatioKey.PUBLIC_FUNDS_CONTROL, Ratio.of(budget.publicFundsActual(), budget.publicFundsBudget()));
            ratios.put(
                    RatioKey.PROCUREMENT_EXECUTION, Ratio.of(budget.procurementActual(), budget.procurementBudget()));
            ratios.put(
                    RatioKey.FIXED_ASSET_UTILIZATION,
                    Ratio.of(budget.fixedAssetsInUse(), budget.fixedAssetsBookValue()));
            ratios.put(RatioKey.BUDGET_ADJUSTMENT, Ratio.of(budget.adjustmentMagnitude(), budget.initialBudget()));
            ratios.put(RatioKey.BUDGET_COMPLETION, Ratio.of(budget.finalAccounts(), budget.initialBudget()));
        }
        return new RatioSet(ratios);
    }

    /**
     * A region's ratios: for each ratio, the sum of the numerators over the sum of the denominators
     * of the departments that have both terms (not an average of percentages).
     */
    public static RatioSet aggregate(Collection<RatioSet> sets) {
        var ratios = new EnumMap<RatioKey, Ratio>(RatioKey.class);
        for (RatioKey key : RatioKey.values()) {
            BigDecimal numerator = null;
            BigDecimal denominator = null;
            for (RatioSet set : sets) {
                Ratio r = set.get(key);
                if (r.numerator() != null && r.denominator() != null) {
                    numerator = numerator == null ? r.numerator() : numerator.add(r.numerator());
                    denominator = denominator == null ? r.denominator() : denominator.add(r.denominator());
                }
            }
            ratios.put(key, Ratio.of(numerator, denominator));
        }
        return new RatioSet(ratios);
    }

    public Ratio get(RatioKey key) {
        return ratios.get(key);
    }

    /** The percentage, or null for 不适用. */
    public BigDecimal value(RatioKey key) {
        return get(key).value();
    }
}
