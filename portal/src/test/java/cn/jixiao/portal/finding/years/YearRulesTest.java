package cn.jixiao.portal.finding.years;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.portal.finding.narrative.FigureExtractor;
import cn.jixiao.portal.finding.narrative.Lexicon;
import cn.jixiao.portal.finding.narrative.NarrativeFacts;
import cn.jixiao.portal.finding.narrative.StatedFigure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The across-years rules on the seeds' own figures: seed 003's project (2019: 358.392 万元, 107.5176
 * spent, 30.00 %, 98 分 优), seed 001's department (2021: 预算完成率 81.38 %, 86.74 分 良) and seed 004's
 * (三公经费 3.04 万元 the year before 1.41; 在职人员控制率 34 ÷ 30 against ≤ 100 %), each with its clean
 * counter-example.
 */
class YearRulesTest {
    static final Map<String, String> TITLES =
            Map.of("basic", "一、项目基本情况", "problems", "五、存在问题", "suggestions", "六、建议与整改");

    static final IndicatorFact ONLINE = indicator(11L, "政务服务事项网上可办率不低于70%", ">=", "70", "70", "%", "20", "20");

    static IndicatorFact indicator(
            Long id,
            String name,
            String comparator,
            String target,
            String actual,
            String unit,
            String weight,
            String score) {
        return new IndicatorFact(
                id,
                name,
                "产出指标 › 数量指标 › " + Lexicon.shortName(name),
                null,
                comparator,
                target == null ? null : new BigDecimal(target),
                actual == null ? null : new BigDecimal(actual),
                unit,
                weight == null ? null : new BigDecimal(weight),
                score == null ? null : new BigDecimal(score),
                null);
    }

    /** Seed 003's project as last year's (2019) evaluation recorded it. */
    static LastYear seed003(List<ItemFact> items, List<IndicatorFact> indicators) {
        var facts = new NarrativeFacts.Builder()
                .rate(
                        Lexicon.EXECUTION_RATE,
                        "预算执行率",
                        new BigDecimal("30.00"),
                        "自评表预算执行率（全年执行数 107.5176 万元 ÷ 全年预算数 358.392 万元）")
                .amount(Lexicon.BUDGET, "全年预算数", new BigDecimal("358.392"), "自评表全年预算数")
                .amount(Lexicon.SPENT, "全年执行数", new BigDecimal("107.5176"), "自评表全年执行数")
                .score(Lexicon.TOTAL_SCORE, "总分", new BigDecimal("98"), "总分")
                .grade("优", "评价等级");
        indicators.forEach(i -> LastYearFacts.indicator(facts, i));
        return new LastYear(31, 2019, "2019年度绩效自评（评价 #31）", facts.build(), indicators, items);
    }

    /** Seed 001's department as last year's (2021) evaluation and seed 004's books recorded it. */
    static LastYear seed001() {
        var facts = new NarrativeFacts.Builder()
                .rate("BUDGET_COMPLETION_RATE", "预算完成率", new BigDecimal("81.38"), "部门账簿（决算数 ÷ 预算数）")
                .score(Lexicon.TOTAL_SCORE, "总分", new BigDecimal("86.74"), "总分")
                .grade("良", "评价等级")
                .amount(LastYearFacts.THREE_PUBLIC_TOPIC_SPENT, "三公经费支出", new BigDecimal("3.04"), "部门账簿的三公经费实际支出")
                .amount(
                        Lexicon.indicatorKey(LastYearFacts.THREE_PUBLIC_SPENT),
                        "三公经费支出",
                        new BigDecimal("3.04"),
                        "部门账簿的三公经费实际支出");
        return new LastYear(41, 2021, "2021年度绩效自评（评价 #41）", facts.build(), List.of(), List.of());
    }

    static YearInput.ReportText report(Map<String, String> narratives, List<IndicatorFact> indicators) {
        var names = new ArrayList<Lexicon.Indicator>();
        indicators.forEach(i -> names.add(new Lexicon.Indicator(i.name(), i.unit())));
        names.add(new Lexicon.Indicator(LastYearFacts.THREE_PUBLIC_SPENT, "万元"));
        var extractor = new FigureExtractor(Lexicon.of(List.of("产出指标"), names));
        var figures = new ArrayList<StatedFigure>();
        narratives.forEach((section, text) -> figures.addAll(extractor.extract(section, text)));
        return new YearInput.ReportText(7, TITLES, narratives, figures);
    }

    static YearInput input(int year, String basic, LastYear last) {
        var narratives = new LinkedHashMap<String, String>();
        narratives.put("basic", basic);
        return new YearInput(
                year, List.of(report(narratives, last.indicators())), last.indicators(), null, null, null, null, last);
    }

    static List<String> run(YearRule rule, YearInput input) {
        return rule.run(input).stream().map(d -> d.message()).toList();
    }

