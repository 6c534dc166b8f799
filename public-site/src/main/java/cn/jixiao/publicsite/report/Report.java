package cn.jixiao.publicsite.report;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.platform.publication.EvaluationScope;
import cn.jixiao.platform.publication.Grade;
import cn.jixiao.platform.publication.ReportStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A published (or withdrawn) performance-evaluation report with its disclosure metadata, as the
 * public role may read it.
 *
 * @param region     the name of the tenant's region, e.g. 伊金霍洛旗
 * @param regionPath the region with its parents, e.g. 内蒙古自治区 鄂尔多斯市 伊金霍洛旗
 * @param body       the report text in the light markup (see {@link ReportBody})
 * @param withdrawnAt    when it was withdrawn (null while published)
 * @param correctsId     the report this one is a corrected re-publication of (null for a first publication)
 * @param budgetYuan     the evaluated budget in 元 (null when not recorded)
 * @param executionRate  the budget execution rate in percent, e.g. 81.38 (null when not recorded)
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
        String withdrawnReason,
        OffsetDateTime withdrawnAt,
        Long correctsId,
        BigDecimal budgetYuan,
        BigDecimal executionRate) {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public boolean published() {
        return status == ReportStatus.PUBLISHED;
    }

    public boolean withdrawn() {
        return status == ReportStatus.WITHDRAWN;
    }

    /** The day it was withdrawn (in China's time), or null. */
    public LocalDate withdrawnOn() {
        return withdrawnAt == null ? null : withdrawnAt.atZoneSameInstant(CHINA).toLocalDate();
    }

    public boolean correction() {
        return correctsId != null;
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
                withdrawnReason,
                withdrawnAt,
                correctsId,
                budgetYuan,
                executionRate);
    }
}
