package cn.jixiao.portal.finding.years;

import static cn.jixiao.portal.finding.FindingDraft.evidence;

import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An indicator that last year's evaluation of the same subject found missed (its actual value short of
 * the target, or scored below full marks) and that this year's evaluation and target table no longer
 * have, while nothing this year (report, items, the indicators' notes) says why.
 */
public class MissedTargetDropped implements YearRule {
    public static final String CODE = "MISSED_TARGET_DROPPED";

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
        return "上年未完成的指标本年消失：上年评价中未达到目标值或未得满分的指标，本年绩效目标和评价中都不再出现，也没有说明原因"
                + " (a target missed last year is dropped this year without a reason)";
    }

    @Override
    public List<FindingDraft> run(YearInput input) {
        LastYear last = input.lastYear();
        List<String> texts = input.allTexts();
        var found = new ArrayList<FindingDraft>();
        for (IndicatorFact old : last.indicators()) {
            if (!old.missed() || old.shortName().length() < 2) {
                continue;
            }
            boolean kept = input.indicators().stream().anyMatch(old::sameAs)
                    || input.targetNames().stream()
                            .anyMatch(n -> cn.jixiao.portal.finding.narrative.Lexicon.shortName(n)
                                    .equals(old.shortName()));
            if (kept || Mentions.anyMentions(texts, old.shortName())) {
                continue;
            }
            found.add(new FindingDraft(
                    "years:indicator:" + (old.id() == null ? old.shortName() : old.id()),
                    last.label() + "的指标「" + old.path() + "」未完成（" + how(old) + "），" + input.year()
                            + "年度的绩效目标和评价中都不再有这项指标，也没有说明原因"
                            + " (an indicator missed last year is dropped this year without a reason)",
                    evidence(
                            "indicator", old.path(),
                            "indicatorId", old.id(),
                            "target", old.target(),
                            "actual", old.actual(),
                            "unit", old.unit(),
                            "weight", old.weight(),
                            "score", old.score(),
                            "lastYear", last.year(),
                            "lastYearEvaluationId", last.evaluationId())));
        }
        return found;
    }

    static String how(IndicatorFact i) {
        var parts = new ArrayList<String>();
        String unit = i.unit() == null ? "" : i.unit();
        if (i.shortOfTarget()) {
            parts.add("目标值 " + sign(i.comparator()) + plain(i.target()) + unit + "，实际完成值 " + plain(i.actual()) + unit);
        }
        if (i.belowFullMarks()) {
            parts.add("得分 " + plain(i.score()) + "/" + plain(i.weight()) + " 分");
        }
        return String.join("，", parts);
    }

    static String sign(String comparator) {
        if (comparator == null) {
            return "";
        }
        return switch (comparator.strip()) {
            case ">=" -> "≥";
            case "<=" -> "≤";
            default -> comparator.strip();
        };
    }

    static String plain(BigDecimal v) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString();
    }
}
