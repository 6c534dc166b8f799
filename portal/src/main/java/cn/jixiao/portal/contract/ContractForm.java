package cn.jixiao.portal.contract;

import cn.jixiao.portal.project.dto.ProjectSummary;
import cn.jixiao.portal.web.FormField;
import cn.jixiao.portal.web.FormField.Kind;
import cn.jixiao.portal.web.Money;
import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The contract form: a new contract (id null) of the editor's own department or a stored one with the
 * version read, and the department's projects to choose from. It sends ContractApi's JSON.
 */
public record ContractForm(
        Long contractId,
        long departmentId,
        String departmentName,
        Integer version,
        List<FormField> fields,
        Long projectId,
        List<ProjectSummary> projects,
        ProcurementMethod procurementMethod,
        boolean purchasedService,
        List<Choice> trialPeriods) {

    /** One option of a select: the value sent, its label, whether it is the stored one. */
    @TemplateData
    public record Choice(String value, String label, boolean selected) {}

    /** The trial periods contracts usually name; a stored one outside the list is offered too. */
    private static final List<String> USUAL_TRIALS = List.of("P7D", "P15D", "P1M", "P2M", "P3M", "P6M", "P12M");

    static ContractForm of(long departmentId, String departmentName, ContractView c, List<ProjectSummary> projects) {
        var values = new LinkedHashMap<String, String>();
        if (c != null) {
            values.put("contractNo", c.contractNo() == null ? "" : c.contractNo());
            values.put("title", c.title());
            values.put("vendor", c.vendor());
            values.put("amount", Money.input(c.amount()));
            values.put("signedOn", c.signedOn() == null ? "" : c.signedOn().toString());
            values.put(
                    "workStartedOn",
                    c.workStartedOn() == null ? "" : c.workStartedOn().toString());
            values.put("acceptanceTerms", c.acceptanceTerms() == null ? "" : c.acceptanceTerms());
            values.put(
                    "acceptanceWorkingDays",
                    c.acceptanceWorkingDays() == null
                            ? ""
                            : c.acceptanceWorkingDays().toString());
        }
        return new ContractForm(
                c == null ? null : c.id(),
                departmentId,
                departmentName,
                c == null ? null : c.version(),
                fields(values),
                c == null ? null : c.projectId(),
                projects,
                c == null ? null : c.procurementMethod(),
                c != null && c.purchasedService(),
                trialPeriods(c == null ? null : c.trialPeriod()));
    }

    private static List<FormField> fields(Map<String, String> values) {
        return List.of(
                FormField.of("title", "合同名称", "title", "", Kind.TEXT, true, values),
                FormField.of("contractNo", "合同编号", "contract no.", "", Kind.TEXT, false, values),
                FormField.of("vendor", "供应商", "vendor", "", Kind.TEXT, true, values),
                FormField.of("amount", "合同金额", "amount", Money.UNIT, Kind.DECIMAL, false, values),
                FormField.of("signedOn", "签订日期", "signed on", "", Kind.DATE, false, values),
                FormField.of("workStartedOn", "开工日期", "work started on", "", Kind.DATE, false, values),
                FormField.of("acceptanceTerms", "验收条款", "acceptance terms", "", Kind.TEXTAREA, false, values),
                FormField.of(
                        "acceptanceWorkingDays",
                        "验收期限（试运行期满后的工作日数）",
                        "working days to accept after the trial",
                        "个工作日",
                        Kind.INTEGER,
                        false,
                        values));
    }

    private static List<Choice> trialPeriods(String stored) {
        var choices = new ArrayList<Choice>();
        choices.add(new Choice("", "未约定 none", stored == null));
        var periods = new ArrayList<>(USUAL_TRIALS);
        if (stored != null && !periods.contains(stored)) {
            periods.add(stored);
        }
        for (String period : periods) {
            choices.add(new Choice(period, TrialPeriod.label(period), Objects.equals(period, stored)));
        }
        return choices;
    }

    public boolean isNew() {
        return contractId == null;
    }

    /** Where the form sends the contract: POST creates, PUT replaces. */
    public String apiAction() {
        return isNew() ? "/api/contracts" : "/api/contracts/" + contractId;
    }

    public String method() {
        return isNew() ? "POST" : "PUT";
    }

    public String cancel() {
        return isNew() ? "/contracts" : "/contracts/" + contractId;
    }

    public boolean isProject(long id) {
        return projectId != null && projectId == id;
    }

    public boolean isMethod(ProcurementMethod method) {
        return method == procurementMethod;
    }

    public List<ProcurementMethod> methods() {
        return List.of(ProcurementMethod.values());
    }
}
