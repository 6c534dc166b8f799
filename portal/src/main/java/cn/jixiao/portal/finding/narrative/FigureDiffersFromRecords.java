package cn.jixiao.portal.finding.narrative;

import static cn.jixiao.portal.finding.FindingDraft.evidence;

import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.Severity;
import cn.jixiao.portal.finding.narrative.NarrativeFacts.Recorded;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A figure the narrative states that the records (or the report's own generated tables) contradict, at
 * the precision it is written: "95%" agrees with 95.2, "100.00%" only with 99.995 to 100.005.
 */
public class FigureDiffersFromRecords implements NarrativeRule {
    public static final String CODE = "NARRATIVE_FIGURE_DIFFERS";

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
        return "报告正文数字与记录不符：正文写明的比率、金额、数量、得分或等级与业务记录或报告自动生成的表格不一致"
                + " (a figure the report's text states differs from the records)";
    }

    @Override
    public List<FindingDraft> run(NarrativeInput input) {
        // one finding per wrong value of a quantity: "27台" repeated in three sections is one mistake
        Map<String, List<StatedFigure>> wrong = new LinkedHashMap<>();
        for (StatedFigure f : input.figures()) {
            if (!f.states() || !input.aboutThisYear(f)) {
                continue; // last year's figures are checked against last year's records (years/)
            }
            Recorded recorded = input.facts().recorded().get(f.quantity().key());
            if (recorded == null || agrees(f, recorded, input.facts())) {
                continue;
            }
            if (NarrativeRules.mislabelledAs(f, input.facts()).isPresent()) {
                continue; // STATED_RATE_MISLABELLED says which formula it follows
            }
            String value = f.kind() == FigureKind.GRADE
                    ? f.grade()
                    : f.value().stripTrailingZeros().toPlainString();
            wrong.computeIfAbsent(f.quantity().key() + "|" + value, k -> new ArrayList<>())
                    .add(f);
        }
        var found = new ArrayList<FindingDraft>();
        for (List<StatedFigure> same : wrong.values()) {
            StatedFigure f = same.getFirst();
            Recorded recorded = input.facts().recorded().get(f.quantity().key());
            String more = same.size() > 1 ? "（同一数值另见 " + (same.size() - 1) + " 处）" : "";
            found.add(new FindingDraft(
                    input.subjectKey(f.section(), CODE, f.quantity().key(), f.text()),
                    input.title(f.section()) + " " + NarrativeRules.quote(f.sentence()) + "写明" + recorded.label() + "为"
                            + f.text() + "，而" + recorded.record() + "为 " + recorded.shown() + more
                            + " (the text states "
                            + f.text() + ", the records give " + recorded.shown() + ")",
                    evidence(
                            "sentence", f.sentence(),
                            "section", f.section(),
                            "quantity", recorded.label(),
                            "stated", f.kind() == FigureKind.GRADE ? f.grade() : f.value(),
                            "statedText", f.text(),
                            "recorded", f.kind() == FigureKind.GRADE ? recorded.grade() : recorded.value(),
                            "recordedText", f.kind() == FigureKind.GRADE ? recorded.grade() : recorded.shown(),
                            "record", recorded.record(),
                            "occurrences", same.size())));
        }
        return found;
    }

    private static boolean agrees(StatedFigure f, Recorded recorded, NarrativeFacts facts) {
        if (f.kind() == FigureKind.GRADE) {
            return recorded.grade() == null || recorded.grade().equals(f.grade());
        }
        if (recorded.value() == null) {
            return true;
        }
        var rate = facts.rates().get(f.quantity().key());
        if (rate != null && NarrativeRules.agreesWithOwn(f, rate)) {
            return true;
        }
        return f.agrees(recorded.value(), recorded.tolerance());
    }
}
