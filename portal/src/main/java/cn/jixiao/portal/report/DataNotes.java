package cn.jixiao.portal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 数据说明: the figures a report states that the records contradict, each published with the finance
 * reviewer's explanation (issue 12, item 6). A finding explained instead of fixed lets the report be
 * published; the published text then marks the sentence ("〔数据说明1〕") and closes with a section
 * "数据说明" whose table gives the figure, the records' value and the explanation. Written in the body
 * markup, so the portal's print page and PDF, public-site's page and its JSON all carry it unchanged.
 */
public final class DataNotes {
    public static final String HEADING = "数据说明";
    static final String LEAD = "下列数字经核查与业务记录（或本报告其他部分）不一致，财政审核人已审核并作出说明，随报告一并公开。";
    static final List<String> HEADER = List.of("序号", "位置", "报告所写", "记录所示", "财政审核说明");

    private DataNotes() {}

    /**
     * One explained contradiction.
     *
     * @param section the report section code of the sentence ("basic"), null when it is not in the text
     * @param place where it is, as a reader finds it ("一、项目基本情况", "指标“群众满意度”")
     * @param sentence the sentence that states the figure (null for a table's figure)
     * @param stated the figure as the report gives it, e.g. "预算执行率 100.00%"
     * @param recorded the records' value and where it comes from, e.g. "30.00%（本报告自评表的预算执行率）"
     * @param explanation the finance reviewer's explanation, as kept on the finding
     * @param explainedOn the day it was explained
     */
    public record Note(
            String section,
            String place,
            String sentence,
            String stated,
            String recorded,
            String explanation,
            LocalDate explainedOn) {}

    /** The marker placed after the line that states note {@code n} (counting from 1). */
    public static String marker(int n) {
        return "〔" + HEADING + n + "〕";
    }

    /** A narrative line with the markers of the notes whose sentence it states (each note marked once). */
    static String mark(String line, String section, List<Note> notes, boolean[] marked) {
        StringBuilder out = new StringBuilder(line);
        for (int i = 0; i < notes.size(); i++) {
            Note note = notes.get(i);
            if (!marked[i]
                    && section.equals(note.section())
                    && note.sentence() != null
                    && !note.sentence().isBlank()
                    && line.contains(note.sentence())) {
                out.append(marker(i + 1));
                marked[i] = true;
            }
        }
        return out.toString();
    }

    /** The closing section: heading, one explanatory paragraph and the table. Nothing for no notes. */
    static List<String> section(List<Note> notes) {
        List<String> out = new ArrayList<>();
        if (notes == null || notes.isEmpty()) {
            return out;
        }
        out.add("## " + HEADING);
        out.add("");
        out.add(LEAD);
        out.add("");
        out.add("表：" + HEADING);
        out.add(row(HEADER));
        for (int i = 0; i < notes.size(); i++) {
            Note n = notes.get(i);
            String sentence = n.sentence() == null || n.sentence().isBlank() ? "" : "「" + n.sentence() + "」";
            out.add(row(List.of(
                    String.valueOf(i + 1),
                    orDash(n.place()),
                    sentence + orDash(n.stated()),
                    orDash(n.recorded()),
                    orDash(n.explanation()) + (n.explainedOn() == null ? "" : "（" + n.explainedOn() + " 说明）"))));
        }
        return out;
    }

    private static String row(List<String> cells) {
        return "| "
                + String.join(" | ", cells.stream().map(ReportComposer::cell).toList()) + " |";
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
