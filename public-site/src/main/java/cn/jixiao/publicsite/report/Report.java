package cn.jixiao.publicsite.report;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.platform.publication.EvaluationScope;
import cn.jixiao.platform.publication.Grade;
import cn.jixiao.platform.publication.ReportStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A published (or withdrawn) performance-evaluation report with its disclosure metadata, as the
 * public role may read it.
 *
 * @param region     the name of the tenant's region, e.g. 伊金霍洛旗
 * @param regionPath the region with its parents, e.g. 内蒙古自治区 鄂尔多斯市 伊金霍洛旗
 * @param body       the report text in the light markup ("## " headings, "- " items, blank lines)
 */
public record Report(
        long id,
        String tenantId,
        String region,
        String regionPath,
        String title,
        String publisher,
        String indexNo,
        String catalog,
        LocalDate publishedOn,
        String docNo,
        String keywords,
        long views,
        int year,
        EvaluationKind kind,
        EvaluationScope scope,
        BigDecimal score,
        Grade grade,
        String summary,
        String body,
        ReportStatus status,
        String withdrawnReason) {

    public boolean published() {
        return status == ReportStatus.PUBLISHED;
    }

    public boolean withdrawn() {
        return status == ReportStatus.WITHDRAWN;
    }

    public Report withViews(long newViews) {
        return new Report(
                id,
                tenantId,
                region,
                regionPath,
                title,
                publisher,
                indexNo,
                catalog,
                publishedOn,
                docNo,
                keywords,
                newViews,
                year,
                kind,
                scope,
                score,
                grade,
                summary,
                body,
                status,
                withdrawnReason);
    }
}
