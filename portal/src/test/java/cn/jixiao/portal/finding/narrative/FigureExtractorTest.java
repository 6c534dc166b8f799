package cn.jixiao.portal.finding.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The extractor on sentences written the way the seeds write them (our fixtures, the seeds' figures). */
class FigureExtractorTest {
    final FigureExtractor extractor = new FigureExtractor(Lexicon.of(List.of("决策", "过程", "产出", "效益"), List.of()));

    List<StatedFigure> figures(String text) {
        return extractor.extract("basic", text);
    }

    StatedFigure only(String text) {
        var all = figures(text);
        assertEquals(1, all.size(), () -> "figures of " + text + ": " + all);
        return all.getFirst();
    }

    static String key(StatedFigure f) {
        return f.quantity() == null ? null : f.quantity().key();
    }

    @Test
    void aRateWrittenWithTwoDecimalsAgreesOnlyToHalfAHundredth() {
        StatedFigure f = only("2018年全年项目资金执行情况良好，预算执行率为100.00%。");
        assertEquals(Lexicon.EXECUTION_RATE, key(f));
        assertEquals(FigureKind.RATE, f.kind());
        assertEquals(0, new BigDecimal("100.00").compareTo(f.value()));
        assertTrue(f.agrees(new BigDecimal("99.996"), BigDecimal.ZERO));
        assertFalse(f.agrees(new BigDecimal("99.99"), BigDecimal.ZERO));
    }

    @Test
    void aWholePercentAgreesWithinHalfAPoint() {
        StatedFigure f = only("资金到位率达到95%");
        assertEquals(Lexicon.ARRIVAL_RATE, key(f));
        assertTrue(f.agrees(new BigDecimal("95.2"), BigDecimal.ZERO));
        assertFalse(f.agrees(new BigDecimal("95.6"), BigDecimal.ZERO));
    }

    @Test
    void amountsInYuanAreNormalisedToWan() {
        StatedFigure f = only("该局与保安服务公司签订的劳务合同金额合计1,860,480.00元");
        assertEquals(FigureKind.AMOUNT, f.kind());
        assertEquals("万元", f.unit());
        assertEquals(0, new BigDecimal("186.048").compareTo(f.value()));
    }

    @Test
    void theLongestNameAtTheNearestPlaceWins() {
        var all = figures("部门财政年初预算资金1011.16万元，调整28.15万元，调整后预算资金983.01万元");
        assertEquals(Lexicon.INITIAL_BUDGET, key(all.get(0)));
        assertNull(key(all.get(1)), "调整28.15万元 is a change, and 年初预算资金 belongs to the figure before it");
        assertEquals(Lexicon.BUDGET, key(all.get(2)));
        StatedFigure spent = only("实际使用项目资金200万元");
        assertEquals(Lexicon.SPENT, key(spent));
    }

    @Test
    void aCountBeforeItsNounTakesTheNounButALongerDeviceNameIsNotTheTotal() {
        assertEquals(Lexicon.DEVICE_COUNT, key(only("计划配置7类共27台自助终端并投入试运行")));
        assertNull(key(only("企业自助登记及营业执照自助终端3台")));
        assertEquals(Lexicon.DEVICE_COUNT, key(only("旗政务局采购自助设备27台")));
    }

    @Test
    void scoresLevelsWeightsAndGrades() {
        var all = figures("决策：满分15分，得11.55分，得分率77.00%");
        assertNull(key(all.get(0)), "满分15分 is the weight");
        assertEquals(Lexicon.levelKey("决策"), key(all.get(1)));
        assertEquals(Lexicon.SCORE_RATE, key(all.get(2)));

        var total = figures("综合得分85.27分（取整为85分），评价等级为“良”。");
        assertEquals(Lexicon.TOTAL_SCORE, key(total.get(0)));
        assertNull(key(total.get(1)), "the rounded score belongs to no name of its own");
        StatedFigure grade = total.get(2);
        assertEquals(FigureKind.GRADE, grade.kind());
        assertEquals("良", grade.grade());
        var selfScored = figures("经逐项对照自评，自评得分95分，本次绩效评价各项工作自评结果:优秀");
        assertEquals(Lexicon.TOTAL_SCORE, key(selfScored.get(0)));
        assertEquals("优", selfScored.get(1).grade());
    }

    @Test
    void aNameUnderATopicIsTheTopicsNotTheReports() {
        var all = figures("三公经费：2021年预算7.30万元，实际支出1.41万元，三公经费控制率为19.32%");
        StatedFigure spent = all.get(1);
        assertTrue(key(spent).startsWith("三公·"), key(spent));
        assertEquals("THREE_PUBLIC_CONTROL_RATE", key(all.get(2)));
        assertEquals(
                "PROCUREMENT_EXECUTION_RATE",
                key(figures("政府采购：预算22.43万元，实际采购22.43万元，执行率100%").get(2)));
    }

    @Test
    void changesTargetsAndBoundsDoNotStateTheQuantity() {
        var change = figures("全程网办率67.95%，同比提高19.87%");
        assertNull(key(change.get(1)));
        assertTrue(only("政务服务事项网上可办率目标不低于70%").hedged());
        Lexicon withIndicator = Lexicon.of(List.of(), List.of(new Lexicon.Indicator("政务服务事项网上可办率不低于70%", "%")));
        StatedFigure target = new FigureExtractor(withIndicator)
                .extract("s", "政务服务事项网上可办率目标为70%")
                .getFirst();
        assertEquals(Lexicon.indicatorKey("政务服务事项网上可办率"), key(target));
        assertTrue(target.hedged());
        assertTrue(only("满意度约95%").hedged());
        assertNull(key(only("事业编制较上年增加3名")));
        assertNull(key(only("较上年增加3名事业编制")), "a change, with the name after the number");
        assertEquals("INSTITUTION_QUOTA", key(only("核定9名事业编制")));
        assertTrue(only("预算执行率在90%以上").hedged());
    }

    @Test
    void aSignedChangeRateKeepsItsSignAndRangesAreNotNegative() {
        StatedFigure f = only("三公经费变动率为-53.62%");
        assertEquals(Lexicon.THREE_PUBLIC_CHANGE_RATE, key(f));
        assertEquals(0, new BigDecimal("-53.62").compareTo(f.value()));
        assertTrue(figures("1-11月受理工单30644件").stream().allMatch(x -> x.value().signum() > 0));
    }

    @Test
    void theSeedsOtherWaysOfStatingTheirFigures() {
        // seed 002: an amount after a dash, and both rates with two decimals
        var baoshan = figures("下达项目资金—200万元，项目资金到位率为100.00%");
        assertEquals(Lexicon.BUDGET, key(baoshan.get(0)));
        assertEquals(0, new BigDecimal("200").compareTo(baoshan.get(0).value()));
        assertEquals(Lexicon.ARRIVAL_RATE, key(baoshan.get(1)));
        // seed 001: a department's completion rate
        assertEquals("BUDGET_COMPLETION_RATE", key(only("2021年度部门整体支出预算完成率为81.38%")));
        // seed 004: staff and quota in 名 and 人 are the same unit
        var staff = figures("2021年度在职编制数为30人，其中：行政编制17名、事业编制13名");
        assertEquals("STAFF_QUOTA", key(staff.get(0)));
        assertEquals("人", staff.get(1).unit());
        assertEquals("INSTITUTION_QUOTA", key(staff.get(2)));
        // seed 003: amounts without a unit (the table's 万元 header) are not read as figures
        assertTrue(figures("实际支出：107.5176，其中市财政107.5176，会计凭证号2019年12月47#").isEmpty());
    }

    @Test
    void placeholdersAreTheRecordsOwnAndNotChecked() {
        assertTrue(figures("预算执行率为{预算执行率}，总分{总分}分").isEmpty());
    }

    @Test
    void durationsCodesAndDatesAreNotFigures() {
        assertTrue(figures("3个月完成项目开发，15分钟便民服务圈，保财行〔2018〕26号，7×24小时").isEmpty());
    }
}
