package cn.jixiao.portal.evaluation.web;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Horizontal bars of the year's average total score per department (0–100, with the 60/80/90 grade
 * lines), drawn by the template as inline SVG from these numbers: no script, no chart library.
 */
@TemplateData
public record ScoreChart(int width, int height, List<Bar> bars, List<Line> lines) {
    static final int WIDTH = 640;
    static final int ROW = 28;
    static final int LABEL = 200;
    static final int TOP = 8;

    @TemplateData
    public record Bar(String label, String y, String width, String textY, String value, String valueX, String grade) {}

    @TemplateData
    public record Line(String x, String label) {}

    public record Entry(String department, BigDecimal score, String grade) {}

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    public static ScoreChart of(List<Entry> entries) {
        double plot = WIDTH - LABEL - 48;
        var bars = new ArrayList<Bar>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            double w =
                    e.score().min(BigDecimal.valueOf(100)).max(BigDecimal.ZERO).doubleValue() / 100 * plot;
            int y = TOP + i * ROW;
            bars.add(new Bar(
                    e.department(),
                    fmt(y),
                    fmt(w),
                    fmt(y + ROW / 2.0 + 1),
                    e.score().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                    fmt(LABEL + w + 4),
                    e.grade()));
        }
        var lines = new ArrayList<Line>();
        for (int mark : new int[] {60, 80, 90}) {
            lines.add(new Line(fmt(LABEL + mark / 100.0 * plot), String.valueOf(mark)));
        }
        return new ScoreChart(WIDTH, TOP * 2 + entries.size() * ROW + 14, bars, lines);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
