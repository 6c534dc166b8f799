package cn.jixiao.publicsite.report;

import cn.jixiao.platform.publication.ReportStatus;
import java.time.LocalDate;

/** Another report as a link: previous/next in the region, related, or a version in a correction history. */
public record ReportLink(
        long id, String title, String publisher, LocalDate publishedOn, ReportStatus status, Long correctsId) {

    public boolean withdrawn() {
        return status == ReportStatus.WITHDRAWN;
    }
}
