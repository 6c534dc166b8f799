package cn.jixiao.portal.finding.narrative;

import static cn.jixiao.portal.finding.narrative.FigureKind.AMOUNT;
import static cn.jixiao.portal.finding.narrative.FigureKind.COUNT;
import static cn.jixiao.portal.finding.narrative.FigureKind.RATE;
import static cn.jixiao.portal.finding.narrative.FigureKind.SCORE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The quantity names a narrative's figures are about: the report's own figures (the placeholders'
 * names and the names the seeds use for them), the ratios of the records, staffing, and, per report,
 * the names of its level-1 indicators and indicators. A name stands for one quantity and for the kinds
 * of figure it can have (预算执行率 only a rate, 全年执行数 only an amount), so "预算执行率为30%，支出
 * 107.52万元" gives each figure its own quantity.
 *
 * <p>Only specific names are here: a bare 支出, 预算 or 得分 names too many things (三公经费支出, 产出得分)
 * to be compared with a record.
 */
public final class Lexicon {
    public static final String EXECUTION_RATE = "BUDGET_EXECUTION_RATE";
    public static final String ARRIVAL_RATE = "FUNDS_ARRIVAL_RATE";
    public static final String INITIAL_BUDGET = "INITIAL_BUDGET";
    public static final String BUDGET = "BUDGET";
    public static final String SPENT = "SPENT";
    public static final String TOTAL_SCORE = "TOTAL_SCORE";
    public static final String GRADE = "GRADE";
    public static final String DEVICE_COUNT = "DEVICE_COUNT";
    public static final String THREE_PUBLIC_CHANGE_RATE = "THREE_PUBLIC_CHANGE_RATE";
    /** 得分率: each level has its own, so it is never one quantity. */
    public static final String SCORE_RATE = "SCORE_RATE";

    /** A name in the text, the quantity it stands for, and the kinds of figure it can have. */
    public record Term(String word, String key, String label, Set<FigureKind> kinds) {}

    private static final List<Term> BASE = java.util.stream.Stream.of(
                    term(EXECUTION_RATE, "预算执行率", RATE, "预算执行率", "资金执行率", "执行率"),
                    term(ARRIVAL_RATE, "资金到位率", RATE, "资金到位率", "到位率"),
                    term("DEVICE_ACCEPTED_RATE", "设备验收合格率", RATE, "设备验收合格率", "验收合格率", "验收合格"),
                    term("DEVICE_IN_SERVICE_RATE", "设备投入使用率", RATE, "设备投入使用率", "投入使用率", "投入使用"),
                    term("BUDGET_COMPLETION_RATE", "预算完成率", RATE, "预算完成率"),
                    term("BUDGET_ADJUSTMENT_RATE", "预算调整率", RATE, "预算调整率"),
                    term("STAFF_CONTROL_RATE", "在职人员控制率", RATE, "在职人员控制率", "人员控制率"),
                    term("THREE_PUBLIC_CONTROL_RATE", "三公经费控制率", RATE, "三公经费控制率"),
                    term(THREE_PUBLIC_CHANGE_RATE, "三公经费变动率", RATE, "三公经费变动率"),
                    term("PUBLIC_FUNDS_CONTROL_RATE", "公用经费控制率", RATE, "公用经费控制率"),
                    term("PROCUREMENT_EXECUTION_RATE", "政府采购执行率", RATE, "政府采购执行率"),
                    term("FIXED_ASSET_USE_RATE", "固定资产利用率", RATE, "固定资产利用率"),
                    term("SATISFACTION", "满意度", RATE, "服务对象满意度", "满意度"),
                    term(SCORE_RATE, "得分率", RATE, "得分率"),
                    term(INITIAL_BUDGET, "年初预算数", AMOUNT, "年初预算数", "年初预算资金", "年初预算", "计划安排"),
                    term(
                            BUDGET, "全年预算数", AMOUNT, "全年预算数", "年度预算数", "全年预算", "调整后预算资金", "调整后预算", "预算资金", "项目资金",
                            "到位资金", "实际到位"),
                    term(SPENT, "全年执行数", AMOUNT, "全年执行数", "全年支出", "实际支出", "决算支出", "决算数", "实际使用项目资金"),
                    term(TOTAL_SCORE, "总分", SCORE, "总分", "总得分", "自评得分", "综合得分", "评价得分", "最终得分"),
                    term(DEVICE_COUNT, "自助终端数量", COUNT, "自助终端", "自助设备"),
                    term("STAFF_ACTUAL", "实有在职人数", COUNT, "实有在职人数", "实有人数", "实际在职人数", "在职人数", "年末在职"),
                    term("STAFF_QUOTA", "编制数", COUNT, "在职编制数", "机构编制人数", "编制数", "在职编制"),
                    term("ADMIN_STAFF", "行政人员", COUNT, "行政人员"),
                    term("INSTITUTION_STAFF", "事业人员", COUNT, "事业人员", "在职事业编"),
                    term("ADMIN_QUOTA", "行政编制", COUNT, "行政编制"),
                    term("INSTITUTION_QUOTA", "事业编制", COUNT, "事业编制"))
            .flatMap(List::stream)
            .toList();

