package cn.jixiao.portal.evaluation.service;

import cn.jixiao.platform.publication.EvaluationKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** POST /api/evaluations: the subject (a department, and a project or none for its whole spending), year, kind and template. */
public record StartInput(
        @NotNull(message = "请选择部门 (departmentId is required)")
        Long departmentId,

        Long projectId,

        @NotNull(message = "请填写评价年度 (year is required)")
        @Min(value = 2000, message = "年度应在 2000 至 2100 之间 (year must be 2000–2100)")
        @Max(value = 2100, message = "年度应在 2000 至 2100 之间 (year must be 2000–2100)")
        Integer year,

        @NotNull(message = "请选择评价类型 (kind is required: SELF, THIRD_PARTY or FINANCE_REVIEW)")
        EvaluationKind kind,

        @NotNull(message = "请选择指标体系 (templateId is required)")
        Long templateId) {}
