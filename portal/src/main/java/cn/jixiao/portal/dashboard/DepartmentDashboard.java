package cn.jixiao.portal.dashboard;

import cn.jixiao.portal.budget.BudgetView;
import cn.jixiao.portal.ratio.RatioCard;
import cn.jixiao.portal.region.FiscalYears.YearChoice;
import cn.jixiao.portal.web.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The department dashboard: the eight ratio cards and budget against actual, for one year. */
public record DepartmentDashboard(
        DepartmentBooks books, List<RatioCard> cards, BarChart budgetChart, List<YearChoice> years) {

    static final List<BarChart.Series> BUDGET_VS_ACTUAL = List.of(
            new BarChart.Series("预算数（账面价值）Budget", "s-budget"), new BarChart.Series("实际数（在用）Actual", "s-actual"));

    public static DepartmentDashboard of(DepartmentBooks books, List<YearChoice> years) {
        return new DepartmentDashboard(books, RatioCard.of(books.ratios()), budgetChart(books), years);
    }

    static BarChart budgetChart(DepartmentBooks books) {
        var groups = new ArrayList<BarChart.Group>();
        BudgetView b = books.budget();
        if (b != null) {
            groups.add(group("年初预算 / 决算数", b.initialBudget(), b.finalAccounts()));
            groups.add(group("基本支出", b.basicExpenditure(), b.actualBasicExpenditure()));
            groups.add(group("项目支出", b.projectExpenditure(), b.actualProjectExpenditure()));
            groups.add(group("“三公”经费", b.threePublicBudget(), b.threePublicActual()));
            groups.add(group("公用经费", b.publicFundsBudget(), b.publicFundsActual()));
            groups.add(group("政府采购", b.procurementBudget(), b.procurementActual()));
            groups.add(group("固定资产", b.fixedAssetsBookValue(), b.fixedAssetsInUse()));
        }
        return BarChart.of(
                "budget-chart",
                "预算与实际对比 Budget vs actual",
                Money.UNIT,
                BUDGET_VS_ACTUAL,
                groups,
                null,
                null,
                Money::figure);
    }

    private static BarChart.Group group(String label, BigDecimal budget, BigDecimal actual) {
        return new BarChart.Group(label, Arrays.asList(budget, actual));
    }
}
