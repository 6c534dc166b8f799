package cn.jixiao.portal.report.service;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * GET /api/reports/{id}: a report with its disclosure metadata, its sections (heading and the
 * department's narrative), attachments, the history of corrections, and what the user may do now.
 */
@TemplateData
public record ReportView(
        long id,
        Long evaluationId,
        Long departmentId,
        String title,
        String status,
        String statusLabel,
        String publisher,
        String indexNo,
        String catalog,
        LocalDate publishedOn,
        OffsetDateTime publishedAt,
        String docNo,
        String keywords,
        int fiscalYear,
        String kind,
        String kindLabel,
        String scope,
        BigDecimal score,
        String grade,
        String gradeLabel,
        BigDecimal budgetYuan,
        BigDecimal executionRate,
        String summary,
        List<SectionView> sections,
        List<AttachmentView> attachments,
        String withdrawnReason,
        OffsetDateTime withdrawnAt,
        Long correctsId,
        List<HistoryEntry> history,
        int version,
        boolean editable,
        boolean mayWithdraw,
        boolean mayCorrect) {

    @TemplateData
    public record SectionView(String code, String heading, String narrative) {}

    @TemplateData
    public record AttachmentView(
            long id, int position, String title, String fileName, String mediaType, long sizeBytes) {}

    /** One report of the correction chain (the one shown included), oldest first. */
    @TemplateData
    public record HistoryEntry(
            long id,
            String title,
            String status,
            String statusLabel,
            String indexNo,
            LocalDate publishedOn,
            String withdrawnReason) {}
}
