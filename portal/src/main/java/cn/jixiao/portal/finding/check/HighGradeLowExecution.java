package cn.jixiao.portal.finding.check;

import static cn.jixiao.portal.finding.FindingDraft.evidence;

import cn.jixiao.platform.publication.Grade;
import cn.jixiao.portal.finding.Check;
import cn.jixiao.portal.finding.EvaluationContext;
import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.Severity;
import cn.jixiao.portal.indicator.RecordKey;
import java.util.List;

/** A grade of 优 or 良 while the records' 预算执行率 is under the threshold (60 % unless configured). */
public class HighGradeLowExecution implements Check {
    public static final String CODE = "HIGH_GRADE_LOW_EXECUTION";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "预算执行率低却评为优、良 (a high grade while the budget execution rate is low)";
    }

    @Override
    public List<FindingDraft> run(EvaluationContext context) {
        var evaluation = context.evaluation();
        Grade grade = evaluation.grade != null ? evaluation.grade : Grade.forScore(evaluation.totalScore);
        if (grade != Grade.EXCELLENT && grade != Grade.GOOD) {
            return List.of();
        }
        var figure = context.figures().get(RecordKey.BUDGET_EXECUTION_RATE.name());
        var limit = context.settings().lowExecutionRate();
        if (figure == null || figure.value().compareTo(limit) >= 0) {
            return List.of();
        }
        return List.of(new FindingDraft(
                "",
                "评价等级为「" + grade.label() + "」（总分 " + Fmt.score(evaluation.totalScore) + "），但项目资金记录的预算执行率仅 "
                        + figure.shown() + "（" + figure.basis() + "），低于 " + Fmt.number(limit) + "% (graded "
                        + grade.english() + " while the budget execution rate is " + figure.shown() + ", under "
                        + Fmt.number(limit) + "%)",
                evidence(
                        "grade", grade.name(),
                        "totalScore", evaluation.totalScore,
                        "budgetExecutionRate", figure.value(),
                        "basis", figure.basis(),
                        "threshold", limit)));
    }
}
