package cn.jixiao.portal.report.service;

import java.time.LocalDate;
import java.util.List;

/** The JSON bodies of the report API. */
public final class ReportInputs {
    private ReportInputs() {}

    /** POST /api/reports: a draft from an approved evaluation. */
    public record Create(Long evaluationId) {}

    /** PUT /api/reports/{id}/sections/{code}: one section's narrative (placeholders in braces). */
    public record Narrative(String narrative, Integer version) {}

    /**
     * POST /api/reports/{id}/publish: the disclosure metadata and the attachments chosen.
     *
     * @param catalog 公开目录 (自评报告, 评价报告, 整改报告)
     * @param publishedOn 发布日期 (today when empty)
     * @param attachTable attach the national self-evaluation table (xlsx)
     * @param evidenceIds evidence files of the evaluation to publish with it
     */
    public record Publish(
            String catalog,
            LocalDate publishedOn,
            String docNo,
            String keywords,
            Boolean attachTable,
            List<Long> evidenceIds,
            Integer version) {}

    /** POST /api/reports/{id}/withdraw. */
    public record Withdraw(String reason, Integer version) {}

    /** POST /api/reports/{id}/correct: a new draft that will replace the published report. */
    public record Correct(String reason) {}
}
