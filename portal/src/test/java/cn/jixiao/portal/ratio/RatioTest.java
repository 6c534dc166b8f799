package cn.jixiao.portal.ratio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatioTest {

    @Test
    void staffControlRateOfSeed004() {
        assertEquals(new BigDecimal("113.33"), Ratio.of(34, 30).value());
        assertEquals("113.33%", Ratio.of(34, 30).display());
    }

    @Test
    void roundsHalfUpToTwoDecimals() {
        // 1/8 = 12.5 %, 1/16 = 6.25 %, 1/32 = 3.125 % -> 3.13 (half-up, not half-even)
        assertEquals(new BigDecimal("3.13"), Ratio.of(1, 32).value());
        assertEquals(
                new BigDecimal("19.32"),
                Ratio.of(new BigDecimal("1.41"), new BigDecimal("7.30")).value());
    }

    @Test
    void zeroOrMissingBaseIsNotApplicable() {
        assertFalse(Ratio.of(5, 0).applicable());
        assertEquals("不适用", Ratio.of(5, 0).display());
        assertNull(Ratio.of(null, BigDecimal.TEN).value());
        assertNull(Ratio.change(BigDecimal.ONE, BigDecimal.ZERO).value());
    }

    @Test
    void changeIsNegativeWhenSpendingFell() {
        // seed 004: 三公经费 1.41 this year against 3.04 last year
        assertEquals(
                new BigDecimal("-53.62"),
                Ratio.change(new BigDecimal("1.41"), new BigDecimal("3.04")).value());
    }
}
