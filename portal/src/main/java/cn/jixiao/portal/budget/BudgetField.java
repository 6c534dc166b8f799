package cn.jixiao.portal.budget;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The amounts of a budget book in the order of the forms, with their Chinese and English names. */
public enum BudgetField {
    CURRENT_YEAR_INCOME(
            "currentYearIncome", "本年收入", "current-year income", Group.REVENUE, true, BudgetView::currentYearIncome),
    CARRY_OVER("carryOver", "上年结转", "carried over from last year", Group.REVENUE, true, BudgetView::carryOver),
    BASIC_EXPENDITURE(
            "basicExpenditure", "基本支出", "basic expenditure", Group.EXPENDITURE, true, BudgetView::basicExpenditure),
    PROJECT_EXPENDITURE(
            "projectExpenditure",
            "项目支出",
            "project expenditure",
            Group.EXPENDITURE,
            true,
            BudgetView::projectExpenditure),
    FINAL_ACCOUNTS("finalAccounts", "决算数（全年支出）", "final accounts", Group.ACTUAL, false, BudgetView::finalAccounts),
    ACTUAL_BASIC_EXPENDITURE(
            "actualBasicExpenditure",
            "基本支出决算",
            "actual basic expenditure",
            Group.ACTUAL,
            false,
            BudgetView::actualBasicExpenditure),
    ACTUAL_PROJECT_EXPENDITURE(
            "actualProjectExpenditure",
            "项目支出决算",
            "actual project expenditure",
            Group.ACTUAL,
            false,
            BudgetView::actualProjectExpenditure),
    THREE_PUBLIC_BUDGET(
            "threePublicBudget",
            "“三公”经费预算",
            "three public expenses, budget",
            Group.THREE_PUBLIC,
            false,
            BudgetView::threePublicBudget),
    THREE_PUBLIC_ACTUAL(
            "threePublicActual",
            "“三公”经费决算",
            "three public expenses, actual",
            Group.THREE_PUBLIC,
            false,
            BudgetView::threePublicActual),
    THREE_PUBLIC_LAST_YEAR_ACTUAL(
            "threePublicLastYearActual",
            "上年“三公”经费决算",
            "three public expenses, last year",
            Group.THREE_PUBLIC,
            false,
            BudgetView::threePublicLastYearActual),
    PUBLIC_FUNDS_BUDGET(
            "publicFundsBudget",
            "公用经费预算",
            "public funds, budget",
            Group.PUBLIC_FUNDS,
            false,
            BudgetView::publicFundsBudget),
    PUBLIC_FUNDS_ACTUAL(
            "publicFundsActual",
            "公用经费决算",
            "public funds, actual",
            Group.PUBLIC_FUNDS,
            false,
            BudgetView::publicFundsActual),
    PROCUREMENT_BUDGET(
            "procurementBudget",
            "政府采购预算",
            "government procurement, budget",
            Group.PROCUREMENT,
            false,
            BudgetView::procurementBudget),
    PROCUREMENT_ACTUAL(
            "procurementActual",
            "政府采购实际金额",
            "government procurement, actual",
            Group.PROCUREMENT,
            false,
            BudgetView::procurementActual),
    FIXED_ASSETS_BOOK_VALUE(
            "fixedAssetsBookValue",
            "固定资产账面价值",
            "fixed assets, book value",
            Group.FIXED_ASSETS,
            false,
            BudgetView::fixedAssetsBookValue),
    FIXED_ASSETS_IN_USE(
            "fixedAssetsInUse",
            "在用固定资产",
            "fixed assets in use",
            Group.FIXED_ASSETS,
            false,
            BudgetView::fixedAssetsInUse);

    /** The groups (fieldsets) of the budget form and page. */
    public enum Group {
        REVENUE("预算收入 Revenue"),
        EXPENDITURE("预算支出 Expenditure budget"),
        ACTUAL("决算 Actual spending"),
        THREE_PUBLIC("“三公”经费 Three public expenses"),
        PUBLIC_FUNDS("公用经费 Public funds"),
        PROCUREMENT("政府采购 Government procurement"),
        FIXED_ASSETS("固定资产 Fixed assets");

        public final String title;

        Group(String title) {
            this.title = title;
        }

        public List<BudgetField> fields() {
            return Arrays.stream(BudgetField.values())
                    .filter(f -> f.group == this)
                    .toList();
        }
    }

    public final String field;
    public final String label;
    public final String english;
    public final Group group;
    public final boolean required;
    private final Function<BudgetView, BigDecimal> read;

    BudgetField(
            String field,
            String label,
            String english,
            Group group,
            boolean required,
            Function<BudgetView, BigDecimal> read) {
        this.field = field;
        this.label = label;
        this.english = english;
        this.group = group;
        this.required = required;
        this.read = read;
    }

    public BigDecimal of(BudgetView budget) {
        return read.apply(budget);
    }

    public static BudgetField byField(String field) {
        return Arrays.stream(values())
                .filter(f -> f.field.equals(field))
                .findFirst()
                .orElse(null);
    }
}
