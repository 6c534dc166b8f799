package cn.jixiao.portal.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {
    static final List<BarChart.Series> TWO =
            List.of(new BarChart.Series("预算", "s-budget"), new BarChart.Series("决算", "s-actual"));

    @Test
    void theLongestBarFillsThePlotAndOthersScaleToIt() {
        var chart = BarChart.of(
                "c",
                "t",
                "万元",
                TWO,
                List.of(new BarChart.Group("保山", List.of(new BigDecimal("1011.16"), new BigDecimal("983.01")))),
                null,
                null,
                BigDecimal::toPlainString);
        int plot = BarChart.WIDTH - BarChart.LABEL_WIDTH - BarChart.VALUE_ROOM;
        var bars = chart.rows().get(0).bars();
        assertEquals(plot, bars.get(0).width());
        assertEquals(Math.round(plot * 983.01 / 1011.16), bars.get(1).width());
        assertEquals("983.01", bars.get(1).text());
        assertTrue(bars.get(1).y() > bars.get(0).y(), "the second series is drawn below the first");
    }

    @Test
    void aMissingValueHasNoBarAndSaysSo() {
        var chart = BarChart.of(
                "c",
                "t",
                "万元",
                TWO,
                List.of(new BarChart.Group("伊金霍洛", Arrays.asList(new BigDecimal("7.30"), null))),
                null,
                null,
                BigDecimal::toPlainString);
        var missing = chart.rows().get(0).bars().get(1);
        assertEquals(0, missing.width());
        assertEquals("未填", missing.text());
    }

    @Test
    void aReferenceLineMarksAHundredPercent() {
        var chart = BarChart.of(
                "c",
                "t",
                "%",
                List.of(new BarChart.Series("完成率", "s-actual")),
                List.of(
                        new BarChart.Group("a", List.of(new BigDecimal("50"))),
                        new BarChart.Group("b", List.of(new BigDecimal("200")))),
                BigDecimal.valueOf(100),
                "100%",
                v -> v + "%");
        int plot = BarChart.WIDTH - BarChart.LABEL_WIDTH - BarChart.VALUE_ROOM;
        assertTrue(chart.hasReference());
        assertEquals(BarChart.LABEL_WIDTH + plot / 2, chart.referenceX());
        assertEquals(2, chart.rows().size());
        assertTrue(chart.height() > chart.plotBottom());
    }

    @Test
    void nothingToDrawIsAnEmptyChart() {
        assertTrue(BarChart.of("c", "t", "万元", TWO, List.of(), null, null, BigDecimal::toPlainString)
                .empty());
    }
}
