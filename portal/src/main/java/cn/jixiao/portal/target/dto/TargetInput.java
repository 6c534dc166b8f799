package cn.jixiao.portal.target.dto;

import cn.jixiao.portal.target.ProjectNature;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A whole target table as the department writes it: its subject (department, project or none, year;
 * fixed once created), goals, funds in 万元, indicators and plan steps. Saving replaces the indicators
 * and steps with the lists sent; {@code version} is the one read (required when changing).
 */
public record TargetInput(
        @NotNull(message = "请选择部门 (departmentId is required)")
        Long departmentId,

        Long projectId,

        @NotNull(message = "请填写年度 (year is required)")
        @Min(value = 2000, message = "年度应在 2000 至 2100 之间 (year must be from 2000 to 2100)")
        @Max(value = 2100, message = "年度应在 2000 至 2100 之间 (year must be from 2000 to 2100)")
        Integer year,

        @Size(max = 4000, message = "总体目标最多 4000 字 (overallGoal: at most 4000 characters)")
        String overallGoal,

        @Size(max = 4000, message = "年度目标最多 4000 字 (yearGoal: at most 4000 characters)")
        String yearGoal,

        ProjectNature projectNature,
        BigDecimal totalFunds,
        BigDecimal fiscalFunds,
        BigDecimal otherFunds,

        @Size(max = 200, message = "指标最多 200 个 (at most 200 indicators)")
        List<@Valid IndicatorInput> indicators,

        @Size(max = 100, message = "实施计划最多 100 步 (at most 100 plan steps)")
        List<@Valid StepInput> planSteps,

        Integer version) {}
