package cn.jixiao.portal.finding;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps what a set of rules found about one subject as findings, the same way for the evaluation checks,
 * the narrative rules and the copy rules: by code and subject key; new ones OPEN, found again refreshed
 * (their explanation kept, a FIXED one reopened), no longer found FIXED. Each caller passes only the
 * findings its own rules made before, so the sets never undo each other.
 *
 * <p>Each move is written to the finding's history ({@link FindingEvent}) in the same transaction, by the
 * checks (no actor): found, fixed, found again, and a severity the region's setting changed.
 */
public final class FindingKeeper {
    /** Where the findings are filed; no evaluation for the findings across a region's books. */
    public record Subject(Long evaluationId, Long departmentId, Integer year, Long targetId) {}

    /** One thing found, with the severity its rule has in the region. */
    public record Found(String code, Severity severity, FindingDraft draft) {}

    /** Why the checks changed a kept finding's severity. */
    static final String SEVERITY_BY_SETTING = "按本地区该核查规则的严重程度重新核查";

    private FindingKeeper() {}

    public static void keep(Subject subject, List<Finding> before, List<Found> found) {
        Map<String, Finding> existing = new HashMap<>();
        for (Finding f : before) {
            existing.put(key(f.code, f.subjectKey), f);
        }
        OffsetDateTime now = OffsetDateTime.now();
        var seen = new HashSet<String>();
        for (Found x : found) {
            String key = key(x.code(), x.draft().subjectKey());
            if (!seen.add(key)) {
                continue;
            }
            Finding finding = existing.get(key);
            FindingEvent.Kind move = null;
            Severity previous = null;
            if (finding == null) {
                finding = new Finding();
                finding.evaluationId = subject.evaluationId();
                finding.code = x.code();
                finding.subjectKey = x.draft().subjectKey();
                finding.state = FindingState.OPEN;
                move = FindingEvent.Kind.OPENED;
            } else {
                if (finding.state == FindingState.FIXED) {
                    finding.state = FindingState.OPEN;
                    move = FindingEvent.Kind.REOPENED;
                }
                if (finding.severity != x.severity()) {
                    previous = finding.severity;
                }
            }
            finding.departmentId = subject.departmentId();
            finding.year = subject.year();
            finding.targetId = subject.targetId();
            finding.severity = x.severity();
            if (!Objects.equals(finding.message, x.draft().message())) {
                finding.message = x.draft().message();
                finding.evidence = x.draft().evidence();
            }
            finding.lastSeenAt = now;
            if (finding.id == null) {
                finding.persist();
            }
            if (move != null) {
                FindingEvent.record(finding, move, now, null, null).persist();
            }
            if (previous != null) {
                FindingEvent.severityChanged(finding, previous, now, null, SEVERITY_BY_SETTING);
            }
        }
        existing.forEach((key, finding) -> {
            if (!seen.contains(key) && finding.state != FindingState.FIXED) {
                finding.state = FindingState.FIXED;
                FindingEvent.record(finding, FindingEvent.Kind.FIXED, now, null, null)
                        .persist();
            }
        });
    }

    private static String key(String code, String subjectKey) {
        return code + "\u0000" + (subjectKey == null ? "" : subjectKey);
    }
}
