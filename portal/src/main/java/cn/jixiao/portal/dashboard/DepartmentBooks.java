package cn.jixiao.portal.dashboard;

import cn.jixiao.portal.budget.BudgetView;
import cn.jixiao.portal.profile.ProfileView;
import cn.jixiao.portal.ratio.RatioSet;

/**
 * One department's books for a year, as a dashboard shows them: the budget and the profile (either
 * may be missing, then null) and the ratios computed from them.
 */
public record DepartmentBooks(
        long id, String code, String name, int year, BudgetView budget, ProfileView profile, RatioSet ratios) {

    public boolean hasBooks() {
        return budget != null || profile != null;
    }

    public boolean complete() {
        return budget != null && profile != null;
    }
}
