package cn.jixiao.portal.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An adjustment reads as people write it: 调减 1 万元, never 调减 -1 万元. */
class AdjustmentViewTest {

    private static AdjustmentView of(String amount) {
        return new AdjustmentView(1, 1, 1, 2021, new BigDecimal(amount), "调整", "财政局", LocalDate.of(2021, 6, 1), 0);
    }

    @Test
    void aCutReadsAsItsDirectionAndASizeWithoutItsSign() {
        assertEquals("调减", of("-1").direction());
        assertEquals(new BigDecimal("1"), of("-1").magnitude());
        assertEquals("调增", of("28.15").direction());
        assertEquals(new BigDecimal("28.15"), of("28.15").magnitude());
    }
}
