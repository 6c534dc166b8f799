package cn.jixiao.portal.finding;

import java.util.List;

/**
 * One check an auditor makes on an evaluation and the records of its subject. A check reads only the
 * {@link EvaluationContext} (loaded once for all checks) and says what it finds; {@link EvaluationChecks}
 * keeps the findings.
 */
public interface Check extends Rule {
    List<FindingDraft> run(EvaluationContext context);
}
