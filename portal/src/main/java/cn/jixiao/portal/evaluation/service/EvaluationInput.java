package cn.jixiao.portal.evaluation.service;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** PUT /api/evaluations/{id}: the overall goal beside what was achieved, who evaluated, the report date. */
public record EvaluationInput(
        @Size(max = 8000, message = "年度总体目标不能超过 8000 字 (overallGoal is at most 8000 characters)")
        String overallGoal,

        @Size(max = 8000, message = "实际完成情况不能超过 8000 字 (goalAchieved is at most 8000 characters)")
        String goalAchieved,

        @Size(max = 200, message = "评价机构不能超过 200 字 (evaluatorName is at most 200 characters)")
        String evaluatorName,

        LocalDate reportDate,
        Integer version) {}
