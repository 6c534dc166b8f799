package cn.jixiao.portal.finding.years;

import cn.jixiao.portal.budget.DepartmentBudget;
import cn.jixiao.portal.evaluation.sheet.SelfEvaluationTable;
import cn.jixiao.portal.evaluation.sheet.SelfEvaluationTable.FundRow;
import cn.jixiao.portal.finding.EvaluationContext;
import cn.jixiao.portal.finding.RecordFigures;
import cn.jixiao.portal.finding.narrative.Lexicon;
import cn.jixiao.portal.finding.narrative.NarrativeFacts;
import cn.jixiao.portal.indicator.RecordKey;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Last year's recorded actuals, by the quantity keys the narrative lexicon gives a figure: the funds,
 * 预算执行率, 资金到位率, score and grade of last year's self-evaluation table, the ratios of last year's
 * records, the actual values of last year's indicators, and last year's 三公经费 from the books.
 */
public final class LastYearFacts {
    /** The name a narrative gives last year's 三公经费 spending ("上年三公经费支出3.04万元"). */
    public static final String THREE_PUBLIC_SPENT = "三公经费支出";

    /** The key a 三公经费 figure under the 三公 topic gets ("上年三公经费实际支出…"). */
    static final String THREE_PUBLIC_TOPIC_SPENT = "三公·" + Lexicon.SPENT;

    static final Set<String> TABLE_RATIOS = Set.of(
            RecordKey.BUDGET_EXECUTION_RATE.name(),
            RecordKey.FUNDS_ARRIVAL_RATE.name(),
            RecordFigures.SPENT_OVER_PLANNED);

    private LastYearFacts() {}

    /**
     * @param table last year's self-evaluation table (funds, score, grade)
     * @param context last year's evaluation with the records of its subject, or null
     * @param indicators last year's scored indicators
     * @param books the department's books of last year, or null
     */
    public static NarrativeFacts of(
            SelfEvaluationTable table,
            EvaluationContext context,
            List<IndicatorFact> indicators,
            DepartmentBudget books) {
        var b = new NarrativeFacts.Builder();
        if (table != null && !table.funds().isEmpty()) {
            FundRow funds = table.funds().getFirst();
            String basis = "（全年执行数 " + plain(funds.spent()) + " 万元 ÷ 全年预算数 " + plain(funds.fullYearBudget()) + " 万元）";
            b.rate(Lexicon.EXECUTION_RATE, "预算执行率", funds.ratePercent(), "自评表预算执行率" + basis);
            if (!table.departmentWide()) {
                b.rate(
                        Lexicon.ARRIVAL_RATE,
                        "资金到位率",
                        NarrativeFacts.ratio(funds.fullYearBudget(), funds.initialBudget()),
                        "资金到位率（到位 " + plain(funds.fullYearBudget()) + " 万元 ÷ 计划安排 " + plain(funds.initialBudget())
                                + " 万元）");
            }
            b.amount(Lexicon.INITIAL_BUDGET, "年初预算数", funds.initialBudget(), "自评表年初预算数");
            b.amount(Lexicon.BUDGET, "全年预算数", funds.fullYearBudget(), "自评表全年预算数");
            b.amount(Lexicon.SPENT, "全年执行数", funds.spent(), "自评表全年执行数");
            b.score(Lexicon.TOTAL_SCORE, "总分", table.totalScore(), "总分");
            b.grade(table.gradeLabel(), "评价等级");
        }
        if (context != null) {
            context.figures().forEach((key, figure) -> {
                if (!TABLE_RATIOS.contains(key)) {
                    b.rate(
                            key,
                            figure.label().replace("“", "").replace("”", ""),
                            figure.value(),
                            RecordFigures.source(figure) + "（" + figure.formula() + "：" + figure.basis() + "）");
                }
            });
        }
        for (IndicatorFact i : indicators) {
            indicator(b, i);
        }
        if (books != null && books.threePublicActual != null) {
            String record = "部门账簿的三公经费实际支出";
            b.amount(THREE_PUBLIC_TOPIC_SPENT, "三公经费支出", books.threePublicActual, record);
            b.amount(Lexicon.indicatorKey(THREE_PUBLIC_SPENT), "三公经费支出", books.threePublicActual, record);
        }
        return b.build();
    }

    static void indicator(NarrativeFacts.Builder b, IndicatorFact i) {
        if (i.actual() == null || i.unit() == null || i.unit().isBlank()) {
            return;
        }
        String key = Lexicon.indicatorKey(i.name());
        String name = i.shortName();
        String record = "指标“" + name + "”的实际完成值";
        String unit = i.unit().strip();
        switch (unit) {
            case "%", "％" -> b.rate(key, name, i.actual(), record);
            case "万元" -> b.amount(key, name, i.actual(), record);
            default -> {
                if (unit.matches("台|个|项|人|名|次|件|处|辆|条|套|块|家|户")) {
                    b.count(key, name, i.actual(), unit, record);
                }
            }
        }
    }

    static String plain(BigDecimal v) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString();
    }
}
