package cn.jixiao.portal.project;

import cn.jixiao.platform.web.ApiError;
import cn.jixiao.portal.web.FormField;
import cn.jixiao.portal.web.FormReader;
import cn.jixiao.portal.web.Money;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project's new/edit form: read field by field into the API's {@link ProjectInput} (same
 * constraints), and drawn again with the typed text and a message beside each bad field. Funds are
 * one row per level, fields named {@code planned_MUNICIPAL} etc.; a row left empty is not recorded.
 */
final class ProjectEditForm {
    static final String[] AMOUNTS = {"planned", "arrived", "spent"};
    static final String END_BEFORE_START = "结束日期不能早于开始日期 (endsOn must not be before startsOn)";

    private ProjectEditForm() {}

    static String fundField(String amount, FundingLevel level) {
        return amount + "_" + level.name();
    }

    /** The form's text for a stored project (or a new one: this year, nothing else). */
    static Map<String, String> values(ProjectView project, int defaultYear) {
        var values = new LinkedHashMap<String, String>();
        if (project == null) {
            values.put("year", String.valueOf(defaultYear));
            return values;
        }
        values.put("name", project.name());
        values.put("budgetCode", orEmpty(project.budgetCode()));
        values.put("ownerName", orEmpty(project.ownerName()));
        values.put("contact", orEmpty(project.contact()));
        values.put("address", orEmpty(project.address()));
        values.put(
                "startsOn", project.startsOn() == null ? "" : project.startsOn().toString());
        values.put("endsOn", project.endsOn() == null ? "" : project.endsOn().toString());
        values.put("year", String.valueOf(project.year()));
        values.put("goals", orEmpty(project.goals()));
        for (FundLine line : project.funds()) {
            values.put(fundField("planned", line.level()), Money.input(line.planned()));
            values.put(fundField("arrived", line.level()), Money.input(line.arrived()));
            values.put(fundField("spent", line.level()), Money.input(line.spent()));
        }
        return values;
    }

    static List<FormField> fields(Map<String, String> values, Map<String, String> errors) {
        return List.of(
                FormField.of("name", "项目名称", "name", "", "text", true, values, errors),
                FormField.of("budgetCode", "预算编码", "budget code", "", "text", false, values, errors),
                FormField.of("year", "年度", "year", "", "integer", true, values, errors),
                FormField.of("ownerName", "项目负责人", "owner", "", "text", false, values, errors),
                FormField.of("contact", "联络电话", "contact", "", "text", false, values, errors),
                FormField.of("address", "项目地址", "address", "", "text", false, values, errors),
                FormField.of("startsOn", "开始日期", "starts on", "", "date", false, values, errors),
                FormField.of("endsOn", "结束日期", "ends on", "", "date", false, values, errors),
                FormField.of("goals", "年度总体目标", "goals", "", "textarea", false, values, errors));
    }

    static List<ProjectEditPage.FundRow> fundRows(Map<String, String> values, Map<String, String> errors) {
        var rows = new ArrayList<ProjectEditPage.FundRow>();
        for (FundingLevel level : FundingLevel.values()) {
            var amounts = new ArrayList<FormField>();
            for (String amount : AMOUNTS) {
                amounts.add(FormField.of(
                        fundField(amount, level),
                        level.label + label(amount),
                        amount,
                        Money.UNIT,
                        "decimal",
                        false,
                        values,
                        errors));
            }
            rows.add(new ProjectEditPage.FundRow(level, level.label, amounts));
        }
        return rows;
    }

    /** The typed project, or empty when some field has a message (then {@code reader} holds them). */
    static Optional<ProjectInput> read(FormReader reader, Validator validator, long departmentId, boolean editing) {
        Integer version = editing ? reader.integer("version", true) : null;
        String name = reader.text("name");
        String budgetCode = reader.text("budgetCode");
        Integer year = reader.integer("year", true);
        String ownerName = reader.text("ownerName");
        String contact = reader.text("contact");
        String address = reader.text("address");
        var startsOn = reader.date("startsOn", false);
        var endsOn = reader.date("endsOn", false);
        String goals = reader.text("goals");
        var funds = new ArrayList<FundLine>();
        for (FundingLevel level : FundingLevel.values()) {
            fundLine(reader, validator, level).ifPresent(funds::add);
        }
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            reader.addError("endsOn", END_BEFORE_START);
        }
        var input = new ProjectInput(
                departmentId,
                name,
                budgetCode,
                ownerName,
                contact,
                address,
                startsOn,
                endsOn,
                goals,
                year,
                null,
                funds,
                version);
        // the funds lines were checked row by row above, each message beside its own amount
        reader.addViolations(validator.validate(input).stream()
                .filter(v -> !v.getPropertyPath().toString().startsWith("funds"))
                .collect(java.util.stream.Collectors.toSet()));
        return reader.valid() ? Optional.of(input) : Optional.empty();
    }

    /** The service refused with field messages (e.g. a budget code already taken): put them beside the fields. */
    static List<String> refusal(FormReader reader, ApiError error) {
        var elsewhere = new ArrayList<String>();
        if (error.fields().isEmpty()) {
            elsewhere.add(error.message());
        }
        for (var field : error.fields()) {
            if (reader.values().containsKey(field.field())) {
                reader.addError(field.field(), field.message());
            } else {
                elsewhere.add(field.message());
            }
        }
        return elsewhere;
    }

    private static Optional<FundLine> fundLine(FormReader reader, Validator validator, FundingLevel level) {
        var typed = new BigDecimal[AMOUNTS.length];
        boolean any = false;
        for (int i = 0; i < AMOUNTS.length; i++) {
            String field = fundField(AMOUNTS[i], level);
            typed[i] = reader.decimal(field, false);
            any |= !reader.values().get(field).isEmpty();
        }
        if (!any) {
            return Optional.empty();
        }
        for (int i = 0; i < AMOUNTS.length; i++) {
            String field = fundField(AMOUNTS[i], level);
            if (reader.values().get(field).isEmpty()) {
                reader.addError(field, "请同时填写本级次的三项金额，没有的填 0 (fill in all three amounts of this level; 0 if none)");
            }
        }
        var line = new FundLine(level, typed[0], typed[1], typed[2]);
        for (var v : validator.validate(line)) {
            String property = v.getPropertyPath().toString();
            if (!"level".equals(property)) {
                reader.addError(fundField(property, level), v.getMessage());
            }
        }
        return Optional.of(line);
    }

    private static String label(String amount) {
        return switch (amount) {
            case "planned" -> "计划安排";
            case "arrived" -> "实际到位";
            default -> "实际支出";
        };
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
