package cn.jixiao.platform.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GradeTest {

    private static Grade of(String score) {
        return Grade.forScore(new BigDecimal(score));
    }

    @Test
    void ninetyPointsAndMoreAreExcellent() {
        assertEquals(Grade.EXCELLENT, of("90"));
        assertEquals(Grade.EXCELLENT, of("90.00"));
        assertEquals(Grade.EXCELLENT, of("100"));
    }

    @Test
    void eightyToUnderNinetyAreGood() {
        assertEquals(Grade.GOOD, of("80"));
        assertEquals(Grade.GOOD, of("89.99"));
    }

    @Test
    void sixtyToUnderEightyAreFair() {
        assertEquals(Grade.FAIR, of("60"));
        assertEquals(Grade.FAIR, of("79.99"));
    }

    @Test
    void underSixtyIsPoor() {
        assertEquals(Grade.POOR, of("59.99"));
        assertEquals(Grade.POOR, of("0"));
    }

    @Test
    void noScoreHasNoGrade() {
        assertNull(Grade.forScore(null));
    }

    @Test
    void theDatabaseValueParsesBack() {
        assertEquals(Grade.GOOD, Grade.of("GOOD"));
        assertNull(Grade.of(null));
    }
}
