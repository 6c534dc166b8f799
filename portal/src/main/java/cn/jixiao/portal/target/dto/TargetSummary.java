package cn.jixiao.portal.target.dto;

import cn.jixiao.portal.target.PerformanceTarget;
import io.quarkus.qute.TemplateData;

/** A target table in a list. */
@TemplateData
public record TargetSummary(
        long id,
        String subjectName,
        long departmentId,
        String departmentName,
        Long projectId,
        int year,
        int versionNo,
        String status,
        String statusLabel,
        long indicatorCount) {

    public static TargetSummary of(PerformanceTarget t, String subjectName, String departmentName, long indicators) {
        return new TargetSummary(
                t.id,
                subjectName,
                t.departmentId,
                departmentName,
                t.projectId,
                t.year,
                t.versionNo,
                t.status.name(),
                t.status.label(),
                indicators);
    }
}
