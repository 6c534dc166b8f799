package cn.jixiao.portal.dashboard;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A horizontal bar chart, laid out here so the template only draws SVG shapes at given positions:
 * one row per group (a department, a budget line), one bar per series (budget, actual).
 */
@TemplateData
public record BarChart(
        String id,
        String title,
        String unit,
        int width,
        int height,
        int labelX,
        int plotBottom,
        List<Legend> legend,
        List<Row> rows,
        boolean hasReference,
        int referenceX,
        String referenceLabel) {

    static final int WIDTH = 760;
    static final int LABEL_WIDTH = 210;
    static final int VALUE_ROOM = 110;
    static final int BAR = 16;
    static final int GAP = 3;
    static final int GROUP_GAP = 12;
    static final int TOP = 28;
    static final int BOTTOM = 20;
    static final int LEGEND_STEP = 170;

    @TemplateData
    public record Legend(String name, String css, int x, int textX) {}

    @TemplateData
    public record Row(String label, int labelY, List<Bar> bars) {}

    @TemplateData
    public record Bar(
            int x, int y, int width, int height, String css, String text, int textX, int textY, String title) {}

    /** One kind of bar: its legend name and CSS class. */
    public record Series(String name, String css) {}

    /** One row: its label and one value per series (null when not recorded). */
    public record Group(String label, List<BigDecimal> values) {}

    /**
     * @param reference a value to mark with a vertical line (100 for a percentage), or null
     * @param format how a value is written beside its bar
     */
    public static BarChart of(
            String id,
            String title,
            String unit,
            List<Series> series,
            List<Group> groups,
            BigDecimal reference,
            String referenceLabel,
            Function<BigDecimal, String> format) {
        BigDecimal max = groups.stream()
                .flatMap(g -> g.values().stream())
                .filter(Objects::nonNull)
                .reduce(reference == null ? BigDecimal.ZERO : reference, BigDecimal::max);
        if (max.signum() <= 0) {
            max = BigDecimal.ONE;
        }
        int plotWidth = WIDTH - LABEL_WIDTH - VALUE_ROOM;
        int groupHeight = series.size() * (BAR + GAP) - GAP;
        var rows = new ArrayList<Row>();
        for (int g = 0; g < groups.size(); g++) {
            int top = TOP + g * (groupHeight + GROUP_GAP);
            var bars = new ArrayList<Bar>();
            for (int s = 0; s < series.size(); s++) {
                BigDecimal value = groups.get(g).values().get(s);
                int y = top + s * (BAR + GAP);
                int w = scale(value, max, plotWidth);
                String text = value == null ? "未填" : format.apply(value);
                bars.add(new Bar(
                        LABEL_WIDTH,
                        y,
                        w,
                        BAR,
                        series.get(s).css(),
                        text,
                        LABEL_WIDTH + w + 4,
                        y + BAR - 4,
                        groups.get(g).label() + " · " + series.get(s).name() + "：" + text));
            }
            rows.add(new Row(groups.get(g).label(), top + groupHeight / 2 + 5, bars));
        }
        var legend = new ArrayList<Legend>();
        for (int s = 0; s < series.size(); s++) {
            int x = LABEL_WIDTH + s * LEGEND_STEP;
            legend.add(new Legend(series.get(s).name(), series.get(s).css(), x, x + 16));
        }
        int plotBottom = TOP + groups.size() * (groupHeight + GROUP_GAP);
        int referenceX = reference == null ? 0 : LABEL_WIDTH + scale(reference, max, plotWidth);
        return new BarChart(
                id,
                title,
                unit,
                WIDTH,
                plotBottom + BOTTOM,
                LABEL_WIDTH - 8,
                plotBottom,
                legend,
                rows,
                reference != null,
                referenceX,
                referenceLabel);
    }

    public boolean empty() {
        return rows.isEmpty();
    }

    /** Bar length in pixels; a positive value is at least one pixel, zero, negative or missing is none. */
    static int scale(BigDecimal value, BigDecimal max, int plotWidth) {
        if (value == null || value.signum() <= 0) {
            return 0;
        }
        int w = value.multiply(BigDecimal.valueOf(plotWidth))
                .divide(max, 0, RoundingMode.HALF_UP)
                .intValue();
        return Math.max(1, w);
    }
}
