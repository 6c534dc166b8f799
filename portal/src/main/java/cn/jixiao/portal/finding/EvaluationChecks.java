package cn.jixiao.portal.finding;

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
 * refused while {@link #openBlocking} is not empty.
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
        for (Finding f : Finding.<Finding>list("evaluationId", evaluation.id)) {
            // only the codes of these checks: other rules (the report's text) keep their own findings
            if (Checks.byCode(f.code).isPresent()) {
                existing.put(key(f.code, f.subjectKey), f);
            }
        }
        OffsetDateTime now = OffsetDateTime.now();
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
            finding.severity = found.check().severity();
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

    private static String key(String code, String subjectKey) {
        return code + "\u0000" + (subjectKey == null ? "" : subjectKey);
    }
}
