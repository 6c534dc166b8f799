package cn.jixiao.publicsite.record;

import cn.jixiao.platform.publication.record.Obligation;
import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.util.List;

/** A region's publication record: per fiscal year, the counts and each department's reports owed. */
@TemplateData
public record RegionRecord(String code, String name, LocalDate asOf, List<Year> years) {

    @TemplateData
    public record Year(int year, Counts counts, List<Row> rows) {}

    @TemplateData
    public record Counts(int onTime, int late, int missing, int pending, int total) {
        static Counts of(List<Row> rows) {
            int onTime = 0, late = 0, missing = 0, pending = 0;
            for (Row r : rows) {
                switch (r.state()) {
                    case "ON_TIME" -> onTime++;
                    case "LATE" -> late++;
                    case "MISSING" -> missing++;
                    default -> pending++;
                }
            }
            return new Counts(onTime, late, missing, pending, rows.size());
        }
    }

    /** One department's report of one kind: when it was due, when it came, how it stands. */
    @TemplateData
    public record Row(
            String department,
            String kind,
            String kindLabel,
            LocalDate due,
            boolean legalDateDecides,
            LocalDate publishedOn,
            Long reportId,
            String state,
            String stateLabel,
            long daysLate) {

        static Row of(Obligation o) {
            return new Row(
                    o.departmentName(),
                    o.kind().name(),
                    o.kind().label(),
                    o.due(),
                    o.legalDateDecides(),
                    o.publishedOn(),
                    o.reportId(),
                    o.state().name(),
                    o.state().label(),
                    o.daysLate());
        }
    }

    public boolean empty() {
        return years.isEmpty();
    }
}
