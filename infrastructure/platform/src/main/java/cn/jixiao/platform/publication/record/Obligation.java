package cn.jixiao.platform.publication.record;

import cn.jixiao.platform.publication.EvaluationKind;
import java.time.LocalDate;

/**
 * One report a department owes for a fiscal year and kind, and how it stands. {@code bureauDue} is the
 * finance bureau's deadline; {@code readyOn} the day the department's evaluation was approved (none
 * without an approved one); {@code legalDue} 20 working days after it (政府信息公开条例 Art. 26);
 * {@code due} the earlier of the two, the one the state is judged by. {@code daysLate} counts calendar
 * days after {@code due}: to the publication when late, to today when missing, else 0.
 */
public record Obligation(
        long deadlineId,
        long departmentId,
        String departmentName,
        int fiscalYear,
        EvaluationKind kind,
        LocalDate bureauDue,
        LocalDate readyOn,
        LocalDate legalDue,
        LocalDate due,
        LocalDate publishedOn,
        Long reportId,
        int reports,
        ComplianceState state,
        long daysLate) {

    /** The legal date decides (it is earlier than the bureau's). */
    public boolean legalDateDecides() {
        return legalDue != null && legalDue.isBefore(bureauDue);
    }
}
