package cn.jixiao.publicsite.report;

import java.util.List;
import java.util.Optional;

/**
 * What the report page shows around a report: its attachments, previous and next in its region (by
 * 发布日期), related reports, and its correction history (oldest first, itself included) when it has one.
 */
public record ReportSurroundings(
        List<ReportAttachment> attachments,
        Optional<ReportLink> previous,
        Optional<ReportLink> next,
        List<ReportLink> related,
        List<ReportLink> history) {

    /** A report corrected or correcting another has a history of more than itself. */
    public boolean hasHistory() {
        return history.size() > 1;
    }

    /** The published correction of a withdrawn report (the newest version that corrects it), if any. */
    public Optional<ReportLink> correctionOf(long reportId) {
        return history.stream()
                .filter(link -> link.correctsId() != null && link.correctsId() == reportId)
                .findFirst();
    }
}
