package cn.jixiao.portal.copies;

import cn.jixiao.portal.finding.Finding;
import cn.jixiao.portal.finding.FindingKeeper;
import cn.jixiao.portal.report.Report;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Keeps the report-text findings on the report's evaluation, as the evaluation checks keep theirs: by
 * code and subject key; new ones OPEN, found again refreshed with their explanation kept, no longer found
 * FIXED (see FindingKeeper). Only this report's findings of these three codes are touched (subject keys start with
 * "copy:{reportId}:", "foreign:{reportId}:" or "theme:{reportId}:"), so the other checks and this never undo each other.
 */
@ApplicationScoped
public class ReportTextFindings {
    static final List<String> CODES =
            List.of(CopyFinder.CODE, ReportTextChecks.FOREIGN_CODE, ReportTextChecks.THEME_CODE);

    void keep(Report report, List<ReportTextChecks.Found> found) {
        List<Finding> before = Finding.list(
                "evaluationId = ?1 and code in ?2 and (subjectKey like ?3 or subjectKey like ?4 or subjectKey like ?5)",
                report.evaluationId,
                CODES,
                "copy:" + report.id + ":%",
                "foreign:" + report.id + ":%",
                "theme:" + report.id + ":%");
        FindingKeeper.keep(
                new FindingKeeper.Subject(report.evaluationId, report.departmentId, report.fiscalYear, null),
                before,
                found.stream()
                        .map(x -> new FindingKeeper.Found(x.code(), x.severity(), x.draft()))
                        .toList());
    }
}