    @Test
    void seed003sExecutionRateStatedWronglyForLastYearIsFoundWithLastYearsRecord() {
        LastYear last = seed003(List.of(), List.of(ONLINE));
        var found = run(new LastYearFigureDiffers(), input(2020, "上年项目全年预算数358.392万元，上年预算执行率为100.00%。", last));
        assertEquals(1, found.size(), found.toString());
        String message = found.getFirst();
        assertTrue(message.contains("「上年项目全年预算数358.392万元，上年预算执行率为100.00%」"), message);
        assertTrue(message.contains("100.00%") && message.contains("30.00%"), message);
        assertTrue(message.contains("2019年度绩效自评（评价 #31）"), message);
    }

    @Test
    void seed003sLastYearFiguresWrittenRightGiveNothing() {
        LastYear last = seed003(List.of(), List.of(ONLINE));
        String text =
                "2019年预算执行率为30%，全年执行数107.5176万元。上年总分98分；上年评价等级为“优”。" + "上一年度政务服务事项网上可办率为70%。本年预算执行率为100%，较上年提高70个百分点。";
        assertEquals(List.of(), run(new LastYearFigureDiffers(), input(2020, text, last)));
    }

    @Test
    void anIndicatorsLastYearActualAndTheGradeAreComparedToo() {
        LastYear last = seed003(List.of(), List.of(ONLINE));
        var found = run(new LastYearFigureDiffers(), input(2020, "去年政务服务事项网上可办率为75%。上年评价等级为“良”。", last));
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).contains("75%") && found.get(0).contains("70.00%"), found.get(0));
        assertTrue(found.get(1).contains("“优”"), found.get(1));
    }

    @Test
    void theYearsOwnFiguresAndComparisonsWithLastYearAreNotLastYearsFigures() {
        LastYear last = seed003(List.of(), List.of(ONLINE));
        // this year's rate, a change against last year, last year's carry-over: none is last year's value
        String text = "2020年预算执行率为60%。与上年相比，预算执行率为60%。预算执行率较上年提高30个百分点。其中本年收入983.16万元，上年结转28万元。";
        assertEquals(List.of(), run(new LastYearFigureDiffers(), input(2020, text, last)));
    }

    @Test
    void seed001sScoreAndCompletionRateForLastYear() {
        LastYear last = seed001();
        assertEquals(
                List.of(), run(new LastYearFigureDiffers(), input(2022, "2021年度部门整体支出预算完成率为81.38%，自评得分86.74分。", last)));
        var found = run(new LastYearFigureDiffers(), input(2022, "上年自评得分为87.64分，上年预算完成率为81.38%。", last));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.getFirst().contains("87.64分") && found.getFirst().contains("86.74分"), found.getFirst());
    }

    @Test
    void seed004sThreePublicExpensesOfLastYearInTheTextAndInTheBooks() {
        LastYear last = seed001();
        assertEquals(
                List.of(),
                run(new LastYearFigureDiffers(), input(2022, "三公经费支出1.41万元，比上年减少1.63万元；上年三公经费支出3.04万元。", last)));
        var text = run(new LastYearFigureDiffers(), input(2022, "上年三公经费支出3.40万元。", last));
        assertEquals(1, text.size(), text.toString());
        assertTrue(text.getFirst().contains("3.40万元") && text.getFirst().contains("3.04万元"), text.getFirst());

        var books = new YearInput(
                2022,
                null,
                null,
                null,
                null,
                null,
                List.of(new YearInput.CarriedFigure(
                        "books:threePublicLastYear",
                        "上年三公经费支出",
                        new BigDecimal("3.40"),
                        "2022年部门账簿",
                        new BigDecimal("3.04"),
                        "2021年部门账簿的三公经费实际支出")),
                last);
        var found = run(new LastYearFigureDiffers(), books);
        assertEquals(1, found.size());
        assertTrue(found.getFirst().contains("3.4 万元") && found.getFirst().contains("3.04 万元"), found.getFirst());
        var same = new YearInput(
                2022,
                null,
                null,
                null,
                null,
                null,
                List.of(new YearInput.CarriedFigure(
                        "books:threePublicLastYear",
                        "上年三公经费支出",
                        new BigDecimal("3.040"),
                        "2022年部门账簿",
                        new BigDecimal("3.04"),
                        "")),
                last);
        assertEquals(List.of(), run(new LastYearFigureDiffers(), same));
    }

    static ItemFact rectification(long id, String text, String status, LocalDate doneOn, String note) {
        return new ItemFact(
                id,
                "RECTIFICATION",
                text,
                "办公室",
                LocalDate.of(2020, 6, 30),
                status,
                cn.jixiao.portal.evaluation.ItemStatus.valueOf(status).label(),
                doneOn,
                note,
                null);
    }

    /** Seed 003's findings as last year's rectification items: acceptance, payment, procurement records. */
    static final List<ItemFact> PROMISED = List.of(
            rectification(1, "尽快组织系统竣工验收，验收后按合同支付剩余款项", "OPEN", null, null),
            rectification(2, "补签合同签订日期，完善采购档案", "IN_PROGRESS", null, null),
            rectification(3, "环境效益指标补充佐证资料", "DONE", LocalDate.of(2020, 3, 1), "已补充节约纸张的统计台账"),
            rectification(4, "建立自助终端运行维护制度", "DONE", null, null));

    @Test
    void rectificationItemsNeitherCarriedNorReportedAreFound() {
        LastYear last = seed003(PROMISED, List.of());
        var carried =
                new ItemFact(9L, "RECTIFICATION", "补签合同签订日期，完善采购档案", "办公室", null, "IN_PROGRESS", "整改中", null, null, 2L);
        var input = new YearInput(2020, null, null, null, List.of(carried), null, null, last);
        var found = run(new RectificationNotReported(), input);
        // 1: not carried, not reported; 4: marked done with no date and nothing said of what was done
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).contains("“尽快组织系统竣工验收，验收后按合同支付剩余款项”"), found.get(0));
        assertTrue(found.get(0).contains("2019年度绩效自评（评价 #31）") && found.get(0).contains("未整改"), found.get(0));
        assertTrue(found.get(1).contains("运行维护制度"), found.get(1));
    }

    @Test
    void rectificationReportedInTheProblemsOrSuggestionsIsNotFound() {
        LastYear last = seed003(PROMISED, List.of());
        var narratives = new LinkedHashMap<String, String>();
        narratives.put("problems", "项目资金执行进度偏慢。");
        narratives.put("suggestions", "上年提出的整改事项中，系统已于2020年5月组织竣工验收，验收后已按合同支付剩余款项；自助终端运行维护制度已建立并印发。");
        var input = new YearInput(
                2020,
                List.of(report(narratives, List.of())),
                null,
                null,
                List.of(new ItemFact(9L, "RECTIFICATION", "x", null, null, "OPEN", "未整改", null, null, 2L)),
                null,
                null,
                last);
        assertEquals(List.of(), run(new RectificationNotReported(), input));
        // an unrelated paragraph is not a report on the item
        narratives.put("suggestions", "加强预算绩效管理，提高资金使用效益，做好信息公开工作。");
        var unrelated = new YearInput(
                2020,
                List.of(report(narratives, List.of())),
                null,
                null,
                List.of(new ItemFact(9L, "RECTIFICATION", "x", null, null, "OPEN", "未整改", null, null, 2L)),
                null,
                null,
                last);
        assertEquals(2, run(new RectificationNotReported(), unrelated).size());
    }

    /** Seed 004: 在职人员控制率 34 ÷ 30 = 113.33 % against a target of ≤ 100 %, scored 0 of 4. */
    static final IndicatorFact STAFF = indicator(21L, "在职人员控制率", "<=", "100", "113.33", "%", "4", "0");

    static final IndicatorFact THREE_PUBLIC = indicator(22L, "三公经费控制率", "<=", "100", "19.32", "%", "4", "4");

    @Test
    void seed004sMissedStaffControlRateDroppedSilentlyIsFound() {
        LastYear last = seed003(List.of(), List.of(STAFF, THREE_PUBLIC));
        var input = new YearInput(
                2022,
                null,
                List.of(indicator(31L, "公用经费控制率", "<=", "100", "100", "%", "4", "4")),
                null,
                null,
                null,
                null,
                last);
        var found = run(new MissedTargetDropped(), input);
        // 三公经费控制率 was met with full marks: dropping it is not this rule's business
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.getFirst().contains("在职人员控制率") && found.getFirst().contains("≤100%"), found.getFirst());
        assertTrue(found.getFirst().contains("113.33%") && found.getFirst().contains("0/4"), found.getFirst());
    }

    @Test
    void aMissedIndicatorKeptInTheTargetsOrDroppedWithAReasonIsNotFound() {
        LastYear last = seed003(List.of(), List.of(STAFF));
        var kept = new YearInput(
                2022,
                null,
                List.of(indicator(41L, "在职人员控制率不高于100%", "<=", "100", "96", "%", "4", "4")),
                null,
                null,
                null,
                null,
                last);
        assertEquals(List.of(), run(new MissedTargetDropped(), kept));
        var inTargets = new YearInput(2022, null, List.of(), List.of("在职人员控制率≤100%"), null, null, null, last);
        assertEquals(List.of(), run(new MissedTargetDropped(), inTargets));
        var narratives = Map.of("results", "因机构改革编制划转，在职人员控制率指标本年不再设置，改由编制部门考核。");
        var reason =
                new YearInput(2022, List.of(report(narratives, List.of())), List.of(), null, null, null, null, last);
        assertEquals(List.of(), run(new MissedTargetDropped(), reason));
    }

    @Test
    void noLastYearNoFinding() {
        var input = new YearInput(2020, null, List.of(), null, null, null, null, null);
        assertEquals(List.of(), YearRules.runAll(input));
    }

    /** Seed 004's 三公经费: 3.04 万元 in 2020, 1.41 万元 in 2021 (比上年减少1.63万元, 下降53.62%). */
    static YearInput seed004Change(String text) {
        var lastFacts = new NarrativeFacts.Builder()
                .amount(LastYearFacts.THREE_PUBLIC_TOPIC_SPENT, "三公经费支出", new BigDecimal("3.04"), "部门账簿的三公经费实际支出")
                .amount(
                        Lexicon.indicatorKey(LastYearFacts.THREE_PUBLIC_SPENT),
                        "三公经费支出",
                        new BigDecimal("3.04"),
                        "部门账簿的三公经费实际支出")
                .rate(Lexicon.EXECUTION_RATE, "预算执行率", new BigDecimal("95.00"), "自评表预算执行率")
                .build();
        var thisFacts = new NarrativeFacts.Builder()
                .amount(LastYearFacts.THREE_PUBLIC_TOPIC_SPENT, "三公经费支出", new BigDecimal("1.41"), "部门账簿的三公经费实际支出")
                .amount(
                        Lexicon.indicatorKey(LastYearFacts.THREE_PUBLIC_SPENT),
                        "三公经费支出",
                        new BigDecimal("1.41"),
                        "部门账簿的三公经费实际支出")
                .rate(Lexicon.EXECUTION_RATE, "预算执行率", new BigDecimal("100.00"), "自评表预算执行率")
                .build();
        var last = new LastYear(40, 2020, "2020年度部门整体支出绩效自评（评价 #40）", lastFacts, List.of(), List.of());
        var narratives = new LinkedHashMap<String, String>();
        narratives.put("basic", text);
        return new YearInput(
                2021, List.of(report(narratives, List.of())), List.of(), null, null, null, null, last, thisFacts);
    }

    @Test
    void seed004sChangeOfThreePublicExpensesWrittenRightGivesNothing() {
        assertEquals(List.of(), run(new StatedChangeDiffers(), seed004Change("2021年度“三公经费”支出1.41万元,比上年减少1.63万元。")));
        assertEquals(List.of(), run(new StatedChangeDiffers(), seed004Change("三公经费支出较上年下降53.62%。")));
        assertEquals(List.of(), run(new StatedChangeDiffers(), seed004Change("三公经费支出比2020年减少16300元。")));
        assertEquals(List.of(), run(new StatedChangeDiffers(), seed004Change("与上年相比，三公经费支出下降54%。")));
        // a rate's change (points or percent), a carry-over, a plain value: not compared
        assertEquals(
                List.of(),
                run(new StatedChangeDiffers(), seed004Change("预算执行率较上年提高5%。其中本年收入983.16万元，上年结转28万元。三公经费支出1.41万元。")));
    }

    @Test
    void seed004sChangeWrittenWithAnotherAmountOrTheWrongWayIsFound() {
        var amount = run(new StatedChangeDiffers(), seed004Change("2021年度“三公经费”支出1.41万元,比上年减少1.36万元。"));
        assertEquals(1, amount.size(), amount.toString());
        String message = amount.getFirst();
        assertTrue(message.contains("比上年减少1.36万元"), message);
        assertTrue(message.contains("1.41万元") && message.contains("3.04万元"), message);
        assertTrue(message.contains("按记录应为减少 1.63 万元"), message);
        assertTrue(message.contains("2020年度部门整体支出绩效自评（评价 #40）"), message);

        var direction = run(new StatedChangeDiffers(), seed004Change("三公经费支出比上年增加1.63万元。"));
        assertEquals(1, direction.size(), direction.toString());
        assertTrue(direction.getFirst().contains("比上年增加1.63万元")
                && direction.getFirst().contains("减少 1.63 万元"));

        // seed 004's 46.38 % is this year over last year, not the change: written as a decrease it is found
        var percent = run(new StatedChangeDiffers(), seed004Change("三公经费支出较上年下降46.38%。"));
        assertEquals(1, percent.size(), percent.toString());
        assertTrue(
                percent.getFirst().contains("46.38%") && percent.getFirst().contains("减少 53.62%"), percent.getFirst());
    }

    @Test
    void withoutThisYearsRecordsNoChangeIsCompared() {
        YearInput full = seed004Change("三公经费支出比上年增加1.63万元。");
        var without = new YearInput(full.year(), full.reports(), List.of(), null, null, null, null, full.lastYear());
        assertEquals(List.of(), run(new StatedChangeDiffers(), without));
    }
}
