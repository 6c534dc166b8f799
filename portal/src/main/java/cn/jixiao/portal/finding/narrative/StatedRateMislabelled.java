package cn.jixiao.portal.finding.narrative;

import static cn.jixiao.portal.finding.FindingDraft.evidence;

import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A rate stated under one name but computed by another formula: the 预算执行率 that is 全年执行数 ÷ 年初预算数
 * rather than ÷ 全年预算数, or the 三公经费变动率 that is this year's 三公经费 as a share of last year's
 * (seed 004: "三公经费变动率为46.38%", 1.41 ÷ 3.04, where the change is −53.62%).
 */
public class StatedRateMislabelled implements NarrativeRule {
    public static final String CODE = "STATED_RATE_MISLABELLED";

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
        return "正文比率口径错误：正文写明的比率不是其名称所指的计算公式，而等于另一种算法的结果"
                + " (a rate the text states follows another formula than the one its name stands for)";
    }

    @Override
    public List<FindingDraft> run(NarrativeInput input) {
        var found = new ArrayList<FindingDraft>();
        for (StatedFigure f : input.figures()) {
            if (!input.aboutThisYear(f)) {
                continue;
            }
            NarrativeRules.mislabelledAs(f, input.facts()).ifPresent(other -> {
                var rate = input.facts().rates().get(f.quantity().key());
                found.add(new FindingDraft(
                        input.subjectKey(f.section(), CODE, f.quantity().key(), f.sentence()),
                        input.title(f.section()) + " " + NarrativeRules.quote(f.sentence()) + "写明" + rate.label() + "为"
                                + f.text() + "，这一数值等于" + other.label() + "（" + other.formula() + "），而"
                                + rate.label() + "应为 " + rate.ownFormula() + " = " + NarrativeFacts.percent(rate.own())
                                + " (the stated rate follows the formula of " + other.label() + ")",
                        evidence(
                                "sentence", f.sentence(),
                                "section", f.section(),
                                "quantity", rate.label(),
                                "stated", f.value(),
                                "recorded", rate.own(),
                                "recordedText", NarrativeFacts.percent(rate.own()),
                                "record", rate.ownFormula(),
                                "otherFormula", other.formula(),
                                "otherValue", other.value())));
            });
        }
        return found;
    }
}
