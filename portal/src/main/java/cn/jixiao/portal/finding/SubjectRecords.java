package cn.jixiao.portal.finding;

import cn.jixiao.portal.contract.AcceptanceResult;
import cn.jixiao.portal.contract.ContractFlags;
import cn.jixiao.portal.contract.ProcurementMethod;
import cn.jixiao.portal.indicator.RecordKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The records of an evaluation's subject the checks compare it with, read once: the project's funds
 * (万元) and expenditure entries, the contracts and devices bought under it, its unapproved changes, the
 * approved targets and plan, and the department's ratios of the year.
 *
 * @param funds the project's funds summed over the levels; null for a department's whole spending
 * @param expenditureTotal 支出明细合计 (万元); null for a department
 * @param departmentRatios the department's ratios of the year (percent), empty without books
 */
public record SubjectRecords(
        String subjectName,
        FundTotals funds,
        BigDecimal expenditureTotal,
        List<ContractRecord> contracts,
        DeviceCounts devices,
        List<ChangeRecord> unapprovedChanges,
        List<TargetLine> targetLines,
        List<PlanText> plan,
        Map<RecordKey, BigDecimal> departmentRatios) {

    public SubjectRecords {
        contracts = contracts == null ? List.of() : List.copyOf(contracts);
        devices = devices == null ? DeviceCounts.NONE : devices;
        unapprovedChanges = unapprovedChanges == null ? List.of() : List.copyOf(unapprovedChanges);
        targetLines = targetLines == null ? List.of() : List.copyOf(targetLines);
        plan = plan == null ? List.of() : List.copyOf(plan);
        departmentRatios = departmentRatios == null ? Map.of() : Map.copyOf(departmentRatios);
    }

    public static SubjectRecords none(String subjectName) {
        return new SubjectRecords(subjectName, null, null, null, null, null, null, null, null);
    }

    /** 计划安排, 到位, 支出 of a project in 万元, all levels together. */
    public record FundTotals(BigDecimal planned, BigDecimal arrived, BigDecimal spent) {}

    /** A contract as the checks need it; amounts in 万元. */
    public record ContractRecord(
            long id,
            String title,
            String vendor,
            BigDecimal amount,
            LocalDate signedOn,
            LocalDate workStartedOn,
            ProcurementMethod method,
            BigDecimal paidTotal,
            LocalDate firstPaidOn,
            AcceptanceResult acceptance,
            LocalDate acceptedOn) {

        public ContractFlags.Facts facts() {
            return new ContractFlags.Facts(amount, signedOn, workStartedOn, method, paidTotal, acceptance);
        }

        public String name() {
            String t = title == null || title.isBlank() ? "合同#" + id : title;
            return vendor == null || vendor.isBlank() ? "《" + t + "》" : "《" + t + "》（" + vendor + "）";
        }
    }

    /**
     * The kiosk inventory of the subject as of today: devices not retired, accepted, in use (in service,
     * or on trial run unaccepted, as the kiosk summary counts them), not accepted, and past their
     * acceptance deadline.
     */
    public record DeviceCounts(int total, int accepted, int inUse, int notAccepted, int overdue) {
        public static final DeviceCounts NONE = new DeviceCounts(0, 0, 0, 0, 0);
    }

    /** A project change asked for and never approved. */
    public record ChangeRecord(long id, String kind, String description, String status, LocalDate requestedOn) {}

    /** One indicator of the approved target table: its name, target value or text, and unit. */
    public record TargetLine(
            String level1, String level2, String name, BigDecimal targetValue, String targetText, String unit) {
        public String text() {
            return String.join(
                    " ",
                    level2 == null ? "" : level2,
                    name == null ? "" : name,
                    targetValue == null ? "" : targetValue.stripTrailingZeros().toPlainString(),
                    targetText == null ? "" : targetText,
                    unit == null ? "" : unit);
        }
    }

    /** A text of the plan that may name deliverables: a plan step's deliverable, or the project's goals. */
    public record PlanText(String source, String text) {}
}
