package cn.jixiao.portal.publication;

import cn.jixiao.portal.web.Paged;
import java.util.List;

/**
 * The compliance view's answer for one year: the deadlines, the counts (all and per kind), and one page
 * of the rows (per department and kind) under the filter asked.
 */
public record ComplianceReport(
        int year,
        List<DeadlineView> deadlines,
        ComplianceCounts counts,
        List<ComplianceCounts> byKind,
        Paged<ComplianceRow> rows) {}
