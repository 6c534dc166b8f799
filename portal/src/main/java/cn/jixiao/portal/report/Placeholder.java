package cn.jixiao.portal.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A figure a narrative may cite as {@code {名称}}: resolved from the records when the report is shown
 * or published, so the words never disagree with the tables. A figure the records lack reads 〔无数据〕.
 */
public enum Placeholder {
    SUBJECT("评价对象", "项目或部门名称", f -> f.subjectName()),
    DEPARTMENT("部门名称", "实施部门", f -> f.departmentName()),
    YEAR("年度", "评价年度，如 2021", f -> String.valueOf(f.year())),
    KIND("评价类型", "绩效自评、第三方评价或财政评价", f -> f.kindLabel()),
    INITIAL_BUDGET("年初预算数", "万元", f -> money(f.initialBudget())),
    BUDGET("年度预算数", "全年预算数，万元", f -> money(f.budget())),
    SPENT("全年执行数", "万元", f -> money(f.spent())),
    EXECUTION_RATE("预算执行率", "全年执行数 ÷ 全年预算数", f -> percent(f.executionRate())),
    ARRIVAL_RATE("资金到位率", "到位资金 ÷ 计划安排（项目）", f -> percent(f.arrivalRate())),
    TOTAL("总分", "百分制总分，如 85.27", f -> number(f.totalScore())),
    GRADE("等级", "优、良、中、差", f -> f.gradeLabel()),
    LEVEL_SCORES("一级指标得分", "各一级指标的得分，如 决策11.55分、过程18.48分", Placeholder::levelScores),
    PROBLEM_COUNT("问题数", "存在问题的条数", f -> String.valueOf(f.items("PROBLEM").size())),
    RECTIFICATION_COUNT(
            "整改事项数", "整改事项的条数", f -> String.valueOf(f.items("RECTIFICATION").size())),
    EVALUATOR("评价机构", "评价机构或评价组", f -> f.evaluatorName());

    static final String MISSING = "〔无数据〕";

    public final String label;
    public final String hint;
    private final Function<ReportFigures, String> value;

    Placeholder(String label, String hint, Function<ReportFigures, String> value) {
        this.label = label;
        this.hint = hint;
        this.value = value;
    }

    /** As written in a narrative: {预算执行率}. */
    public String token() {
        return "{" + label + "}";
    }

    public String valueIn(ReportFigures figures) {
        String v = value.apply(figures);
        return v == null || v.isBlank() ? MISSING : v;
    }

    public static Optional<Placeholder> byLabel(String label) {
        return Arrays.stream(values()).filter(p -> p.label.equals(label)).findFirst();
    }

    private static String money(BigDecimal v) {
        return v == null ? null : plain(v.setScale(2, RoundingMode.HALF_UP)) + "万元";
    }

    private static String percent(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String number(BigDecimal v) {
        return v == null ? null : plain(v);
    }

    private static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    private static String levelScores(ReportFigures f) {
        if (f.levels().isEmpty()) {
            return null;
        }
        return f.levels().stream()
                .map(l -> l.name() + (l.score() == null ? MISSING : number(l.score()) + "分"))
                .collect(Collectors.joining("、"));
    }
}
