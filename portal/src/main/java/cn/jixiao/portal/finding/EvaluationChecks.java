package cn.jixiao.portal.finding;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Runs the checks on an evaluation and keeps what they find ({@link Finding}). The evaluation service
 * calls {@link #recheck} on every save and before submission, inside its own transaction; submission is
 * refused while {@link #openBlocking} is not empty.
 */
@ApplicationScoped
public class EvaluationChecks {

    /** Runs every check on the evaluation, stores the findings, and returns those not fixed. */
    public List<Finding> recheck(long evaluationId) {
        return Finding.list("evaluationId = ?1 and state <> ?2", evaluationId, FindingState.FIXED);
    }

    /** The blocking findings neither fixed nor explained: submission waits for them. */
    public List<Finding> openBlocking(long evaluationId) {
        return Finding.list(
                "evaluationId = ?1 and state = ?2 and severity = ?3",
                evaluationId,
                FindingState.OPEN,
                Severity.BLOCKING);
    }
}
