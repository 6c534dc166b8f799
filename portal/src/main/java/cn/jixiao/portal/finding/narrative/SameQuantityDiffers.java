package cn.jixiao.portal.finding.narrative;

import static cn.jixiao.portal.finding.FindingDraft.evidence;

import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same quantity stated twice in one report with different values (seed 004 gives 34 staff as 行政人员
 * 24 and 事业 10 in one place, 行政人员 23 and 事业 11 in another). Quantities the records hold are left to
 * {@link FigureDiffersFromRecords}, which can say which statement is wrong.
 */
public class SameQuantityDiffers implements NarrativeRule {
    public static final String CODE = "SAME_QUANTITY_DIFFERS";

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
        return "同一数据前后不一致：报告不同位置对同一数据给出了不同的数值" + " (the report states the same quantity twice with different values)";
    }

    @Override
    public List<FindingDraft> run(NarrativeInput input) {
        Map<String, List<StatedFigure>> byQuantity = new LinkedHashMap<>();
        for (StatedFigure f : input.figures()) {
            if (!f.states() || f.quantity().key().equals(Lexicon.SCORE_RATE) || !input.aboutThisYear(f)) {
                continue;
            }
            if (input.facts().recorded().containsKey(f.quantity().key())) {
                continue;
            }
            String key = f.quantity().key() + "|" + f.kind() + "|" + (f.kind() == FigureKind.COUNT ? f.unit() : "");
            byQuantity.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        var found = new ArrayList<FindingDraft>();
        byQuantity.forEach((key, figures) -> {
            for (int i = 0; i < figures.size(); i++) {
                for (int j = i + 1; j < figures.size(); j++) {
                    StatedFigure a = figures.get(i);
                    StatedFigure b = figures.get(j);
                    if (!a.agreesWith(b)) {
                        found.add(draft(input, a, b));
                        return; // one finding per quantity
                    }
                }
            }
        });
        return found;
    }

    private static FindingDraft draft(NarrativeInput input, StatedFigure a, StatedFigure b) {
        String label = a.quantity().label();
        return new FindingDraft(
                input.subjectKey(a.section(), CODE, a.quantity().key()),
                "报告前后对" + label + "的表述不一致：" + input.title(a.section()) + " " + NarrativeRules.quote(a.sentence())
                        + "为" + a.text() + "，" + input.title(b.section()) + " " + NarrativeRules.quote(b.sentence())
                        + "为"
                        + b.text() + " (the report states " + label + " as " + a.text() + " and as " + b.text() + ")",
                evidence(
                        "sentence", a.sentence(),
                        "section", a.section(),
                        "quantity", label,
                        "stated", a.kind() == FigureKind.GRADE ? a.grade() : a.value(),
                        "statedText", a.text(),
                        "otherSentence", b.sentence(),
                        "otherSection", b.section(),
                        "recorded", b.kind() == FigureKind.GRADE ? b.grade() : b.value(),
                        "recordedText", b.text(),
                        "record", "同一报告" + input.title(b.section())));
    }
}
