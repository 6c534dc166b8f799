package cn.jixiao.portal.report.service;

import cn.jixiao.portal.budget.DepartmentBudget;
import cn.jixiao.portal.evaluation.Evaluation;
import cn.jixiao.portal.evaluation.EvaluationIndicator;
import cn.jixiao.portal.finding.ContextLoader;
import cn.jixiao.portal.finding.EvaluationContext;
import cn.jixiao.portal.finding.Finding;
import cn.jixiao.portal.finding.RecordFigures;
import cn.jixiao.portal.finding.narrative.Lexicon;
import cn.jixiao.portal.finding.narrative.NarrativeChecks;
import cn.jixiao.portal.finding.narrative.NarrativeFacts;
import cn.jixiao.portal.finding.narrative.NarrativeFacts.Alternative;
import cn.jixiao.portal.finding.narrative.NarrativeFacts.RateDefinition;
import cn.jixiao.portal.finding.narrative.NarrativeInput;
import cn.jixiao.portal.finding.years.YearChecks;
import cn.jixiao.portal.indicator.RecordKey;
import cn.jixiao.portal.report.Report;
import cn.jixiao.portal.report.ReportFigures;
import cn.jixiao.portal.report.ReportSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks what a report's narratives state against the report's own figures and the records of its
 * subject: on every save of a narrative, on regeneration and before publication. The findings are the
 * evaluation's, so a blocking one stops publication until fixed or explained by a finance reviewer.
 */
@ApplicationScoped
public class ReportNarrativeChecks {
    /** Ratios the report's own table already gives (and gives as the report prints them). */
    static final Set<String> TABLE_RATIOS = Set.of(
            RecordKey.BUDGET_EXECUTION_RATE.name(),
            RecordKey.FUNDS_ARRIVAL_RATE.name(),
            RecordFigures.SPENT_OVER_PLANNED);

    @Inject
    ReportSource source;

    @Inject
    ContextLoader loader;

    @Inject
    NarrativeChecks checks;

    @Inject
    YearChecks years;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Finding> recheck(Report r) {
        if (r.evaluationId == null) {
            return List.of();
        }
        Evaluation e = ReportService.evaluationOf(r);
        ReportFigures f = source.figures(e);
        EvaluationContext context = loader.load(e, loader.settings());
        Map<String, String> narratives = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (ReportSection s : ReportSection.values()) {
            titles.put(s.code, s.heading(r.scope));
            String text = r.narrative(s);
            if (text != null && !text.isBlank()) {
                narratives.put(s.code, text);
            }
        }
        var indicators = new ArrayList<Lexicon.Indicator>();
        for (EvaluationIndicator i : context.indicators()) {
            indicators.add(new Lexicon.Indicator(i.name, i.unit));
        }
        Lexicon lexicon =
                Lexicon.of(f.levels().stream().map(ReportFigures.Level::name).toList(), indicators);
        NarrativeInput input = NarrativeInput.of(r.id, narratives, titles, lexicon, facts(f, context), e.year);
        // what the text states about last year, against last year's records (issue 12, item 3)
        years.recheck(e.id);
        return checks.recheck(new NarrativeChecks.Subject(r.id, e.id, e.departmentId, e.year, e.targetId), input);
    }

