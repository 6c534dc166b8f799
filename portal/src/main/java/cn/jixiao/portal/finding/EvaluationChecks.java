package cn.jixiao.portal.finding;

import cn.jixiao.portal.finding.narrative.NarrativeRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs the checks on an evaluation and keeps what they find ({@link Finding}). The evaluation service
 * calls {@link #recheck} on every save and before submission, inside its own transaction; submission is
 * refused while {@link #openBlockingForSubmission} is not empty, publication of its report while
 * {@link #openBlocking} (the report's narrative findings included) is not.
 *
 * <p>Findings are kept by (evaluation, code, subject key): a new one is OPEN; one found again gets its
 * message, evidence and last-seen time refreshed and keeps its explanation; one no longer found becomes
 * FIXED (and OPEN again should it come back).
 */
@ApplicationScoped
public class EvaluationChecks {
    @Inject
    ContextLoader loader;

    /** Runs every check on the evaluation, stores the findings, and returns those not fixed. */
    @Transactional
    public List<Finding> recheck(long evaluationId) {
        return recheck(loader.load(evaluationId));
    }

    /** The same for a context already loaded (the region-wide recheck loads its settings once). */
    @Transactional
    public List<Finding> recheck(EvaluationContext context) {
        var evaluation = context.evaluation();
        Map<String, Finding> existing = new HashMap<>();
        // only the evaluation checks' own findings: a report's narrative findings are kept by its own recheck
        for (Finding f : Finding.<Finding>list("evaluationId = ?1 and code in ?2", evaluation.id, Checks.CODES)) {
            existing.put(key(f.code, f.subjectKey), f);
        }
        OffsetDateTime now = OffsetDateTime.now();
        RuleSeverities severities = RuleSeverities.current();
        var seen = new HashSet<String>();
        for (Checks.Found found : Checks.runAll(context)) {
            String key = key(found.check().code(), found.draft().subjectKey());
            if (!seen.add(key)) {
                continue;
            }
            Finding finding = existing.get(key);
            if (finding == null) {
                finding = new Finding();
                finding.evaluationId = evaluation.id;
                finding.code = found.check().code();
                finding.subjectKey = found.draft().subjectKey();
                finding.state = FindingState.OPEN;
            } else if (finding.state == FindingState.FIXED) {
                finding.state = FindingState.OPEN;
            }
            finding.departmentId = evaluation.departmentId;
            finding.year = evaluation.year;
            finding.targetId = evaluation.targetId;
            finding.severity = severities.of(found.check());
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
                "evaluationId = ?1 and state <> ?2 order by severity, code, subjectKey",
                evaluation.id,
                FindingState.FIXED);
    }

    /** The blocking findings neither fixed nor explained: submission waits for them. */
    public List<Finding> openBlocking(long evaluationId) {
        return Finding.list(
                "evaluationId = ?1 and state = ?2 and severity = ?3",
                evaluationId,
                FindingState.OPEN,
                Severity.BLOCKING);
    }

    /**
     * The blocking findings that stop an evaluation's submission: those of the evaluation itself, not of
     * a report's text (a report is made after approval; should the evaluation be returned, its report's
     * findings wait for the report's publication).
     */
    public List<Finding> openBlockingForSubmission(long evaluationId) {
        return openBlocking(evaluationId).stream()
                .filter(f -> !NarrativeRules.CODES.contains(f.code))
                .toList();
    }

    private static String key(String code, String subjectKey) {
        return code + "\u0000" + (subjectKey == null ? "" : subjectKey);
    }
}
