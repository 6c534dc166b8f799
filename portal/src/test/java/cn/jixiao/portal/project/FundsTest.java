package cn.jixiao.portal.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.portal.project.Funds.LevelAmounts;
import cn.jixiao.portal.project.dto.FundsView;
import cn.jixiao.portal.project.web.FundsChart;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FundsTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void seed003MunicipalFundsGiveFullArrivalThirtyPercentExecutionAndTheBalance() {
        var funds = Funds.summarize(
                1,
                List.of(new LevelAmounts(FundingLevel.MUNICIPAL, d("358.392000"), d("358.392000"), d("107.517600"))),
                d("107.5176"));

        assertEquals(d("100.00"), funds.fundsArrivalRate());
        // 107.5176 / 358.392 is exactly 0.3: the seed's 30% is exact, not rounded
        assertEquals(d("30.00"), funds.budgetExecutionRate());
        assertEquals(d("250.8744"), funds.total().balance());
        assertEquals(d("250.8744"), funds.levels().get(0).balance());
        assertEquals("市财政", funds.levels().get(0).label());
        assertEquals(d("358.392"), funds.total().planned(), "no trailing zeros from numeric(16,6)");
        assertTrue(funds.spentMatchesEntries());
    }

    @Test
    void totalsAddUpEveryLevelAndLevelsComeInTheFormsOrder() {
        var funds = Funds.summarize(
                1,
                List.of(
                        new LevelAmounts(FundingLevel.OTHER, d("1"), d("1"), d("0.5")),
                        new LevelAmounts(FundingLevel.CENTRAL, d("100"), d("80"), d("20")),
                        new LevelAmounts(FundingLevel.COUNTY, d("10"), d("10"), d("10"))),
                d("30.5"));

        assertEquals(
                List.of(FundingLevel.CENTRAL, FundingLevel.COUNTY, FundingLevel.OTHER),
                funds.levels().stream().map(FundsView.LevelFunds::level).toList());
        assertEquals(d("111"), funds.total().planned());
        assertEquals(d("91"), funds.total().arrived());
        assertEquals(d("30.5"), funds.total().spent());
        assertEquals(d("60.5"), funds.total().balance());
        // 91 / 111 = 81.9819… → 81.98; 30.5 / 91 = 33.5164… → 33.52
        assertEquals(d("81.98"), funds.fundsArrivalRate());
        assertEquals(d("33.52"), funds.budgetExecutionRate());
    }

    @Test
    void zeroPlannedOrArrivedIsNotApplicableNotAnError() {
        var none = Funds.summarize(1, List.of(), null);
        assertNull(none.fundsArrivalRate(), "no funds: 不适用");
        assertNull(none.budgetExecutionRate());
        assertEquals(BigDecimal.ZERO, none.total().balance());
        assertTrue(none.spentMatchesEntries(), "nothing reported, nothing entered");

        var nothingArrived = Funds.summarize(
                1, List.of(new LevelAmounts(FundingLevel.PROVINCIAL, d("50"), d("0"), d("0"))), BigDecimal.ZERO);
        assertEquals(d("0.00"), nothingArrived.fundsArrivalRate());
        assertNull(nothingArrived.budgetExecutionRate(), "spent / 0 arrived is 不适用");
    }

    @Test
    void ratesRoundHalfUpToTwoDecimals() {
        // 1 / 32 = 3.125 % → 3.13 half-up (half-even would give 3.12)
        var funds = Funds.summarize(
                1, List.of(new LevelAmounts(FundingLevel.COUNTY, d("32"), d("1"), d("0.03125"))), BigDecimal.ZERO);
        assertEquals(d("3.13"), funds.fundsArrivalRate());
        assertEquals(d("3.13"), funds.budgetExecutionRate());
    }

    @Test
    void spendingThatDiffersFromTheEntriesIsFlagged() {
        var funds = Funds.summarize(
                1, List.of(new LevelAmounts(FundingLevel.MUNICIPAL, d("10"), d("10"), d("4"))), d("3.5"));
        assertFalse(funds.spentMatchesEntries());
        assertEquals(d("3.5"), funds.expenditureTotal());
    }

    @Test
    void theChartScalesEveryBarToTheLargestAmount() {
        var funds = Funds.summarize(
                1,
                List.of(new LevelAmounts(FundingLevel.MUNICIPAL, d("358.392"), d("358.392"), d("107.5176"))),
                BigDecimal.ZERO);
        var chart = FundsChart.of(funds);
        var bars = chart.groups().get(0).bars();
        double full = Double.parseDouble(bars.get(0).height());
        assertEquals(full, Double.parseDouble(bars.get(1).height()), 0.01, "arrived = planned");
        assertEquals(full * 0.3, Double.parseDouble(bars.get(2).height()), 0.1, "spent is 30% of planned");
        assertTrue(FundsChart.of(Funds.summarize(1, List.of(), null)).isEmpty());
    }
}
