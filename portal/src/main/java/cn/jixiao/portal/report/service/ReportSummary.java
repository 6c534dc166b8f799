package cn.jixiao.portal.report.service;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of the report list. */
@TemplateData
public record ReportSummary(
        long id,
        String title,
        String publisher,
        int fiscalYear,
        String kindLabel,
        String status,
        String statusLabel,
        String indexNo,
        LocalDate publishedOn,
        BigDecimal score,
        String gradeLabel,
        Long correctsId) {}
