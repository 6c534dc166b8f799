package cn.jixiao.portal.publication;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal stacked bar chart laid out here, so the template only draws SVG shapes at given places:
 * one row per kind (and one for all), its bar split into on time, late, missing and pending, each part as
 * wide as its share of the row's reports.
 */
@TemplateData
public record ComplianceChart(int width, int height, List<Legend> legend, List<Row> rows) {
    static final int WIDTH = 760;
    static final int LABEL_WIDTH = 150;
    static final int RIGHT = 60;
    static final int BAR = 22;
    static final int STEP = 34;
    static final int TOP = 30;
    static final int LEGEND_STEP = 140;

    static final String[] CSS = {"s-on-time", "s-late", "s-missing", "s-pending"};
    static final String[] NAMES = {"按时公开", "逾期公开", "逾期未公开", "未到期"};

    @TemplateData
    public record Legend(String name, String css, int x, int textX) {}

    @TemplateData
    public record Row(String label, int labelY, int totalX, String total, List<Segment> segments) {}

    @TemplateData
    public record Segment(
            int x, int y, int width, int height, String css, String text, int textX, int textY, String title) {}

    static ComplianceChart of(List<ComplianceCounts> counts) {
        int plot = WIDTH - LABEL_WIDTH - RIGHT;
        var rows = new ArrayList<Row>();
        for (int i = 0; i < counts.size(); i++) {
            ComplianceCounts c = counts.get(i);
            int[] values = {c.onTime(), c.late(), c.missing(), c.pending()};
            int y = TOP + i * STEP;
            int x = LABEL_WIDTH;
            var segments = new ArrayList<Segment>();
            for (int s = 0; s < values.length; s++) {
                if (values[s] == 0) {
                    continue;
                }
                int w = Math.max(2, Math.round((float) plot * values[s] / Math.max(1, c.total())));
                String text = w >= 18 ? Integer.toString(values[s]) : "";
                segments.add(new Segment(
                        x,
                        y,
                        w,
                        BAR,
                        CSS[s],
                        text,
                        x + w / 2,
                        y + BAR - 7,
                        c.kindLabel() + " · " + NAMES[s] + "：" + values[s]));
                x += w;
            }
            rows.add(new Row(c.kindLabel(), y + BAR - 7, x + 6, "共 " + c.total(), segments));
        }
        var legend = new ArrayList<Legend>();
        for (int s = 0; s < CSS.length; s++) {
            int x = LABEL_WIDTH + s * LEGEND_STEP;
            legend.add(new Legend(NAMES[s], CSS[s], x, x + 16));
        }
        return new ComplianceChart(WIDTH, TOP + counts.size() * STEP + 6, legend, rows);
    }
}
