package cn.jixiao.portal.publication;

import cn.jixiao.platform.publication.record.ComplianceState;
import io.quarkus.qute.TemplateData;
import java.util.Collection;

/** How many reports are on time, late, missing and pending (of one kind, or all: kind null). */
@TemplateData
public record ComplianceCounts(
        String kind, String kindLabel, int onTime, int late, int missing, int pending, int total) {

    static ComplianceCounts of(String kind, String kindLabel, Collection<ComplianceRow> rows) {
        int onTime = 0, late = 0, missing = 0, pending = 0;
        for (ComplianceRow r : rows) {
            switch (ComplianceState.valueOf(r.state())) {
                case ON_TIME -> onTime++;
                case LATE -> late++;
                case MISSING -> missing++;
                case PENDING -> pending++;
            }
        }
        return new ComplianceCounts(kind, kindLabel, onTime, late, missing, pending, rows.size());
    }

    /** Of the reports already due, the share published on time (percent, 0 when none is due yet). */
    public int onTimePercent() {
        int due = onTime + late + missing;
        return due == 0 ? 0 : Math.round(100f * onTime / due);
    }
}
