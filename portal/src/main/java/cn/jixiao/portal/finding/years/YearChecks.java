package cn.jixiao.portal.finding.years;

import cn.jixiao.portal.evaluation.Evaluation;
import cn.jixiao.portal.finding.Finding;
import cn.jixiao.portal.finding.FindingKeeper;
import cn.jixiao.portal.finding.FindingState;
import cn.jixiao.portal.finding.RuleSeverities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Runs the across-years rules on an evaluation and its reports and keeps what they find as findings of
 * the evaluation: on every recheck of the evaluation, on every save of one of its reports' narratives and
 * before publication (the publication gate counts a blocking one). A recheck touches only the
 * across-years codes, so the evaluation checks, narrative and copy rules keep their own.
 */
@ApplicationScoped
public class YearChecks {
    @Inject
    YearInputLoader loader;

    @Transactional
    public List<Finding> recheck(long evaluationId) {
        Evaluation e = Evaluation.findById(evaluationId);
        if (e == null) {
            return List.of();
        }
        YearInput input = loader.load(e);
        List<Finding> before = Finding.list("evaluationId = ?1 and code in ?2", e.id, YearRules.CODES);
        RuleSeverities severities = RuleSeverities.current();
        List<FindingKeeper.Found> found = YearRules.runAll(input).stream()
                .map(f -> new FindingKeeper.Found(f.rule().code(), severities.of(f.rule()), f.draft()))
                .toList();
        FindingKeeper.keep(new FindingKeeper.Subject(e.id, e.departmentId, e.year, e.targetId), before, found);
        return Finding.list(
                "evaluationId = ?1 and code in ?2 and state <> ?3 order by severity, code, subjectKey",
                e.id,
                YearRules.CODES,
                FindingState.FIXED);
    }
}
