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
import java.util.List;
import java.util.Map;

/**
 * GET /api/ratios: the region's ratios (sums of the departments' numerators over sums of their
 * denominators), the same keys as a department's, plus one row per department.
 */
public record TenantRatios(
        int year,
        String tenantCode,
        int departmentCount,
        BigDecimal staffControlRate,
        BigDecimal threePublicControlRate,
        BigDecimal threePublicChangeRate,
        BigDecimal publicFundsControlRate,
        BigDecimal procurementExecutionRate,
        BigDecimal fixedAssetUtilizationRate,
        BigDecimal budgetAdjustmentRate,
        BigDecimal budgetCompletionRate,
        Map<String, RatioDetail> details,
        List<Row> departments) {

    /** One department of the region: whether it has its books for the year, and its ratios. */
    public record Row(
            long departmentId,
            String code,
            String name,
            boolean hasBudget,
            boolean hasProfile,
            Map<String, BigDecimal> ratios) {}

    static TenantRatios of(TenantBooks books) {
        RatioSet set = books.total();
        var rows = books.departments().stream()
                .map(d -> new Row(
                        d.id(),
                        d.code(),
                        d.name(),
                        d.budget() != null,
                        d.profile() != null,
                        RatioDetail.values(d.ratios())))
                .toList();
        return new TenantRatios(
                books.year(),
                books.tenantCode(),
                books.departmentsWithBooks(),
                set.value(STAFF_CONTROL),
                set.value(THREE_PUBLIC_CONTROL),
                set.value(THREE_PUBLIC_CHANGE),
                set.value(PUBLIC_FUNDS_CONTROL),
                set.value(PROCUREMENT_EXECUTION),
                set.value(FIXED_ASSET_UTILIZATION),
                set.value(BUDGET_ADJUSTMENT),
                set.value(BUDGET_COMPLETION),
                RatioDetail.of(set),
                rows);
    }
}
