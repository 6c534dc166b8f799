package cn.jixiao.portal.report.service;

import cn.jixiao.platform.publication.EvaluationScope;
import cn.jixiao.portal.finding.Checks;
import cn.jixiao.portal.finding.Finding;
import cn.jixiao.portal.finding.FindingState;
import cn.jixiao.portal.finding.narrative.NarrativeInput;
import cn.jixiao.portal.finding.narrative.NarrativeRules;
import cn.jixiao.portal.finding.years.YearRules;
import cn.jixiao.portal.report.DataNotes;
import cn.jixiao.portal.report.Report;
import cn.jixiao.portal.report.ReportSection;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The 数据说明 of a report: every finding of its evaluation that a finance reviewer EXPLAINED and that
 * is about a figure the report shows: the narrative rules' findings on this report's own text
 * ({@code report:{id}:…}), and the evaluation checks' findings that compare a stated figure with the
 * records (their evidence has "stated"). Copy and foreign-text findings are about wording, not
 * figures, and other reports' findings are theirs.
 */
final class ReportDataNotes {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private ReportDataNotes() {}

    static List<DataNotes.Note> of(Report r) {
        if (r.evaluationId == null || r.id == null) {
            return List.of();
        }
        String prefix = NarrativeInput.subjectPrefix(r.id);
        List<Finding> explained = Finding.list(
                "evaluationId = ?1 and state = ?2 and ((code in ?3 and subjectKey like ?4) or code in ?5)"
                        + " order by firstSeenAt, id",
                r.evaluationId,
                FindingState.EXPLAINED,
                NarrativeRules.CODES,
                prefix + "%",
                java.util.stream.Stream.concat(Checks.CODES.stream(), YearRules.CODES.stream())
                        .toList());
        var notes = new ArrayList<DataNotes.Note>();
        for (Finding f : explained) {
            Map<String, Object> e = f.evidence == null ? Map.of() : f.evidence;
            if (!e.containsKey("stated")) {
                continue;
            }
            notes.add(note(f, e, r.scope));
        }
        return notes;
    }

    static DataNotes.Note note(Finding f, Map<String, Object> e, EvaluationScope scope) {
        String section = text(e.get("section"));
        String place = section == null
                ? placeOfCheck(e)
                : ReportSection.byCode(section).map(s -> s.heading(scope)).orElse(section);
        String quantity = firstText(e, "quantity", "figure");
        String statedText = firstText(e, "statedText", "stated");
        String stated = (quantity == null ? "" : quantity + " ") + (statedText == null ? "—" : statedText);
        String recordedValue = firstText(e, "recordedText", "recorded", "records", "ownValue", "sumOfScores", "due");
        String source = firstText(e, "record", "source", "basis");
        String recorded =
                recordedValue == null ? zh(f.message) : recordedValue + (source == null ? "" : "（" + source + "）");
        return new DataNotes.Note(
                section,
                place,
                text(e.get("sentence")),
                stated,
                recorded,
                f.explanation,
                f.explainedAt == null
                        ? null
                        : f.explainedAt.atZoneSameInstant(CHINA).toLocalDate());
    }

    private static String placeOfCheck(Map<String, Object> e) {
        String indicator = text(e.get("indicator"));
        return indicator != null ? "指标“" + indicator + "”" : "评分表";
    }

    private static String firstText(Map<String, Object> e, String... keys) {
        for (String key : keys) {
            String t = text(e.get(key));
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof Double || v instanceof Float) {
            return text(new BigDecimal(v.toString()));
        }
        String s = v.toString().strip();
        return s.isEmpty() ? null : s;
    }

    /** A finding's message up to its English part. */
    static String zh(String message) {
        if (message == null) {
            return null;
        }
        int english = message.lastIndexOf(" (");
        return english > 0 ? message.substring(0, english) : message;
    }
}
