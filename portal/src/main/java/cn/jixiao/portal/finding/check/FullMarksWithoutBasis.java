package cn.jixiao.portal.finding.check;

import static cn.jixiao.portal.finding.FindingDraft.evidence;

import cn.jixiao.portal.evaluation.EvaluationIndicator;
import cn.jixiao.portal.finding.Check;
import cn.jixiao.portal.finding.EvaluationContext;
import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.Severity;
import cn.jixiao.portal.indicator.ScoringRule;
import java.util.ArrayList;
import java.util.List;

/**
 * Full marks given without a basis: an output, benefit or satisfaction indicator (产出/效益/满意度, or
 * under 项目绩效) with no target; any indicator with no actual value, text or checked criterion (a
 * RECORD indicator takes its value from the records); or one whose required evidence has no current file.
 */
public class FullMarksWithoutBasis implements Check {
    public static final String CODE = "FULL_MARKS_WITHOUT_BASIS";

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
        return "无依据给满分：指标得满分，但没有目标值、没有实际完成值，或缺少要求的佐证资料"
                + " (full marks on an indicator with no target, no actual value or missing required evidence)";
    }

    @Override
    public List<FindingDraft> run(EvaluationContext context) {
        var found = new ArrayList<FindingDraft>();
        for (EvaluationIndicator indicator : context.leaves()) {
            var score = indicator.score();
            if (score == null
                    || indicator.weight == null
                    || indicator.weight.signum() <= 0
                    || score.compareTo(indicator.weight) < 0) {
                continue;
            }
            var zh = new ArrayList<String>();
            var en = new ArrayList<String>();
            var codes = new ArrayList<String>();
            String path = context.path(indicator);
            if (needsTarget(path) && !hasTarget(indicator)) {
                zh.add("没有目标值");
                en.add("no target");
                codes.add("NO_TARGET");
            }
            if (indicator.rule != ScoringRule.RECORD && !hasActual(indicator)) {
                zh.add("没有实际完成值");
                en.add("no actual value");
                codes.add("NO_ACTUAL");
            }
            if (indicator.evidenceRequired && !context.indicatorsWithEvidence().contains(indicator.id)) {
                zh.add("缺少要求的佐证资料");
                en.add("required evidence missing");
                codes.add("NO_EVIDENCE");
            }
            if (zh.isEmpty()) {
                continue;
            }
            found.add(new FindingDraft(
                    "indicator:" + indicator.id,
                    "指标「" + path + "」得满分 " + Fmt.score(score) + "/" + Fmt.score(indicator.weight) + "，但"
                            + String.join("、", zh) + " (full marks with " + String.join(", ", en) + ")",
                    evidence(
                            "indicator", indicator.name,
                            "score", score,
                            "weight", indicator.weight,
                            "missing", codes,
                            "evidenceRequired", indicator.evidenceRequired)));
        }
        return found;
    }

    /** Output, benefit and satisfaction indicators state what they aim at; decision and process ones are judged by criteria. */
    static boolean needsTarget(String path) {
        return path.contains("产出") || path.contains("效益") || path.contains("满意") || path.contains("绩效");
    }

    static boolean hasTarget(EvaluationIndicator i) {
        return i.targetValue != null || !Fmt.blank(i.targetText);
    }

    static boolean hasActual(EvaluationIndicator i) {
        return i.actualValue != null
                || !Fmt.blank(i.actualText)
                || (i.checkedItems != null && !i.checkedItems.isEmpty());
    }
}
