package cn.jixiao.portal.copies;

import cn.jixiao.portal.finding.Finding;
import cn.jixiao.portal.finding.FindingState;
import cn.jixiao.portal.report.Report;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps the report-text findings on the report's evaluation, as the evaluation checks keep theirs: by
 * code and subject key; new ones OPEN, found again refreshed with their explanation kept, no longer found
 * FIXED. Only this report's findings of these two codes are touched (subject keys start with
 * "copy:{reportId}:" or "foreign:{reportId}:"), so the other checks and this never undo each other.
 */
@ApplicationScoped
public class ReportTextFindings {
    static final List<String> CODES = List.of(CopyFinder.CODE, ReportTextChecks.FOREIGN_CODE);

    void keep(Report report, List<ReportTextChecks.Found> found) {
        Map<String, Finding> existing = new HashMap<>();
        for (Finding f : Finding.<Finding>list(
                "evaluationId = ?1 and code in ?2 and (subjectKey like ?3 or subjectKey like ?4)",
                report.evaluationId,
                CODES,
                "copy:" + report.id + ":%",
                "foreign:" + report.id + ":%")) {
            existing.put(f.code + "\u0000" + f.subjectKey, f);
        }
        OffsetDateTime now = OffsetDateTime.now();
        var seen = new HashSet<String>();
        Integer year = report.fiscalYear;
        for (ReportTextChecks.Found x : found) {
            String key = x.code() + "\u0000" + x.draft().subjectKey();
            if (!seen.add(key)) {
                continue;
            }
            Finding f = existing.get(key);
            if (f == null) {
                f = new Finding();
                f.evaluationId = report.evaluationId;
                f.code = x.code();
                f.subjectKey = x.draft().subjectKey();
                f.state = FindingState.OPEN;
            } else if (f.state == FindingState.FIXED) {
                f.state = FindingState.OPEN;
            }
            f.departmentId = report.departmentId;
            f.year = year;
            f.severity = x.severity();
            if (!Objects.equals(f.message, x.draft().message())) {
                f.message = x.draft().message();
                f.evidence = x.draft().evidence();
            }
            f.lastSeenAt = now;
            if (f.id == null) {
                f.persist();
            }
        }
        existing.forEach((key, f) -> {
            if (!seen.contains(key) && f.state != FindingState.FIXED) {
                f.state = FindingState.FIXED;
            }
        });
    }
}
