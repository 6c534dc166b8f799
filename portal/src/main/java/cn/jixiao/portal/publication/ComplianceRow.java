package cn.jixiao.portal.publication;

import cn.jixiao.platform.publication.record.Obligation;
import io.quarkus.qute.TemplateData;
import java.time.LocalDate;

/**
 * One department's report of one kind for the year, as the compliance view lists it: the bureau's and
 * the legal deadline, the one that decides, the first publication, and the state.
 */
@TemplateData
public record ComplianceRow(
        long departmentId,
        String departmentName,
        int fiscalYear,
        String kind,
        String kindLabel,
        LocalDate bureauDue,
        LocalDate readyOn,
        LocalDate legalDue,
        LocalDate due,
        boolean legalDateDecides,
        LocalDate publishedOn,
        Long reportId,
        int reports,
        String state,
        String stateLabel,
        long daysLate) {

    static ComplianceRow of(Obligation o) {
        return new ComplianceRow(
                o.departmentId(),
                o.departmentName(),
                o.fiscalYear(),
                o.kind().name(),
                o.kind().label(),
                o.bureauDue(),
                o.readyOn(),
                o.legalDue(),
                o.due(),
                o.legalDateDecides(),
                o.publishedOn(),
                o.reportId(),
                o.reports(),
                o.state().name(),
                o.state().label(),
                o.daysLate());
    }
}
