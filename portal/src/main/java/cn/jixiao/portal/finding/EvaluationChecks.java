package cn.jixiao.portal.finding;

import cn.jixiao.portal.finding.years.YearChecks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

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

    @Inject
    YearChecks years;

    /** Runs every check on the evaluation, stores the findings, and returns those not fixed. */
    @Transactional
    public List<Finding> recheck(long evaluationId) {
        return recheck(loader.load(evaluationId));
    }

    /** The same for a context already loaded (the region-wide recheck loads its settings once). */
    @Transactional
    public List<Finding> recheck(EvaluationContext context) {
        var evaluation = context.evaluation();
        // only the evaluation checks' own findings: a report's text findings are kept by its own rechecks
        List<Finding> before = Finding.list("evaluationId = ?1 and code in ?2", evaluation.id, Checks.CODES);
        RuleSeverities severities = RuleSeverities.current();
        List<FindingKeeper.Found> found = Checks.runAll(context).stream()
                .map(f -> new FindingKeeper.Found(f.check().code(), severities.of(f.check()), f.draft()))
                .toList();
        FindingKeeper.keep(
                new FindingKeeper.Subject(evaluation.id, evaluation.departmentId, evaluation.year, evaluation.targetId),
                before,
                found);
        // this year against last year's evaluation of the same subject (its own codes, kept apart)
        years.recheck(evaluation.id);
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
                .filter(f -> Checks.CODES.contains(f.code))
                .toList();
    }
}
