package cn.jixiao.portal.budget.rest;

import cn.jixiao.portal.budget.AdjustmentInput;
import cn.jixiao.portal.budget.BudgetField;
import cn.jixiao.portal.budget.BudgetInput;
import cn.jixiao.portal.budget.BudgetView;
import cn.jixiao.portal.web.FormField;
import cn.jixiao.portal.web.FormReader;
import cn.jixiao.portal.web.Money;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The HTML forms of the budget pages: reading them into inputs, and drawing them again with messages. */
final class BudgetForms {
    static final List<String> ADJUSTMENT_FIELDS = List.of("amount", "reason", "approver", "adjustedOn");

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

    static List<FormField.Section> sections(Map<String, String> values, Map<String, String> errors) {
        return List.of(BudgetField.Group.values()).stream()
                .map(g -> new FormField.Section(
                        g.title,
                        g.fields().stream()
                                .map(f -> FormField.of(
                                        f.field, f.label, f.english, Money.UNIT, "decimal", f.required, values, errors))
                                .toList()))
                .toList();
    }

    /** The typed budget, or empty when some field has a message (then {@code reader} holds them). */
    static Optional<BudgetInput> budget(FormReader reader, Validator validator) {
        Integer version = reader.integer("version", false);
        var amounts = new EnumMap<BudgetField, BigDecimal>(BudgetField.class);
        for (BudgetField f : BudgetField.values()) {
            amounts.put(f, reader.decimal(f.field, f.required));
        }
        var input = new BudgetInput(
                version,
                amounts.get(BudgetField.CURRENT_YEAR_INCOME),
                amounts.get(BudgetField.CARRY_OVER),
                amounts.get(BudgetField.BASIC_EXPENDITURE),
                amounts.get(BudgetField.PROJECT_EXPENDITURE),
                amounts.get(BudgetField.FINAL_ACCOUNTS),
                amounts.get(BudgetField.ACTUAL_BASIC_EXPENDITURE),
                amounts.get(BudgetField.ACTUAL_PROJECT_EXPENDITURE),
                amounts.get(BudgetField.THREE_PUBLIC_BUDGET),
                amounts.get(BudgetField.THREE_PUBLIC_ACTUAL),
                amounts.get(BudgetField.THREE_PUBLIC_LAST_YEAR_ACTUAL),
                amounts.get(BudgetField.PUBLIC_FUNDS_BUDGET),
                amounts.get(BudgetField.PUBLIC_FUNDS_ACTUAL),
                amounts.get(BudgetField.PROCUREMENT_BUDGET),
                amounts.get(BudgetField.PROCUREMENT_ACTUAL),
                amounts.get(BudgetField.FIXED_ASSETS_BOOK_VALUE),
                amounts.get(BudgetField.FIXED_ASSETS_IN_USE));
        reader.addViolations(validator.validate(input));
        return reader.valid() ? Optional.of(input) : Optional.empty();
    }

    static Optional<AdjustmentInput> adjustment(FormReader reader, Validator validator) {
        var input = new AdjustmentInput(
                reader.decimal("amount", true),
                reader.text("reason"),
                reader.text("approver"),
                reader.date("adjustedOn", true));
        reader.addViolations(validator.validate(input));
        if (input.amount() != null && input.amount().signum() == 0) {
            reader.addError("amount", AdjustmentInput.ZERO_AMOUNT);
        }
        return reader.valid() ? Optional.of(input) : Optional.empty();
    }

    static List<FormField> adjustmentFields(Map<String, String> values, Map<String, String> errors) {
        return List.of(
                FormField.of(
                        "amount",
                        "调整金额（调减填负数）",
                        "amount, negative for a cut",
                        Money.UNIT,
                        "decimal",
                        true,
                        values,
                        errors),
                FormField.of("reason", "调整原因", "reason", "", "text", true, values, errors),
                FormField.of("approver", "批准单位", "approved by", "", "text", true, values, errors),
                FormField.of("adjustedOn", "调整日期", "date", "", "date", true, values, errors));
    }
}
