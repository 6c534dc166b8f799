package cn.jixiao.portal.finding.check;

import static cn.jixiao.portal.finding.FindingDraft.evidence;

import cn.jixiao.portal.evaluation.EvaluationIndicator;
import cn.jixiao.portal.finding.Check;
import cn.jixiao.portal.finding.EvaluationContext;
import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** A stored total that is not the sum of the indicators' scores. */
public class TotalDoesNotFollow implements Check {
    public static final String CODE = "TOTAL_DOES_NOT_FOLLOW";

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
        return "总分与各指标得分合计不符 (a total that is not the sum of the scores)";
    }

    static BigDecimal sumOfScores(EvaluationContext context) {
        return context.leaves().stream()
                .map(EvaluationIndicator::score)
                .filter(s -> s != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
    }

    @Override
    public List<FindingDraft> run(EvaluationContext context) {
        BigDecimal stated = context.evaluation().totalScore;
        if (stated == null || context.leaves().stream().allMatch(i -> i.score() == null)) {
            return List.of();
        }
        BigDecimal sum = sumOfScores(context);
        if (sum.compareTo(stated.setScale(2, RoundingMode.HALF_UP)) == 0) {
            return List.of();
        }
        long unscored = context.leaves().stream().filter(i -> i.score() == null).count();
        return List.of(new FindingDraft(
                "",
                "总分 " + Fmt.score(stated) + "，各三级指标得分合计为 " + Fmt.score(sum)
                        + (unscored > 0 ? "（另有 " + unscored + " 项未评分）" : "") + " (the total " + Fmt.score(stated)
                        + " is not the sum of the scores, " + Fmt.score(sum) + ")",
                evidence("stated", stated, "sumOfScores", sum, "unscored", unscored)));
    }
}
