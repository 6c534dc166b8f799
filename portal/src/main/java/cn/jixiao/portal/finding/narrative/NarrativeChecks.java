package cn.jixiao.portal.finding.narrative;

import cn.jixiao.portal.finding.Finding;
import cn.jixiao.portal.finding.FindingState;
import cn.jixiao.portal.finding.RuleSeverities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs the narrative rules on a report and keeps what they find as findings of the report's evaluation,
 * so the evaluation's publication gate ({@code EvaluationChecks.openBlocking}) counts them. Called on
 * every save of a narrative and before publication, in the caller's transaction.
 *
 * <p>Findings are kept by (code, subject key) as the evaluation checks keep theirs, but a recheck
 * touches only the narrative codes and this report's keys ({@code report:{id}:…}): the evaluation
 * checks and the other reports of the same evaluation keep their own.
 */
@ApplicationScoped
public class NarrativeChecks {
    /** The report whose narratives were checked and where its findings are filed. */
    public record Subject(long reportId, long evaluationId, Long departmentId, Integer year, Long targetId) {}

    @Transactional
    public List<Finding> recheck(Subject subject, NarrativeInput input) {
        String prefix = NarrativeInput.subjectPrefix(subject.reportId());
        Map<String, Finding> existing = new HashMap<>();
        for (Finding f : Finding.<Finding>list(
                "evaluationId = ?1 and code in ?2 and subjectKey like ?3",
                subject.evaluationId(),
                NarrativeRules.CODES,
                prefix + "%")) {
            existing.put(key(f.code, f.subjectKey), f);
        }
        OffsetDateTime now = OffsetDateTime.now();
        RuleSeverities severities = RuleSeverities.current();
        var seen = new HashSet<String>();
        for (NarrativeRules.Found found : NarrativeRules.runAll(input)) {
            String key = key(found.rule().code(), found.draft().subjectKey());
            if (!seen.add(key)) {
                continue;
            }
            Finding finding = existing.get(key);
            if (finding == null) {
                finding = new Finding();
                finding.evaluationId = subject.evaluationId();
                finding.code = found.rule().code();
                finding.subjectKey = found.draft().subjectKey();
                finding.state = FindingState.OPEN;
            } else if (finding.state == FindingState.FIXED) {
                finding.state = FindingState.OPEN;
            }
            finding.departmentId = subject.departmentId();
            finding.year = subject.year();
            finding.targetId = subject.targetId();
            finding.severity = severities.of(found.rule());
            if (!Objects.equals(finding.message, found.draft().message())) {
                finding.message = found.draft().message();
                finding.evidence = found.draft().evidence();
            }
            finding.lastSeenAt = now;
            if (finding.id == null) {
                finding.persist();
            }
        }
        existing.forEach((key, finding) -> {
            if (!seen.contains(key) && finding.state != FindingState.FIXED) {
                finding.state = FindingState.FIXED;
            }
        });
        return Finding.list(
                "evaluationId = ?1 and code in ?2 and subjectKey like ?3 and state <> ?4 order by severity, code, subjectKey",
                subject.evaluationId(),
                NarrativeRules.CODES,
                prefix + "%",
                FindingState.FIXED);
    }

    private static String key(String code, String subjectKey) {
        return code + "\u0000" + (subjectKey == null ? "" : subjectKey);
    }
}
