package cn.jixiao.portal.dashboard;

import static cn.jixiao.portal.ratio.RatioKey.BUDGET_ADJUSTMENT;
import static cn.jixiao.portal.ratio.RatioKey.BUDGET_COMPLETION;
import static cn.jixiao.portal.ratio.RatioKey.FIXED_ASSET_UTILIZATION;
import static cn.jixiao.portal.ratio.RatioKey.PROCUREMENT_EXECUTION;
import static cn.jixiao.portal.ratio.RatioKey.PUBLIC_FUNDS_CONTROL;
import static cn.jixiao.portal.ratio.RatioKey.STAFF_CONTROL;
import static cn.jixiao.portal.ratio.RatioKey.THREE_PUBLIC_CHANGE;
import static cn.jixiao.portal.ratio.RatioKey.THREE_PUBLIC_CONTROL;

import cn.jixiao.portal.ratio.RatioSet;
import java.math.BigDecimal;
import java.util.Map;

/**
 * GET /api/departments/{id}/ratios: each ratio as a percentage rounded half-up to two decimals
 * (113.33), or null when not applicable, and in {@code details} the terms, display and formula.
 */
public record DepartmentRatios(
        int year,
        long departmentId,
        BigDecimal staffControlRate,
        BigDecimal threePublicControlRate,
        BigDecimal threePublicChangeRate,
        BigDecimal publicFundsControlRate,
        BigDecimal procurementExecutionRate,
        BigDecimal fixedAssetUtilizationRate,
        BigDecimal budgetAdjustmentRate,
        BigDecimal budgetCompletionRate,
        Map<String, RatioDetail> details) {

    static DepartmentRatios of(int year, long departmentId, RatioSet set) {
        return new DepartmentRatios(
                year,
                departmentId,
                set.value(STAFF_CONTROL),
                set.value(THREE_PUBLIC_CONTROL),
                set.value(THREE_PUBLIC_CHANGE),
                set.value(PUBLIC_FUNDS_CONTROL),
                set.value(PROCUREMENT_EXECUTION),
                set.value(FIXED_ASSET_UTILIZATION),
                set.value(BUDGET_ADJUSTMENT),
                set.value(BUDGET_COMPLETION),
                RatioDetail.of(set));
    }
}
