package cn.jixiao.portal.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the project page's HTML forms into the same input records the JSON API takes, and checks
 * them with the same constraints; problems come back as messages for the page.
 */
@ApplicationScoped
public class ProjectForms {
    @Inject
    Validator validator;

    /** The form could not be read or broke a rule; the page shows the messages. */
    public static class FormProblem extends RuntimeException {
        public final List<String> messages;

        public FormProblem(List<String> messages) {
            super(String.join("; ", messages));
            this.messages = messages;
        }
    }

    public ExpenditureInput expenditure(String level, String content, String amount, String voucherNo, String spentOn) {
        var problems = new ArrayList<String>();
        var input = new ExpenditureInput(
                level(level, problems),
                content,
                amount(amount, "支出金额 (amount)", problems),
                voucherNo,
                date(spentOn, "支出日期 (spentOn)", problems));
        return checked(input, problems);
    }

    public ChangeInput change(String kind, String description, String newTotal) {
        var problems = new ArrayList<String>();
        ChangeKind parsed = null;
        try {
            parsed = kind == null || kind.isBlank() ? null : ChangeKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            problems.add("变更类型无效 (unknown change kind)");
        }
        return checked(new ChangeInput(parsed, description, amount(newTotal, "变更后总额 (newTotal)", problems)), problems);
    }

    public DecisionInput decision(String version, String approvalBody, String note) {
        var problems = new ArrayList<String>();
        Integer parsed = null;
        try {
            parsed = Integer.valueOf(version);
        } catch (NumberFormatException e) {
            problems.add("版本号无效 (bad version)");
        }
        return checked(new DecisionInput(parsed, approvalBody, note), problems);
    }

    public AssignmentInput assignment(String username) {
        return checked(new AssignmentInput(username), new ArrayList<>());
    }

    private <T> T checked(T input, List<String> problems) {
        validator.validate(input).forEach(v -> problems.add(v.getMessage()));
        if (!problems.isEmpty()) {
            throw new FormProblem(List.copyOf(new java.util.LinkedHashSet<>(problems)));
        }
        return input;
    }

    private static FundingLevel level(String value, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return FundingLevel.valueOf(value);
        } catch (IllegalArgumentException e) {
            problems.add("资金级次无效 (unknown funding level)");
            return null;
        }
    }

    private static BigDecimal amount(String value, String field, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(field + " 不是有效的数字 (not a number)");
            return null;
        }
    }

    private static LocalDate date(String value, String field, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(field + " 应为 YYYY-MM-DD 格式的日期 (expected a date as YYYY-MM-DD)");
            return null;
        }
    }
}
