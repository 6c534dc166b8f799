package cn.jixiao.portal.finding.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.narrative.NarrativeFacts.Alternative;
import cn.jixiao.portal.finding.narrative.NarrativeFacts.RateDefinition;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each narrative rule on the seeds' own figures (written here as fixtures) and on clean counter-examples. */
class NarrativeRulesTest {
    static final Map<String, String> TITLES = Map.of("basic", "一、项目基本情况", "indicators", "四、指标完成情况");

    /** Seed 003's funds: 358.392 万元 planned and arrived, 107.5176 spent (30.00 %); 98 points, 优. */
    static NarrativeFacts yueyang() {
        BigDecimal initial = new BigDecimal("400");
        BigDecimal budget = new BigDecimal("358.392");
        BigDecimal spent = new BigDecimal("107.5176");
        BigDecimal execution = new BigDecimal("30.00");
        return new NarrativeFacts.Builder()
                .rate(Lexicon.EXECUTION_RATE, "预算执行率", execution, "本报告自评表（全年执行数 107.5176 万元 ÷ 全年预算数 358.392 万元）")
                .rate(Lexicon.ARRIVAL_RATE, "资金到位率", new BigDecimal("89.60"), "项目资金记录")
                .amount(Lexicon.BUDGET, "全年预算数", budget, "本报告自评表")
                .amount(Lexicon.SPENT, "全年执行数", spent, "本报告自评表")
                .score(Lexicon.TOTAL_SCORE, "总分", new BigDecimal("98"), "评价总分")
                .grade("优", "评价等级")
                .definition(new RateDefinition(
                        Lexicon.EXECUTION_RATE,
                        "预算执行率",
                        execution,
                        "全年执行数 ÷ 全年预算数",
                        List.of(new Alternative("支出占年初预算比例", "全年执行数 ÷ 年初预算数", NarrativeFacts.ratio(spent, initial))),
                        false))
                .build();
    }

    /** Seed 004's 三公经费: 1.41 万元 this year, 3.04 last year, budget 7.30. */
    static NarrativeFacts baoshan() {
        BigDecimal actual = new BigDecimal("1.41");
        BigDecimal last = new BigDecimal("3.04");
        return new NarrativeFacts.Builder()
                .definition(new RateDefinition(
                        Lexicon.THREE_PUBLIC_CHANGE_RATE,
                        "三公经费变动率",
                        NarrativeFacts.ratio(actual.subtract(last), last),
                        "（本年三公经费 − 上年三公经费）÷ 上年三公经费",
                        List.of(new Alternative("本年占上年比例", "本年三公经费 ÷ 上年三公经费", NarrativeFacts.ratio(actual, last))),
                        true))
                .build();
    }

    static List<FindingDraft> run(NarrativeRule rule, NarrativeFacts facts, String... sectionsAndTexts) {
        Map<String, String> narratives = new LinkedHashMap<>();
        for (int i = 0; i + 1 < sectionsAndTexts.length; i += 2) {
            narratives.put(sectionsAndTexts[i], sectionsAndTexts[i + 1]);
        }
        var input = NarrativeInput.of(7, narratives, TITLES, Lexicon.of(List.of("决策", "过程"), List.of()), facts);
        return rule.run(input);
    }

    @Test
    void aWrongExecutionRateIsFoundWithTheSentenceAndBothValues() {
        var found = run(new FigureDiffersFromRecords(), yueyang(), "basic", "项目已完成合同支付，预算执行率为100.00%。");
        assertEquals(1, found.size());
        FindingDraft d = found.getFirst();
        assertTrue(d.message().contains("「项目已完成合同支付，预算执行率为100.00%」"), d.message());
        assertTrue(d.message().contains("30.00%") && d.message().contains("100.00%"), d.message());
        assertEquals("项目已完成合同支付，预算执行率为100.00%", d.evidence().get("sentence"));
        assertEquals("basic", d.evidence().get("section"));
        assertEquals("预算执行率", d.evidence().get("quantity"));
        assertEquals(
                0, new BigDecimal("100.00").compareTo((BigDecimal) d.evidence().get("stated")));
        assertEquals(
                0, new BigDecimal("30.00").compareTo((BigDecimal) d.evidence().get("recorded")));
        assertTrue(d.subjectKey().startsWith("report:7:basic:"));
    }

