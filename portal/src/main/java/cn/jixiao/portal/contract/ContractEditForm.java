package cn.jixiao.portal.contract;

import cn.jixiao.platform.web.ApiError;
import cn.jixiao.portal.web.FormField;
import cn.jixiao.portal.web.FormReader;
import cn.jixiao.portal.web.Money;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The contract's new/edit form, read into the API's {@link ContractInput} under the same constraints. */
final class ContractEditForm {
    private ContractEditForm() {}

    static Map<String, String> values(ContractView c) {
        var values = new LinkedHashMap<String, String>();
        if (c == null) {
            return values;
        }
        values.put("projectId", c.projectId() == null ? "" : c.projectId().toString());
        values.put("contractNo", c.contractNo() == null ? "" : c.contractNo());
        values.put("title", c.title());
        values.put("vendor", c.vendor());
        values.put("amount", Money.input(c.amount()));
        values.put("signedOn", c.signedOn() == null ? "" : c.signedOn().toString());
        values.put("procurementMethod", c.procurementMethod().name());
        values.put(
                "workStartedOn",
                c.workStartedOn() == null ? "" : c.workStartedOn().toString());
        values.put("acceptanceTerms", c.acceptanceTerms() == null ? "" : c.acceptanceTerms());
        int[] trial = TrialPeriod.monthsAndDays(c.trialPeriod());
        values.put("trialMonths", trial == null ? "" : Integer.toString(trial[0]));
        values.put("trialDays", trial == null ? "" : Integer.toString(trial[1]));
        values.put(
                "acceptanceWorkingDays",
                c.acceptanceWorkingDays() == null
                        ? ""
                        : c.acceptanceWorkingDays().toString());
        return values;
    }

    static List<FormField> fields(Map<String, String> values, Map<String, String> errors) {
        return List.of(
                FormField.of("title", "合同名称", "title", "", "text", true, values, errors),
                FormField.of("contractNo", "合同编号", "contract no.", "", "text", false, values, errors),
                FormField.of("vendor", "供应商", "vendor", "", "text", true, values, errors),
                FormField.of("amount", "合同金额", "amount", Money.UNIT, "decimal", false, values, errors),
                FormField.of("signedOn", "签订日期", "signed on", "", "date", false, values, errors),
                FormField.of("workStartedOn", "开工日期", "work started on", "", "date", false, values, errors),
                FormField.of("acceptanceTerms", "验收条款", "acceptance terms", "", "textarea", false, values, errors),
                FormField.of("trialMonths", "试运行期", "trial period, months", "个月", "integer", false, values, errors),
                FormField.of("trialDays", "试运行期另加", "trial period, extra days", "天", "integer", false, values, errors),
                FormField.of(
                        "acceptanceWorkingDays",
                        "试运行期满后验收期限",
                        "working days to accept after the trial",
                        "个工作日",
                        "integer",
                        false,
                        values,
                        errors));
    }

    static Optional<ContractInput> read(FormReader reader, Validator validator, long departmentId, boolean editing) {
        Integer version = editing ? reader.integer("version", true) : null;
        Long projectId = null;
        String project = reader.text("projectId");
        if (project != null) {
            try {
                projectId = Long.valueOf(project);
            } catch (NumberFormatException e) {
                reader.addError("projectId", "项目无效 (unknown project)");
            }
        }
        ProcurementMethod method = null;
        String typedMethod = reader.text("procurementMethod");
        if (typedMethod != null) {
            try {
                method = ProcurementMethod.valueOf(typedMethod);
            } catch (IllegalArgumentException e) {
                reader.addError("procurementMethod", "采购方式无效 (unknown procurement method)");
            }
        }
        String trialPeriod = trialPeriod(reader);
        var input = new ContractInput(
                departmentId,
                projectId,
                reader.text("contractNo"),
                reader.text("title"),
                reader.text("vendor"),
                reader.decimal("amount", false),
                reader.date("signedOn", false),
                method,
                reader.date("workStartedOn", false),
                reader.text("acceptanceTerms"),
                trialPeriod,
                reader.integer("acceptanceWorkingDays", false),
                version);
        reader.addViolations(validator.validate(input));
        return reader.valid() ? Optional.of(input) : Optional.empty();
    }

    /** The trial period from its months and days fields (e.g. 1 and empty: P1M); null when both are empty. */
    private static String trialPeriod(FormReader reader) {
        Integer months = reader.integer("trialMonths", false);
        Integer days = reader.integer("trialDays", false);
        if (months != null && (months < 0 || months > 60)) {
            reader.addError("trialMonths", "应为 0 至 60 个月 (0 to 60 months)");
            return null;
        }
        if (days != null && (days < 0 || days > 365)) {
            reader.addError("trialDays", "应为 0 至 365 天 (0 to 365 days)");
            return null;
        }
        return TrialPeriod.of(months, days);
    }

    /** The service's field messages beside their fields; the rest for the summary. */
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
}
