package cn.jixiao.portal.publication;

import cn.jixiao.platform.publication.EvaluationKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A deadline as the finance bureau sets it; {@code version} only when changing one (the version read). */
public record DeadlineInput(
        @NotNull(message = "请填写年度 (fiscalYear is required)")
        @Min(value = 2000, message = "年度应为 2000 至 2100 (fiscalYear must be from 2000 to 2100)")
        @Max(value = 2100, message = "年度应为 2000 至 2100 (fiscalYear must be from 2000 to 2100)")
        Integer fiscalYear,

        @NotNull(message = "请选择报告类型 (kind is required: SELF, THIRD_PARTY or FINANCE_REVIEW)")
        EvaluationKind kind,

        @NotNull(message = "请填写公开截止日期 (dueOn is required)") LocalDate dueOn,

        AppliesTo appliesTo,

        @Size(max = 500, message = "说明最多 500 字 (note: at most 500 characters)")
        String note,

        Integer version) {}
