package cn.jixiao.portal.finding.check;

import static cn.jixiao.portal.finding.FindingDraft.evidence;

import cn.jixiao.portal.evaluation.EvaluationIndicator;
import cn.jixiao.portal.finding.Check;
import cn.jixiao.portal.finding.EvaluationContext;
import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Weights that do not add up: the level-1 weights to 100, each indicator's children to its own weight. */
public class WeightsDoNotAddUp implements Check {
    public static final String CODE = "WEIGHTS_DO_NOT_ADD_UP";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
        return "分值合计不符：一级指标合计应为 100，下级指标合计应等于上级分值 (weights that do not add up)";
    }

    @Override
    public List<FindingDraft> run(EvaluationContext context) {
        var found = new ArrayList<FindingDraft>();
        List<EvaluationIndicator> top =
                context.indicators().stream().filter(i -> i.level == 1).toList();
        BigDecimal topSum = sum(top);
        if (!top.isEmpty() && topSum.compareTo(HUNDRED) != 0) {
            found.add(new FindingDraft(
                    "weights:",
                    "一级指标分值合计 " + Fmt.number(topSum) + "，应为 100 (the level-1 weights add up to " + Fmt.number(topSum)
                            + ", not 100)",
                    evidence("sum", topSum, "expected", HUNDRED)));
        }
        for (EvaluationIndicator parent : context.indicators()) {
            var children = context.children(parent.id);
            if (children.isEmpty() || parent.weight == null) {
                continue;
            }
            BigDecimal childSum = sum(children);
            if (childSum.compareTo(parent.weight) != 0) {
                found.add(new FindingDraft(
                        "weights:" + parent.id,
                        "「" + context.path(parent) + "」分值 " + Fmt.number(parent.weight) + "，其下级指标分值合计为 "
                                + Fmt.number(childSum) + " (the children of " + parent.name + " weigh "
                                + Fmt.number(childSum) + ", not " + Fmt.number(parent.weight) + ")",
                        evidence("indicator", parent.name, "weight", parent.weight, "childrenSum", childSum)));
            }
        }
        return found;
    }

    private static BigDecimal sum(List<EvaluationIndicator> indicators) {
        return indicators.stream()
                .map(i -> i.weight == null ? BigDecimal.ZERO : i.weight)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
