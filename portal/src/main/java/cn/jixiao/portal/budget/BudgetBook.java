package cn.jixiao.portal.budget;

import cn.jixiao.portal.ratio.RatioSet;
import java.util.List;

/**
 * A department's budget page for one year: the budget (null when the year has none), its
 * adjustments, the budget ratios, and whether the signed-in user may change it.
 */
public record BudgetBook(
        long departmentId,
        int year,
        BudgetView budget,
        List<AdjustmentView> adjustments,
        RatioSet ratios,
        boolean editable) {}