    /** What the report's table, its scores and the records of its subject say. */
    static NarrativeFacts facts(ReportFigures f, EvaluationContext context) {
        String funds = "（全年执行数 " + plain(f.spent()) + " 万元 ÷ 全年预算数 " + plain(f.budget()) + " 万元）";
        var b = new NarrativeFacts.Builder()
                .rate(Lexicon.EXECUTION_RATE, "预算执行率", f.executionRate(), "本报告自评表的预算执行率" + funds)
                .rate(
                        Lexicon.ARRIVAL_RATE,
                        "资金到位率",
                        f.arrivalRate(),
                        "项目资金记录的资金到位率（到位 " + plain(f.budget()) + " 万元 ÷ 计划安排 " + plain(f.initialBudget()) + " 万元）")
                .amount(Lexicon.INITIAL_BUDGET, "年初预算数", f.initialBudget(), "本报告自评表的年初预算数")
                .amount(Lexicon.BUDGET, "全年预算数", f.budget(), "本报告自评表的全年预算数")
                .amount(Lexicon.SPENT, "全年执行数", f.spent(), "本报告自评表的全年执行数")
                .score(Lexicon.TOTAL_SCORE, "总分", f.totalScore(), "评价的总分")
                .grade(f.gradeLabel(), "按总分划定的评价等级");
        for (ReportFigures.Level level : f.levels()) {
            b.score(
                    Lexicon.levelKey(level.name()),
                    level.name() + "得分",
                    level.score(),
                    "评分表一级指标“" + level.name() + "”的得分");
        }
        context.figures().forEach((key, figure) -> {
            if (!TABLE_RATIOS.contains(key)) {
                b.rate(
                        key,
                        figure.label().replace("“", "").replace("”", ""),
                        figure.value(),
                        RecordFigures.source(figure) + "（" + figure.formula() + "：" + figure.basis() + "）");
            }
        });
        int devices = context.records().devices().total();
        if (devices > 0) {
            b.count(Lexicon.DEVICE_COUNT, "自助终端数量", BigDecimal.valueOf(devices), "台", "设备台账（未报废的设备）");
        }
        for (EvaluationIndicator i : context.leaves()) {
            if (i.actualValue != null && i.unit != null && !i.unit.isBlank()) {
                String key = Lexicon.indicatorKey(i.name);
                String record = "指标“" + Lexicon.shortName(i.name) + "”的实际完成值";
                switch (i.unit.strip()) {
                    case "%", "％" -> b.rate(key, Lexicon.shortName(i.name), i.actualValue, record);
                    case "万元" -> b.amount(key, Lexicon.shortName(i.name), i.actualValue, record);
                    default -> {
                        if (i.unit.strip().matches("台|个|项|人|名|次|件|处|辆|条|套|块|家|户")) {
                            b.count(key, Lexicon.shortName(i.name), i.actualValue, i.unit.strip(), record);
                        }
                    }
                }
            }
        }
        BigDecimal overInitial = NarrativeFacts.ratio(f.spent(), f.initialBudget());
        b.definition(new RateDefinition(
                Lexicon.EXECUTION_RATE,
                "预算执行率",
                f.executionRate(),
                "全年执行数 ÷ 全年预算数",
                List.of(new Alternative("支出占年初预算的比例", "全年执行数 ÷ 年初预算数", overInitial)),
                false));
        b.definition(new RateDefinition(
                Lexicon.ARRIVAL_RATE,
                "资金到位率",
                f.arrivalRate(),
                "到位资金 ÷ 计划安排",
                List.of(new Alternative("支出占计划安排的比例", "全年执行数 ÷ 计划安排", overInitial)),
                false));
        threePublic(b, context);
        return b.build();
    }

    /** 三公经费变动率 of the department's books: (this year − last year) ÷ last year. */
    private static void threePublic(NarrativeFacts.Builder b, EvaluationContext context) {
        Evaluation e = context.evaluation();
        if (e.projectId != null) {
            return;
        }
        DepartmentBudget books =
                DepartmentBudget.findFor(e.departmentId, e.year).orElse(null);
        if (books == null || books.threePublicActual == null || books.threePublicLastYearActual == null) {
            return;
        }
        BigDecimal actual = books.threePublicActual;
        BigDecimal last = books.threePublicLastYearActual;
        BigDecimal change = NarrativeFacts.ratio(actual.subtract(last), last);
        if (change == null) {
            return;
        }
        String basis = "部门账簿（三公经费本年 " + plain(actual) + " 万元，上年 " + plain(last) + " 万元）";
        b.rate(Lexicon.THREE_PUBLIC_CHANGE_RATE, "三公经费变动率", change, basis + "的三公经费变动率");
        b.definition(new RateDefinition(
                Lexicon.THREE_PUBLIC_CHANGE_RATE,
                "三公经费变动率",
                change,
                "（本年三公经费 − 上年三公经费）÷ 上年三公经费",
                List.of(
                        new Alternative("本年三公经费占上年的比例", "本年三公经费 ÷ 上年三公经费", NarrativeFacts.ratio(actual, last)),
                        new Alternative(
                                "三公经费控制率", "三公经费决算数 ÷ 预算数", NarrativeFacts.ratio(actual, books.threePublicBudget))),
                true));
    }

    private static String plain(BigDecimal v) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString();
    }
}
