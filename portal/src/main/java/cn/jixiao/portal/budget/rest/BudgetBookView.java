package cn.jixiao.portal.budget.rest;

import cn.jixiao.portal.budget.AdjustmentView;
import cn.jixiao.portal.budget.BudgetBook;
import cn.jixiao.portal.budget.BudgetField;
import cn.jixiao.portal.budget.BudgetView;
import cn.jixiao.portal.department.DepartmentView;
import cn.jixiao.portal.ratio.RatioCard;
import cn.jixiao.portal.ratio.RatioKey;
import cn.jixiao.portal.region.FiscalYears.YearChoice;
import cn.jixiao.portal.web.FormField;
import cn.jixiao.portal.web.Money;
import java.util.EnumSet;
import java.util.List;

/** What the budget page shows: the year's figures by group, adjustments, budget ratios and history. */
public record BudgetBookView(
        DepartmentView department,
        int year,
        List<YearChoice> years,
        BudgetView budget,
        List<FigureGroup> figures,
        List<AdjustmentView> adjustments,
        List<RatioCard> ratios,
        List<BudgetHistory> history,
        boolean editable,
        List<FormField> adjustmentFields,
        String notice) {

    public record FigureGroup(String title, List<Figure> figures) {}

    public record Figure(String field, String label, String english, String value, boolean recorded) {}

    static BudgetBookView of(
            DepartmentView department,
            BudgetBook book,
            List<YearChoice> years,
            List<BudgetHistory> history,
            List<FormField> adjustmentFields,
            String notice) {
        var figures = book.budget() == null
                ? List.<FigureGroup>of()
                : List.of(BudgetField.Group.values()).stream()
                        .map(g -> new FigureGroup(
                                g.title,
                                g.fields().stream()
                                        .map(f -> new Figure(
                                                f.field,
                                                f.label,
                                                f.english,
                                                Money.wan(f.of(book.budget())),
                                                f.of(book.budget()) != null))
                                        .toList()))
                        .toList();
        var ratios = RatioCard.of(book.ratios(), EnumSet.complementOf(EnumSet.of(RatioKey.STAFF_CONTROL)));
        return new BudgetBookView(
                department,
                book.year(),
                years,
                book.budget(),
                figures,
                book.adjustments(),
                ratios,
                history,
                book.editable(),
                adjustmentFields,
                notice);
    }

    public String initialBudget() {
        return Money.wan(budget.initialBudget());
    }

    public String adjustedBudget() {
        return Money.wan(budget.adjustedBudget());
    }

    public String adjustmentTotal() {
        return Money.wan(budget.adjustmentTotal());
    }
}
