package cn.jixiao.portal.finding;

import java.util.List;

/**
 * One check an auditor makes on an evaluation and the records of its subject. A check reads only the
 * {@link EvaluationContext} (loaded once for all checks) and says what it finds; {@link EvaluationChecks}
 * keeps the findings.
 */
public interface Check {
    /** The finding code, e.g. {@code ACTUAL_DIFFERS_FROM_RECORDS}. */
    String code();

    /** Blocking (stops submission until fixed or explained) or a warning. */
    Severity severity();

    /** What it checks, as a finance officer would say it (Chinese, then English). */
    String description();

    List<FindingDraft> run(EvaluationContext context);
}
