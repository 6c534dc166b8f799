package cn.jixiao.portal.project.web;

import cn.jixiao.portal.project.dto.FundsView;
import cn.jixiao.portal.web.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of the project page's bar chart (planned, arrived, spent per level). The template
 * draws it as inline SVG from these numbers; no script, no chart library.
 */
public record FundsChart(int width, int height, int baseline, List<Group> groups, String scaleMax) {
    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    static final int TOP = 20;
    static final int BOTTOM = 44;
    static final int LEFT = 16;

    public record Group(String label, String labelX, List<Bar> bars) {}

    /** One bar: its box, CSS class (planned, arrived, spent) and the value it shows in 万元. */
    public record Bar(
            String series,
            String seriesLabel,
            String x,
            String y,
            String width,
            String height,
            String value,
            String valueY) {}

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    public static FundsChart of(FundsView funds) {
        var levels = funds.levels();
        BigDecimal max = levels.stream()
                .flatMap(l -> java.util.stream.Stream.of(l.planned(), l.arrived(), l.spent()))
                .reduce(BigDecimal.ZERO, BigDecimal::max);
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int baseline = HEIGHT - BOTTOM;
        double groupWidth = levels.isEmpty() ? 0 : (double) (WIDTH - 2 * LEFT) / levels.size();
        double barWidth = Math.min(48, groupWidth / 4);
        var groups = new ArrayList<Group>();
        for (int i = 0; i < levels.size(); i++) {
            var level = levels.get(i);
            double groupLeft = LEFT + i * groupWidth + (groupWidth - 3 * barWidth) / 2;
            var bars = List.of(
                    bar("planned", "计划安排", level.planned(), max, groupLeft, barWidth, plotHeight, baseline),
                    bar("arrived", "到位", level.arrived(), max, groupLeft + barWidth, barWidth, plotHeight, baseline),
                    bar("spent", "支出", level.spent(), max, groupLeft + 2 * barWidth, barWidth, plotHeight, baseline));
            groups.add(new Group(level.label(), fmt(LEFT + i * groupWidth + groupWidth / 2), bars));
        }
        return new FundsChart(WIDTH, HEIGHT, baseline, groups, Money.plain(max).toPlainString());
    }

    private static Bar bar(
            String series,
            String label,
            BigDecimal value,
            BigDecimal max,
            double x,
            double width,
            int plotHeight,
            int baseline) {
        double height =
                max.signum() == 0 ? 0 : value.divide(max, MathContext.DECIMAL64).doubleValue() * plotHeight;
        double y = baseline - height;
        return new Bar(series, label, fmt(x), fmt(y), fmt(width - 4), fmt(height), value.toPlainString(), fmt(y - 4));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
