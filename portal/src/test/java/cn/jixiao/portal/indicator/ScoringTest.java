package cn.jixiao.portal.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each scoring rule on the seeds' own figures (003: 岳阳一窗受理, 000: 伊金霍洛旗自助终端). */
class ScoringTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static String score(Scoring.Leaf leaf) {
        return Scoring.score(leaf).map(BigDecimal::toPlainString).orElse("none");
    }

    private static Scoring.Leaf proportional(String weight, String comparator, String target, String actual) {
        return new Scoring.Leaf(
                ScoringRule.PROPORTIONAL,
                null,
                d(weight),
                comparator,
                d(target),
                actual == null ? null : d(actual),
                null);
    }

    @Test
    void costUnderItsCeilingGetsFullMarks() {
        // 003 成本指标: 总成本不超过359万, actual 358.392万, weight 3
        assertEquals("3.00", score(proportional("3", "<=", "359", "358.392")));
    }

    @Test
    void costOverItsCeilingLosesInProportion() {
        // the same ceiling exceeded: 359 / 400 of 3 = 2.6925 → 2.69
        assertEquals("2.69", score(proportional("3", "<=", "359", "400")));
    }

    @Test
    void aTargetMetExactlyGetsFullMarks() {
        // 003 数量指标: 政务服务事项网上可办率不低于70%, actual 70%, weight 5
        assertEquals("5.00", score(proportional("5", ">=", "70", "70")));
    }

    @Test
    void aPartialCompletionScoresItsShareRoundedToTwoDecimals() {
        // 77.78% against 100% on weight 5 = 3.889 → 3.89
        assertEquals("3.89", score(proportional("5", ">=", "100", "77.78")));
    }

    @Test
    void overachievementIsCappedAtTheWeightUnlessTheCapAllowsMore() {
        assertEquals("5.00", score(proportional("5", ">=", "100", "130")));
        var capped = new Scoring.Leaf(
                ScoringRule.PROPORTIONAL,
                new RuleParams(List.of(), List.of(), d("1.2")),
                d("5"),
                ">=",
                d("100"),
                d("130"),
                null);
        assertEquals("5.00", score(capped), "a cap above 1 still never passes the weight");
    }

    @Test
    void noActualValueMeansNoScoreYet() {
        assertEquals("none", score(proportional("5", ">=", "100", null)));
    }

    @Test
    void satisfactionBandsOfSeed003() {
        var bands = new RuleParams(
                List.of(
                        new RuleParams.Band(d("90"), d("1")),
                        new RuleParams.Band(d("80"), d("0.75")),
                        new RuleParams.Band(d("70"), d("0.5")),
                        new RuleParams.Band(d("60"), d("0.25"))),
                List.of(),
                null);
        String[][] cases = {
            {"95", "8.00"}, {"90", "8.00"}, {"85", "6.00"}, {"75", "4.00"}, {"65", "2.00"}, {"50", "0.00"}
        };
        for (String[] c : cases) {
            var leaf = new Scoring.Leaf(ScoringRule.BANDS, bands, d("8"), null, null, d(c[0]), null);
            assertEquals(c[1], score(leaf), "satisfaction " + c[0] + "%");
        }
    }

    @Test
    void bandsWithoutParametersUseTheNationalBands() {
        var leaf = new Scoring.Leaf(ScoringRule.BANDS, null, d("10"), null, null, d("85"), null);
        assertEquals("7.50", score(leaf));
    }

    @Test
    void fundsArrivalRateFromTheRecordsOfSeed003() {
        // 资金到位率 = 358.392 / 358.392 = 100%, weight 3
        BigDecimal rate = d("358.392").multiply(d("100")).divide(d("358.392"), 6, java.math.RoundingMode.HALF_UP);
        var leaf = new Scoring.Leaf(ScoringRule.RECORD, null, d("3"), null, null, rate, null);
        assertEquals("3.00", score(leaf));
    }

    @Test
    void deviceRatesOfSeed000AreTheWeightTimesTheRate() {
        // 设备验收合格率 77.78%, 设备投入使用率 81.48% (27 devices), weight 6 each
        var accepted = new Scoring.Leaf(ScoringRule.RECORD, null, d("6"), null, null, d("77.78"), null);
        var inService = new Scoring.Leaf(ScoringRule.RECORD, null, d("6"), null, null, d("81.48"), null);
        assertEquals("4.67", score(accepted));
        assertEquals("4.89", score(inService));
    }

    @Test
    void aRecordRateWhereLessIsBetterReadsTheTemplatesOwnTarget() {
        // 004 预算调整率 28.15 / 1011.16 = 2.78%, template target ≤ 5% → full marks; 10% → half
        var params = new RuleParams(List.of(), List.of(), null, "<=", d("5"));
        assertEquals("3.00", score(new Scoring.Leaf(ScoringRule.RECORD, params, d("3"), null, null, d("2.78"), null)));
        assertEquals("1.50", score(new Scoring.Leaf(ScoringRule.RECORD, params, d("3"), null, null, d("10"), null)));
        // 004 在职人员控制率 34 / 30 = 113.33% against ≤ 100%: 100 / 113.33 of 4 = 3.53
        var staff = new RuleParams(List.of(), List.of(), null, "<=", d("100"));
        assertEquals("3.53", score(new Scoring.Leaf(ScoringRule.RECORD, staff, d("4"), null, null, d("113.33"), null)));
    }

    @Test
    void theEvaluationsOwnTargetWinsOverTheTemplateDefault() {
        var params = new RuleParams(List.of(), List.of(), null, "<=", d("5"));
        var leaf = new Scoring.Leaf(ScoringRule.PROPORTIONAL, params, d("10"), ">=", d("80"), d("60"), null);
        assertEquals("7.50", score(leaf));
    }

    @Test
    void yesNoIsAllOrNothing() {
        assertEquals("1.00", score(new Scoring.Leaf(ScoringRule.YES_NO, null, d("1"), null, null, null, Set.of(0))));
        assertEquals("0.00", score(new Scoring.Leaf(ScoringRule.YES_NO, null, d("1"), null, null, null, Set.of())));
    }

    @Test
    void checklistAddsThePointsOfTheCriteriaMet() {
        // 003 目标内容: ①–④ 1 point each, all met → 4
        var goals = RuleParams.checklist(List.of(
                new RuleParams.ChecklistItem("①设有目标", d("1")),
                new RuleParams.ChecklistItem("②目标明确", d("1")),
                new RuleParams.ChecklistItem("③目标细化", d("1")),
                new RuleParams.ChecklistItem("④目标量化", d("1"))));
        assertEquals(
                "4.00",
                score(new Scoring.Leaf(ScoringRule.CHECKLIST, goals, d("4"), null, null, null, Set.of(0, 1, 2, 3))));
        // 003 决策程序: 2 + 1 + 1
        var procedure = RuleParams.checklist(List.of(
                new RuleParams.ChecklistItem("①符合申报条件", d("2")),
                new RuleParams.ChecklistItem("②申报、批复程序符合管理办法", d("1")),
                new RuleParams.ChecklistItem("③项目调整履行了相应手续", d("1"))));
        assertEquals(
                "4.00",
                score(new Scoring.Leaf(ScoringRule.CHECKLIST, procedure, d("4"), null, null, null, Set.of(0, 1, 2))));
        assertEquals(
                "3.00",
                score(new Scoring.Leaf(ScoringRule.CHECKLIST, procedure, d("4"), null, null, null, Set.of(0, 2))));
    }

    @Test
    void alternativeChecklistCriteriaNeverPassTheWeight() {
        // 003 到位时效: ①2 / ②1 / ③0.5 are alternatives; ticking two still gives at most 2
        var timing = RuleParams.checklist(List.of(
                new RuleParams.ChecklistItem("①到位及时", d("2")),
                new RuleParams.ChecklistItem("②不及时但未影响项目进度", d("1")),
                new RuleParams.ChecklistItem("③不及时并影响项目进度", d("0.5"))));
        assertEquals(
                "0.50", score(new Scoring.Leaf(ScoringRule.CHECKLIST, timing, d("2"), null, null, null, Set.of(2))));
        assertEquals(
                "2.00", score(new Scoring.Leaf(ScoringRule.CHECKLIST, timing, d("2"), null, null, null, Set.of(0, 1))));
    }

    @Test
    void manualIsNeverComputed() {
        assertTrue(Scoring.score(new Scoring.Leaf(ScoringRule.MANUAL, null, d("7"), null, null, d("7"), Set.of(0)))
                .isEmpty());
    }

    @Test
    void completionOfALessIsBetterTargetOfZeroIsMetByZero() {
        assertEquals(
                0,
                BigDecimal.ONE.compareTo(Scoring.completion("<=", BigDecimal.ZERO, BigDecimal.ZERO)
                        .orElseThrow()));
    }

    @Test
    void ruleParametersKeepTheirShapeAsJson() throws Exception {
        var json = new ObjectMapper();
        var params = new RuleParams(List.of(new RuleParams.Band(d("90"), d("1"))), List.of(), d("1.2"), "<=", d("5"));
        var back = json.readValue(json.writeValueAsString(params), RuleParams.class);
        assertEquals(params, back);
        var old = json.readValue("{\"bands\":[],\"items\":[],\"cap\":null}", RuleParams.class);
        assertEquals(RuleParams.NONE, old, "parameters saved before comparator and target read as before");
    }
}