    @Test
    void figuresThatAgreeAtTheirPrecisionAreClean() {
        assertTrue(run(
                        new FigureDiffersFromRecords(),
                        yueyang(),
                        "basic",
                        "实际支出107.5176万元，预算执行率30%；全年预算数358.392万元，资金到位率89.6%。综合得分98分，评价等级为“优秀”。")
                .isEmpty());
    }

    @Test
    void aWrongScoreGradeOrAmountIsFound() {
        var found = run(new FigureDiffersFromRecords(), yueyang(), "basic", "综合得分95分，等级为“良”。全年执行数358.392万元。");
        assertEquals(3, found.size(), found::toString);
    }

    @Test
    void seed000DeviceCountRepeatedInThreeSectionsIsOneFindingAgainstTheLedger() {
        var ledger = new NarrativeFacts.Builder()
                .count(Lexicon.DEVICE_COUNT, "自助终端数量", new BigDecimal("18"), "台", "设备台账（未报废的设备）")
                .rate("DEVICE_ACCEPTED_RATE", "设备验收合格率", new BigDecimal("66.67"), "设备台账（12/18 台已验收）")
                .build();
        var found = run(
                new FigureDiffersFromRecords(),
                ledger,
                "basic",
                "计划建成6处政务自助便民服务点，配置7类共27台自助终端并投入试运行。",
                "indicators",
                "27台自助终端中，验收合格的占77.78%。逐台核查27台自助终端与业务系统的对接情况。");
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.getFirst().message().contains("18台")
                && found.getFirst().message().contains("另见 2 处"));
        assertEquals(3, found.getFirst().evidence().get("occurrences"));
        assertTrue(found.get(1).message().contains("66.67%"));
        assertTrue(run(new FigureDiffersFromRecords(), ledger, "basic", "共配置18台自助终端，验收合格率66.67%。")
                .isEmpty());
    }

    @Test
    void anExecutionRateOverTheInitialBudgetIsMislabelledNotJustWrong() {
        // 107.5176 ÷ 400 = 26.88 %: spent over the initial budget, stated as the 预算执行率
        String text = "预算执行率为26.88%。";
        var mislabelled = run(new StatedRateMislabelled(), yueyang(), "basic", text);
        assertEquals(1, mislabelled.size());
        assertTrue(mislabelled.getFirst().message().contains("全年执行数 ÷ 年初预算数"));
        assertTrue(run(new FigureDiffersFromRecords(), yueyang(), "basic", text).isEmpty(), "reported once");
        assertTrue(run(new StatedRateMislabelled(), yueyang(), "basic", "预算执行率为30.00%。")
                .isEmpty());
    }

    @Test
    void seed004ThreePublicChangeRateIsThisYearOverLastYear() {
        var found =
                run(new StatedRateMislabelled(), baoshan(), "basic", "2021年度三公经费支出1.41万元，比上年减少1.63万元。三公经费变动率为46.38%。");
        assertEquals(1, found.size());
        assertTrue(
                found.getFirst().message().contains("-53.62%"), found.getFirst().message());
        assertTrue(run(new StatedRateMislabelled(), baoshan(), "basic", "三公经费变动率为-53.62%。")
                .isEmpty());
        assertTrue(run(new FigureDiffersFromRecords(), baoshan(), "basic", "三公经费变动率为-53.62%。")
                .isEmpty());
    }

    @Test
    void seed004StaffBreakdownDiffersBetweenSections() {
        var found = run(
                new SameQuantityDiffers(),
                NarrativeFacts.none(),
                "basic",
                "2021年度年末实有在职人数34人，其中行政人员24人、事业人员10人。",
                "indicators",
                "2021年度实际在职人数为34人（行政人员23人、事业人员11人），机构编制人数为30人。");
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.getFirst().message().contains("24人")
                && found.getFirst().message().contains("23人"));
        assertTrue(found.getFirst().message().contains("四、指标完成情况"));
        assertTrue(run(
                        new SameQuantityDiffers(),
                        NarrativeFacts.none(),
                        "basic",
                        "年末实有在职人数34人，其中行政人员24人、事业人员10人。",
                        "indicators",
                        "实际在职人数为34人（行政人员24人、事业人员10人）。")
                .isEmpty());
    }

    @Test
    void seed004HotlinePartsMakeTheNumberReceivedNotClosed() {
        var found = run(
                new PartsDoNotAddUp(),
                NarrativeFacts.none(),
                "basic",
                "1—11月共受理工单30644件，办结30371件（交办6897件、直接答复23747件），正在处理273件，办结率99.11%。");
        assertEquals(1, found.size(), found::toString);
        assertTrue(
                found.getFirst().message().contains("30644件"), found.getFirst().message());
    }

    @Test
    void partsAfterAmongMustAddUp() {
        assertEquals(
                1,
                run(new PartsDoNotAddUp(), NarrativeFacts.none(), "basic", "项目资金共计500万元，其中中央资金300万元、县级资金150万元。")
                        .size());
        assertTrue(run(
                        new PartsDoNotAddUp(),
                        NarrativeFacts.none(),
                        "basic",
                        "决算支出983.01万元，其中基本支出546.28万元、项目支出436.73万元，重点项目支出即为全部项目支出436.73万元。"
                                + "中标价3583920元，其中软件开发2225000元、硬件采购1358920元。"
                                + "实际到位358.392万元，其中市财政358.392万元。项目绩效（55分，其中产出15分、效果40分）")
                .isEmpty());
        assertEquals(
                1,
                run(new PartsDoNotAddUp(), NarrativeFacts.none(), "basic", "全年收入共计100万元，其中财政拨款120万元。")
                        .size(),
                "one part larger than the total");
    }

    /** Every rule's findings on a report of {@code year}, as "CODE message". */
    static List<String> runAllOfYear(NarrativeFacts facts, Integer year, String basic) {
        var input = NarrativeInput.of(
                7, Map.of("basic", basic), TITLES, Lexicon.of(List.of("决策", "过程"), List.of()), facts, year);
        return NarrativeRules.runAll(input).stream()
                .map(f -> f.rule().code() + " " + f.draft().message())
                .toList();
    }

    /** What a 2062 report says of 2061, in each wording, against 2062's records (seed 003's figures). */
    static final String LAST_YEAR_WORDED = "上年评价等级为“良”。上年度综合得分85分，上一年度全年执行数为200万元。"
            + "去年资金到位率为95%。上年满意度为90%。本年满意度为95%。" // not in the records: two years, not two values
            + "本年比上年增加预算资金50万元，同比下降2.5%。";

    static final String LAST_YEAR_SENTENCES = LAST_YEAR_WORDED
            + "2061年预算执行率为80%。2061年，全年预算数为300万元。"
            + "2061年预算执行率为26.88%。"; // 107.5176 ÷ 400: this year's 支出占年初预算比例, but last year's rate

    @Test
    void lastYearsFiguresAreNotComparedWithThisYearsRecords() {
        assertEquals(List.of(), runAllOfYear(yueyang(), 2062, LAST_YEAR_SENTENCES));
        // in a report of unknown year 上年 and its like still mark last year
        assertEquals(List.of(), runAllOfYear(yueyang(), null, LAST_YEAR_WORDED));
    }

    @Test
    void aWrongThisYearFigureBesideLastYearsIsStillFound() {
        var found = runAllOfYear(
                yueyang(),
                2062,
                LAST_YEAR_SENTENCES + "上年评价等级为“良”，本年预算执行率为100.00%。2062年综合得分95分，评价等级为“良”。" + "与上年相比，预算执行率为26.88%。");
        assertEquals(4, found.size(), found::toString);
        assertTrue(
                found.get(0).startsWith(FigureDiffersFromRecords.CODE)
                        && found.get(0).contains("100.00%"),
                found::toString);
        assertTrue(found.get(1).contains("95分") && found.get(1).contains("98"), found::toString);
        assertTrue(found.get(2).contains("为良") && found.get(2).contains("优"), found::toString);
        assertTrue(found.get(3).startsWith(StatedRateMislabelled.CODE), found::toString);
    }

    @Test
    void theReportsOwnYearNumberIsThisYear() {
        String text = "2061年预算执行率为80%，2061年评价等级为“良”。";
        assertEquals(List.of(), runAllOfYear(yueyang(), 2062, text));
        assertEquals(2, runAllOfYear(yueyang(), 2061, text).size(), "in a 2061 report 2061 is this year");
    }

    @Test
    void everyRuleHasACodeAChineseDescriptionAndASeverity() {
        for (NarrativeRule rule : NarrativeRules.ALL) {
            assertTrue(rule.code().matches("[A-Z_]+"));
            assertTrue(Character.isIdeographic(rule.description().charAt(0)));
            assertTrue(rule.description().contains(" ("));
        }
        assertEquals(4, NarrativeRules.CODES.size());
    }
}
