package cn.jixiao.portal.ratio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each department ratio from the figures of seed 004 (保山市政务服务管理局, 2021), and its edge cases. */
class RatioSetTest {
    /** Seed 004's books: 983.16 + 28 budget, 983.01 spent, −28.15 adjusted, and so on. */
    static final BudgetFigures BAOSHAN = new BudgetFigures(
            d("1011.16"),
            d("983.01"),
            d("28.15"),
            d("7.30"),
            d("1.41"),
            d("3.04"),
            d("66.41"),
            d("66.41"),
            d("22.43"),
            d("22.43"),
            d("1238.04"),
            d("1238.04"));

    static final StaffFigures BAOSHAN_STAFF = new StaffFigures(30, 34);

    static final RatioSet SEED = RatioSet.of(BAOSHAN, BAOSHAN_STAFF);

    @Test
    void staffControlRateIsActualStaffOverQuota() {
        assertEquals(d("113.33"), SEED.value(RatioKey.STAFF_CONTROL));
        assertEquals(d("34"), SEED.get(RatioKey.STAFF_CONTROL).numerator());
        assertEquals(d("30"), SEED.get(RatioKey.STAFF_CONTROL).denominator());
    }

    @Test
    void threePublicControlRateIsActualOverBudget() {
        assertEquals(d("19.32"), SEED.value(RatioKey.THREE_PUBLIC_CONTROL));
    }

    @Test
    void threePublicChangeRateIsNegativeWhenSpendingFell() {
        // the seed prints 46.38%, which is 1.41 / 3.04; the change is (1.41 − 3.04) / 3.04
        assertEquals(d("-53.62"), SEED.value(RatioKey.THREE_PUBLIC_CHANGE));
        assertEquals(d("-1.63"), SEED.get(RatioKey.THREE_PUBLIC_CHANGE).numerator());
        assertEquals("-53.62%", SEED.get(RatioKey.THREE_PUBLIC_CHANGE).display());
    }

    @Test
    void publicFundsProcurementAndFixedAssetRatesAreAHundredWhenFullyUsed() {
        assertEquals(d("100.00"), SEED.value(RatioKey.PUBLIC_FUNDS_CONTROL));
        assertEquals(d("100.00"), SEED.value(RatioKey.PROCUREMENT_EXECUTION));
        assertEquals(d("100.00"), SEED.value(RatioKey.FIXED_ASSET_UTILIZATION));
    }

    @Test
    void budgetAdjustmentRateIsAdjustedAmountOverInitialBudget() {
        assertEquals(d("2.78"), SEED.value(RatioKey.BUDGET_ADJUSTMENT)); // 28.15 / 1011.16 = 2.7839…%
    }

    @Test
    void budgetCompletionRateIsFinalAccountsOverInitialBudget() {
        assertEquals(d("97.22"), SEED.value(RatioKey.BUDGET_COMPLETION)); // 983.01 / 1011.16 = 97.2160…%
        // seed 001 prints 81.38% for 伊金霍洛旗政务服务局; the demo books give it as 446.26 / 548.36
        var yijinhuoluo = new BudgetFigures(
                d("548.36"), d("446.26"), d("25"), null, null, null, null, null, null, null, null, null);
        assertEquals(d("81.38"), RatioSet.of(yijinhuoluo, null).value(RatioKey.BUDGET_COMPLETION));
    }

    @Test
    void zeroBaseIsNotApplicableNotAnError() {
        var zero = new BudgetFigures(
                BigDecimal.ZERO,
                d("5"),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                d("1"),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO);
        var set = RatioSet.of(zero, new StaffFigures(0, 3));
        for (RatioKey key : RatioKey.values()) {
            assertNull(set.value(key), key.key);
            assertEquals("不适用", set.get(key).display(), key.key);
        }
    }

    @Test
    void missingFiguresOrBooksAreNotApplicable() {
        var set = RatioSet.of(null, null);
        for (RatioKey key : RatioKey.values()) {
            assertFalse(set.get(key).applicable(), key.key);
        }
        var noLastYear = new BudgetFigures(
                d("10"), null, BigDecimal.ZERO, d("2"), d("1"), null, null, null, null, null, null, null);
        assertNull(RatioSet.of(noLastYear, null).value(RatioKey.THREE_PUBLIC_CHANGE));
        assertNull(RatioSet.of(noLastYear, null).value(RatioKey.BUDGET_COMPLETION));
        assertEquals(d("0.00"), RatioSet.of(noLastYear, null).value(RatioKey.BUDGET_ADJUSTMENT));
    }

    @Test
    void ratiosRoundHalfUpToTwoDecimals() {
        // 0.01 / 8 = 0.125 % -> 0.13 (half-up; half-even would give 0.12)
        var eighth = new BudgetFigures(
                d("8"), d("0.01"), BigDecimal.ZERO, d("8"), d("0.01"), null, null, null, null, null, null, null);
        assertEquals(d("0.13"), RatioSet.of(eighth, null).value(RatioKey.BUDGET_COMPLETION));
        // 2 / 3 = 66.666… -> 66.67; 1 / 6 = 16.666… -> 16.67; 1 / 200 000 -> 0.00
        assertEquals(d("66.67"), RatioSet.of(null, new StaffFigures(3, 2)).value(RatioKey.STAFF_CONTROL));
        assertEquals(d("16.67"), RatioSet.of(null, new StaffFigures(6, 1)).value(RatioKey.STAFF_CONTROL));
        assertEquals(d("0.00"), RatioSet.of(null, new StaffFigures(200_000, 1)).value(RatioKey.STAFF_CONTROL));
    }

    @Test
    void regionRatiosSumNumeratorsAndDenominatorsNotPercentages() {
        var small = RatioSet.of(
                new BudgetFigures(d("100"), d("50"), d("10"), null, null, null, null, null, null, null, null, null),
                new StaffFigures(10, 12));
        var aggregate = RatioSet.aggregate(List.of(SEED, small));
        // (983.01 + 50) / (1011.16 + 100) = 92.966… %, not the mean of 97.22 % and 50 %
        assertEquals(d("92.97"), aggregate.value(RatioKey.BUDGET_COMPLETION));
        assertEquals(d("1033.01"), aggregate.get(RatioKey.BUDGET_COMPLETION).numerator());
        // (34 + 12) / (30 + 10)
        assertEquals(d("115.00"), aggregate.value(RatioKey.STAFF_CONTROL));
        // departments without 三公经费 figures leave the sum alone
        assertEquals(d("19.32"), aggregate.value(RatioKey.THREE_PUBLIC_CONTROL));
        assertEquals(d("-53.62"), aggregate.value(RatioKey.THREE_PUBLIC_CHANGE));
        assertFalse(
                RatioSet.aggregate(List.of()).get(RatioKey.BUDGET_COMPLETION).applicable());
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
