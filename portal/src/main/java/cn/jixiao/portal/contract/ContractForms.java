package cn.jixiao.portal.contract;

import cn.jixiao.portal.project.ProjectForms.FormProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Reads the contract page's forms into the JSON API's input records, checked by the same constraints. */
@ApplicationScoped
public class ContractForms {
    @Inject
    Validator validator;

    public PaymentInput payment(String paidOn, String amount, String note) {
        var problems = new ArrayList<String>();
        return checked(
                new PaymentInput(date(paidOn, "付款日期 (paidOn)", problems), amount(amount, problems), note), problems);
    }

    public AcceptanceInput acceptance(String result, String acceptedOn, String terms, String version) {
        var problems = new ArrayList<String>();
        AcceptanceResult parsed = null;
        try {
            parsed = result == null || result.isBlank() ? null : AcceptanceResult.valueOf(result);
        } catch (IllegalArgumentException e) {
            problems.add("验收结果无效 (unknown acceptance result)");
        }
        Integer parsedVersion = null;
        try {
            parsedVersion = Integer.valueOf(version);
        } catch (NumberFormatException e) {
            problems.add("版本号无效 (bad version)");
        }
        return checked(
                new AcceptanceInput(parsed, date(acceptedOn, "验收日期 (acceptedOn)", problems), terms, parsedVersion),
                problems);
    }

    private <T> T checked(T input, List<String> problems) {
        validator.validate(input).forEach(v -> problems.add(v.getMessage()));
        if (!problems.isEmpty()) {
            throw new FormProblem(List.copyOf(new LinkedHashSet<>(problems)));
        }
        return input;
    }

    private static BigDecimal amount(String value, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add("付款金额不是有效的数字 (amount is not a number)");
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
