package cn.jixiao.portal.finding.narrative;

import cn.jixiao.portal.finding.Finding;
import cn.jixiao.portal.finding.FindingKeeper;
import cn.jixiao.portal.finding.FindingState;
import cn.jixiao.portal.finding.RuleSeverities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

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
        List<Finding> before = Finding.list(
                "evaluationId = ?1 and code in ?2 and subjectKey like ?3",
                subject.evaluationId(),
                NarrativeRules.CODES,
                prefix + "%");
        RuleSeverities severities = RuleSeverities.current();
        List<FindingKeeper.Found> found = NarrativeRules.runAll(input).stream()
                .map(f -> new FindingKeeper.Found(f.rule().code(), severities.of(f.rule()), f.draft()))
                .toList();
        FindingKeeper.keep(
                new FindingKeeper.Subject(
                        subject.evaluationId(), subject.departmentId(), subject.year(), subject.targetId()),
                before,
                found);
        return Finding.list(
                "evaluationId = ?1 and code in ?2 and subjectKey like ?3 and state <> ?4 order by severity, code, subjectKey",
                subject.evaluationId(),
                NarrativeRules.CODES,
                prefix + "%",
                FindingState.FIXED);
    }
}
