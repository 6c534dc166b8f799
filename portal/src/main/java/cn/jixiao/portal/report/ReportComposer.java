package cn.jixiao.portal.report;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.platform.publication.EvaluationScope;
import cn.jixiao.portal.evaluation.sheet.SelfEvaluationTable.FundRow;
import cn.jixiao.portal.evaluation.sheet.SelfEvaluationTable.IndicatorRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a report's body in the contract's markup ({@code ## } sections, {@code - } items, {@code 表：}
 * captions and {@code |} tables): per section the department's narrative with its placeholders
 * resolved, then what the records say, generated. Nothing generated can be typed over: the narrative
 * cannot open a heading or a table (such lines are defused).
 */
public final class ReportComposer {
    private ReportComposer() {}

    public static String title(EvaluationKind kind, EvaluationScope scope, ReportFigures f) {
        String what = scope == EvaluationScope.DEPARTMENT ? "部门整体支出" : "“" + f.subjectName() + "”";
        String kindWords = switch (kind) {
            case SELF -> "绩效自评报告";
            case THIRD_PARTY -> "第三方绩效评价报告";
            case FINANCE_REVIEW -> "绩效评价报告";
        };
        return f.departmentName() + f.year() + "年度" + what + kindWords;
    }

    /** One paragraph for lists and search: the subject, score, grade and funds. */
    public static String summary(ReportFigures f) {
        StringBuilder s = new StringBuilder();
        s.append(f.subjectName()).append(f.year()).append("年度").append(f.kindLabel());
        s.append("：总分").append(Placeholder.TOTAL.valueIn(f)).append("分，等级“");
        s.append(Placeholder.GRADE.valueIn(f)).append("”");
        if (f.budget() != null) {
            s.append("；年度预算数").append(Placeholder.BUDGET.valueIn(f));
            s.append("，预算执行率").append(Placeholder.EXECUTION_RATE.valueIn(f));
        }
        int problems = f.items("PROBLEM").size();
        if (problems > 0) {
            s.append("；发现问题").append(problems).append("条");
        }
        return s.append("。").toString();
    }

    public static String body(ReportFigures f, Map<String, String> narratives) {
        return body(f, narratives, List.of());
    }

    /**
     * The body with its 数据说明: each explained contradiction marked after the line that states it and
     * listed, with the records' value and the explanation, in a closing section (none when there are none).
     */
    public static String body(ReportFigures f, Map<String, String> narratives, List<DataNotes.Note> notes) {
        List<DataNotes.Note> explained = notes == null ? List.of() : notes;
        boolean[] marked = new boolean[explained.size()];
        List<String> out = new ArrayList<>();
        for (ReportSection section : ReportSection.values()) {
            out.add("## " + section.heading(f.scope()));
            out.add("");
            String narrative = narratives == null ? null : narratives.get(section.code);
            if (narrative != null && !narrative.isBlank()) {
                for (String line : Placeholders.resolve(narrative.strip(), f).split("\\R", -1)) {
                    out.add(DataNotes.mark(defuse(line.stripTrailing()), section.code, explained, marked));
                }
                out.add("");
            }
            for (String line : generated(section, f)) {
                out.add(line);
            }
        }
        while (!out.isEmpty() && out.getLast().isEmpty()) {
            out.removeLast();
        }
        if (!explained.isEmpty()) {
            out.add("");
            out.addAll(DataNotes.section(explained));
        }
        return String.join("\n", out);
    }

    /** The lines the records give a section (blank-line separated blocks). */
    static List<String> generated(ReportSection section, ReportFigures f) {
        List<String> out = new ArrayList<>();
        switch (section) {
            case BASIC -> {
                table(
                        out,
                        "基本信息",
                        List.of("项目", "内容"),
                        List.of(
                                List.of(f.scope() == EvaluationScope.DEPARTMENT ? "部门（单位）" : "项目名称", f.subjectName()),
                                List.of("实施部门", f.departmentName()),
                                List.of("评价年度", String.valueOf(f.year())),
                                List.of("评价类型", f.kindLabel())));
                List<List<String>> funds = new ArrayList<>();
                for (FundRow r : f.table().funds()) {
                    funds.add(List.of(
                            r.label(),
                            num(r.initialBudget()),
                            num(r.fullYearBudget()),
                            num(r.spent()),
                            r.ratePercent() == null ? "" : r.ratePercent() + "%"));
                }
                table(out, "资金情况（万元）", List.of("资金", "年初预算数", "全年预算数", "全年执行数", "执行率"), funds);
            }
            case GOALS ->
                table(
                        out,
                        "年度总体目标",
                        List.of("预期目标", "实际完成情况"),
                        List.of(List.of(orDash(f.expectedGoal()), orDash(f.achievedGoal()))));
            case WORK -> {
                out.add("- 评价类型：" + f.kindLabel());
                out.add("- 评价机构：" + orDash(f.evaluatorName()));
                out.add("- 报告日期："
                        + (f.reportDate() == null ? "—" : f.reportDate().toString()));
                if (!f.evaluators().isEmpty()) {
                    out.add("- 评价组成员：" + String.join("、", f.evaluators()));
                }
                out.add("");
            }
            case INDICATORS -> {
                List<List<String>> levels = new ArrayList<>();
                for (ReportFigures.Level l : f.levels()) {
                    levels.add(List.of(l.name(), num(l.weight()), num(l.score()), rate(l.score(), l.weight())));
                }
                levels.add(List.of("合计", "100", num(f.totalScore()), "等级：" + orDash(f.gradeLabel())));
                table(out, "一级指标得分", List.of("一级指标", "分值", "得分", "得分率"), levels);
                List<List<String>> rows = new ArrayList<>();
                for (IndicatorRow r : f.table().indicators()) {
                    rows.add(List.of(
                            orEmpty(r.level1()),
                            orEmpty(r.level2()),
                            orEmpty(r.level3()),
                            orEmpty(r.target()),
                            orEmpty(r.actual()),
                            num(r.weight()),
                            num(r.score())));
                }
                table(out, "指标完成情况", List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"), rows);
            }
            case PROBLEMS -> list(out, f.items("PROBLEM"), false);
            case SUGGESTIONS -> {
                list(out, f.items("SUGGESTION"), false);
                List<List<String>> rows = new ArrayList<>();
                for (ReportFigures.Item i : f.items("RECTIFICATION")) {
                    rows.add(List.of(
                            i.text(),
                            orDash(i.owner()),
                            i.dueOn() == null ? "—" : i.dueOn().toString(),
                            orDash(i.statusLabel())));
                }
                if (!rows.isEmpty()) {
                    table(out, "整改事项", List.of("整改事项", "责任单位", "完成时限", "状态"), rows);
                }
            }
            default -> {}
        }
        return out;
    }

    private static void list(List<String> out, List<ReportFigures.Item> items, boolean withOwner) {
        if (items.isEmpty()) {
            return;
        }
        for (ReportFigures.Item i : items) {
            out.add("- " + cell(i.text()) + (withOwner && i.owner() != null ? "（" + i.owner() + "）" : ""));
        }
        out.add("");
    }

    private static void table(List<String> out, String caption, List<String> header, List<List<String>> rows) {
        out.add("表：" + caption);
        out.add(row(header));
        for (List<String> r : rows) {
            out.add(row(r));
        }
        out.add("");
    }

    private static String row(List<String> cells) {
        return "| "
                + String.join(" | ", cells.stream().map(ReportComposer::cell).toList()) + " |";
    }

    /** A cell on one line, without the pipe that would split it. */
    static String cell(String text) {
        return text == null
                ? ""
                : text.replace('|', '｜').replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /**
     * A narrative line cannot start a section heading, a table or a caption: that markup belongs to the
     * generator. Sub-headings ({@code ### }) are the department's to use.
     */
    static String defuse(String line) {
        if (line.startsWith("#") && !line.startsWith("### ")) {
            return "＃" + line.substring(1);
        }
        if (line.startsWith("|")) {
            return "｜" + line.substring(1);
        }
        if (line.startsWith("表：")) {
            return "表 ：" + line.substring(2);
        }
        return line;
    }

    private static String num(BigDecimal v) {
        return v == null ? "" : v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    private static String rate(BigDecimal score, BigDecimal weight) {
        if (score == null || weight == null || weight.signum() == 0) {
            return "";
        }
        return score.multiply(BigDecimal.valueOf(100)).divide(weight, 2, RoundingMode.HALF_UP) + "%";
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
