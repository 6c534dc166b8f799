package cn.jixiao.portal.report.service;

import cn.jixiao.platform.publication.ReportStatus;
import cn.jixiao.portal.report.Report;
import cn.jixiao.portal.report.ReportAttachment;
import cn.jixiao.portal.report.ReportSection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Builds what the API answers from the rows (inside the caller's transaction). */
final class ReportViews {
    private ReportViews() {}

    static String statusLabel(ReportStatus s) {
        return switch (s) {
            case DRAFT -> "草稿";
            case PUBLISHED -> "已发布";
            case WITHDRAWN -> "已撤回";
        };
    }

    static ReportSummary summary(Report r) {
        return new ReportSummary(
                r.id,
                r.title,
                r.publisher,
                r.fiscalYear,
                r.kind.label(),
                r.status.name(),
                statusLabel(r.status),
                r.indexNo,
                r.publishedOn,
                r.score,
                r.grade == null ? null : r.grade.label(),
                r.correctsId);
    }

    static ReportView of(Report r, Caller caller) {
        List<ReportView.SectionView> sections = new ArrayList<>();
        for (ReportSection s : ReportSection.values()) {
            sections.add(new ReportView.SectionView(s.code, s.heading(r.scope), r.narrative(s)));
        }
        List<ReportView.AttachmentView> attachments = ReportAttachment.ofReport(r.id).stream()
                .map(a ->
                        new ReportView.AttachmentView(a.id, a.position, a.title, a.fileName, a.mediaType, a.sizeBytes))
                .toList();
        boolean draft = r.status == ReportStatus.DRAFT;
        boolean published = r.status == ReportStatus.PUBLISHED;
        return new ReportView(
                r.id,
                r.evaluationId,
                r.departmentId,
                r.title,
                r.status.name(),
                statusLabel(r.status),
                r.publisher,
                r.indexNo,
                r.catalog,
                r.publishedOn,
                r.publishedAt,
                r.docNo,
                r.keywords,
                r.fiscalYear,
                r.kind.name(),
                r.kind.label(),
                r.scope.name(),
                r.score,
                r.grade == null ? null : r.grade.name(),
                r.grade == null ? null : r.grade.label(),
                r.budgetYuan,
                r.executionRate,
                r.summary,
                sections,
                attachments,
                r.withdrawnReason,
                r.withdrawnAt,
                r.correctsId,
                history(r),
                r.version,
                draft && caller.editsFor(r.departmentId),
                published && ReportRights.mayWithdraw(caller, r),
                published && caller.editsFor(r.departmentId) && r.evaluationId != null);
    }

    /** The correction chain through this report: the ones it corrects (back), then those correcting it. */
    static List<ReportView.HistoryEntry> history(Report r) {
        List<Report> chain = new ArrayList<>();
        Report back = r;
        while (back.correctsId != null && chain.size() < 50) {
            back = Report.findById(back.correctsId);
            if (back == null) {
                break;
            }
            chain.add(back);
        }
        Collections.reverse(chain);
        chain.add(r);
        Report forward = r;
        while (chain.size() < 100) {
            List<Report> next = Report.correctionsOf(forward.id);
            if (next.isEmpty()) {
                break;
            }
            forward = next.getFirst();
            chain.add(forward);
        }
        if (chain.size() == 1) {
            return List.of();
        }
        return chain.stream()
                .map(x -> new ReportView.HistoryEntry(
                        x.id,
                        x.title,
                        x.status.name(),
                        statusLabel(x.status),
                        x.indexNo,
                        x.publishedOn,
                        x.withdrawnReason))
                .toList();
    }
}
