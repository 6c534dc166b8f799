package cn.jixiao.portal.budget.rest;

import cn.jixiao.portal.budget.BudgetField;
import cn.jixiao.portal.budget.BudgetView;
import cn.jixiao.portal.web.FormField;
import cn.jixiao.portal.web.FormField.Kind;
import cn.jixiao.portal.web.Money;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The inputs of the budget forms, named as BudgetApi's JSON fields. */
final class BudgetForms {
    private BudgetForms() {}

    /** The budget form's text as stored (no padding zeros; empty for figures not recorded). */
    static Map<String, String> values(BudgetView budget) {
        var values = new LinkedHashMap<String, String>();
        if (budget != null) {
            for (BudgetField f : BudgetField.values()) {
                values.put(f.field, Money.input(f.of(budget)));
            }
        }
        return values;
    }

    static List<FormField.Section> sections(Map<String, String> values) {
        return List.of(BudgetField.Group.values()).stream()
                .map(g -> new FormField.Section(
                        g.title,
                        g.fields().stream()
                                .map(f -> FormField.of(
                                        f.field, f.label, f.english, Money.UNIT, Kind.DECIMAL, f.required, values))
                                .toList()))
                .toList();
    }

    static List<FormField> adjustmentFields() {
        Map<String, String> none = Map.of();
        return List.of(
                FormField.of(
                        "amount", "调整金额（调减填负数）", "amount, negative for a cut", Money.UNIT, Kind.DECIMAL, true, none),
                FormField.of("reason", "调整原因", "reason", "", Kind.TEXT, true, none),
                FormField.of("approver", "批准单位", "approved by", "", Kind.TEXT, true, none),
                FormField.of("adjustedOn", "调整日期", "date", "", Kind.DATE, true, none));
    }
}
