package cn.jixiao.portal.finding.check;

import static cn.jixiao.portal.finding.FindingDraft.evidence;

import cn.jixiao.platform.publication.Grade;
import cn.jixiao.portal.finding.Check;
import cn.jixiao.portal.finding.EvaluationContext;
import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.Severity;
import java.util.List;

/** A grade that is not the one the 90/80/60 bands give for the total. */
public class GradeDoesNotFollow implements Check {
    public static final String CODE = "GRADE_DOES_NOT_FOLLOW";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public String description() {
        return "等级与总分不符（优 ≥90，良 80–90，中 60–80，差 <60） (a grade that does not follow from the total)";
    }

    @Override
    public List<FindingDraft> run(EvaluationContext context) {
        var evaluation = context.evaluation();
        if (evaluation.grade == null || evaluation.totalScore == null) {
            return List.of();
        }
        Grade due = Grade.forScore(evaluation.totalScore);
        if (due == evaluation.grade) {
            return List.of();
        }
        return List.of(new FindingDraft(
                "",
                "等级为「" + evaluation.grade.label() + "」，但总分 " + Fmt.score(evaluation.totalScore) + " 按 90/80/60 分档应为「"
                        + due.label() + "」 (graded " + evaluation.grade.english() + " but a total of "
                        + Fmt.score(evaluation.totalScore) + " is " + due.english() + ")",
                evidence("stated", evaluation.grade.name(), "due", due.name(), "totalScore", evaluation.totalScore)));
    }
}
