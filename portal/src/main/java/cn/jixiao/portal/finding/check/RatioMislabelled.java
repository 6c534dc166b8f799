package cn.jixiao.portal.finding.check;

import static cn.jixiao.portal.finding.FindingDraft.evidence;

import cn.jixiao.portal.evaluation.EvaluationIndicator;
import cn.jixiao.portal.finding.Check;
import cn.jixiao.portal.finding.EvaluationContext;
import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.RecordFigures;
import cn.jixiao.portal.finding.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A ratio under the wrong name: an indicator named for one ratio whose stated value is not what its own
 * formula gives but what another gives (a 预算执行率 that is 支出 ÷ 计划安排, or the 资金到位率).
 */
public class RatioMislabelled implements Check {
    public static final String CODE = "RATIO_MISLABELLED";

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
        return "比率口径错误：指标名称所指的比率与填报数值所用的计算公式不一致"
                + " (a ratio whose figure follows another formula than the one its name stands for)";
    }

    /** The figure of the same group, other than {@code own}, that the stated value equals. */
    static Optional<RecordFigures.Figure> alternative(
            EvaluationContext context, RecordFigures.Figure own, BigDecimal stated) {
        BigDecimal tolerance = context.settings().tolerance();
        return context.figures().values().stream()
                .filter(f -> f.group().equals(own.group()) && !f.key().equals(own.key()))
                .filter(f -> !Fmt.differs(f.value(), stated, tolerance))
                .filter(f -> Fmt.differs(own.value(), stated, tolerance))
                .findFirst();
    }

    @Override
    public List<FindingDraft> run(EvaluationContext context) {
        var found = new ArrayList<FindingDraft>();
        var figures = context.figures();
        for (EvaluationIndicator indicator : context.indicators()) {
            if (indicator.actualValue == null) {
                continue;
            }
            var key = RecordFigures.keyOf(indicator);
            if (key.isEmpty() || !figures.containsKey(key.get().name())) {
                continue;
            }
            var own = figures.get(key.get().name());
            alternative(context, own, indicator.actualValue)
                    .ifPresent(other -> found.add(new FindingDraft(
                            "indicator:" + indicator.id,
                            "指标「" + indicator.name + "」填报 " + Fmt.percent(indicator.actualValue) + "，等于" + other.label()
                                    + "（"
                                    + other.formula() + "：" + other.basis() + "），而" + own.label() + "应为 "
                                    + own.formula() + " = "
                                    + own.shown() + "（" + own.basis() + "） (the stated figure follows the formula of "
                                    + other.label() + ", not of " + own.label() + ")",
                            evidence(
                                    "indicator", indicator.name,
                                    "stated", indicator.actualValue,
                                    "ownFormula", own.formula(),
                                    "ownValue", own.value(),
                                    "otherFigure", other.label(),
                                    "otherFormula", other.formula(),
                                    "otherValue", other.value()))));
        }
        return found;
    }
}