    private final List<Term> terms;

    private Lexicon(List<Term> terms) {
        // longest first: at one position the longest name wins (年初预算资金 over 预算资金)
        var sorted = new ArrayList<>(terms);
        sorted.sort((a, b) -> b.word().length() - a.word().length());
        this.terms = List.copyOf(sorted);
    }

    public static Lexicon base() {
        return new Lexicon(BASE);
    }

    /**
     * The base names with the report's own: its level-1 indicators (their scores, "决策…得11.55分") and
     * its indicators (shortened to the name before any condition: "网上可办率不低于70%" → 网上可办率).
     */
    public static Lexicon of(Collection<String> levelNames, Collection<Indicator> indicators) {
        var terms = new ArrayList<>(BASE);
        for (String level : levelNames) {
            String name = plain(level);
            if (name.length() >= 2) {
                terms.add(new Term(name, levelKey(name), name + "得分", Set.of(SCORE)));
            }
        }
        for (Indicator indicator : indicators) {
            String name = shortName(indicator.name());
            FigureKind kind = kindOfUnit(indicator.unit());
            boolean known = terms.stream().anyMatch(t -> t.word().equals(name));
            if (name.length() >= 4 && kind != null && !known) {
                terms.add(new Term(name, indicatorKey(name), name, Set.of(kind)));
            }
        }
        return new Lexicon(terms);
    }

    /** An indicator of the evaluation as the lexicon needs it. */
    public record Indicator(String name, String unit) {}

    public static String levelKey(String name) {
        return "level:" + plain(name);
    }

    public static String indicatorKey(String name) {
        return "indicator:" + shortName(name);
    }

    /** The name before its condition or figure, without quotation marks. */
    public static String shortName(String name) {
        String plain = plain(name);
        String cut = plain.split("不低于|不少于|不高于|不超过|达到|≥|≤|>|<|=|＞|＜|\\d", 2)[0];
        return cut.strip();
    }

    static String plain(String s) {
        return s == null ? "" : s.replaceAll("[“”\"‘’'「」《》\\s]", "");
    }

    public List<Term> terms() {
        return terms;
    }

    /** A name written in the text: for {@code kind}, the term whose word starts at {@code at}, if any. */
    Term at(String text, int at, FigureKind kind) {
        for (Term t : terms) {
            if (t.kinds().contains(kind) && text.startsWith(t.word(), at)) {
                return t;
            }
        }
        return null;
    }

    static FigureKind kindOfUnit(String unit) {
        if (unit == null) {
            return null;
        }
        String u = unit.strip();
        if (u.equals("%") || u.equals("％")) {
            return RATE;
        }
        if (u.endsWith("元")) {
            return AMOUNT;
        }
        if (u.matches("台|个|项|人|名|次|件|处|辆|条|套|块|家|户|人次")) {
            return COUNT;
        }
        return null;
    }

    private static List<Term> term(String key, String label, FigureKind kind, String... words) {
        return java.util.Arrays.stream(words)
                .map(w -> new Term(w, key, label, Set.of(kind)))
                .toList();
    }
}
