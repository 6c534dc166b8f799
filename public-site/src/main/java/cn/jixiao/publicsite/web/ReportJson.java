package cn.jixiao.publicsite.web;

import cn.jixiao.publicsite.report.Report;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One report with its disclosure metadata, for GET /api/reports/{id}. */
public record ReportJson(
        long id,
        String indexNo,
        String publisher,
        String catalog,
        LocalDate publishedOn,
        String docNo,
        String keywords,
        long views,
        String title,
        String summary,
        String body,
        String region,
        int year,
        String kind,
        String scope,
        BigDecimal score,
        String grade,
        String gradeLabel,
        String status,
        LocalDate withdrawnOn,
        String withdrawnReason,
        Long correctsId,
        BigDecimal budgetYuan,
        BigDecimal executionRate) {

    static ReportJson of(Report r) {
        return new ReportJson(
                r.id(),
                r.indexNo(),
                r.publisher(),
                r.catalog(),
                r.publishedOn(),
                r.docNo(),
                r.keywords(),
                r.views(),
                r.title(),
                r.summary(),
                r.body(),
                r.region(),
                r.year(),
                r.kind().name(),
                r.scope().name(),
                r.score(),
                r.grade() == null ? null : r.grade().name(),
                r.grade() == null ? null : r.grade().label(),
                r.status().name(),
                r.withdrawnOn(),
                r.withdrawnReason(),
                r.correctsId(),
                r.budgetYuan(),
                r.executionRate());
    }
}
