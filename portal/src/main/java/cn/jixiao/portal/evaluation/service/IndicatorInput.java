package cn.jixiao.portal.evaluation.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * PUT /api/evaluations/{id}/indicators/{indicatorId}: what is filled in for a level-3 indicator (each
 * call replaces all of these), with the version read.
 */
public record IndicatorInput(
        BigDecimal actualValue,

        @Size(max = 2000, message = "实际完成情况不能超过 2000 字 (actualText is at most 2000 characters)")
        String actualText,

        List<Integer> checkedItems,

        @DecimalMin(value = "0", message = "人工评分不能为负 (manualScore must not be negative)")
        BigDecimal manualScore,

        @Size(max = 2000, message = "评分理由不能超过 2000 字 (scoreReason is at most 2000 characters)")
        String scoreReason,

        @Size(max = 4000, message = "偏差原因分析不能超过 4000 字 (deviationReason is at most 4000 characters)")
        String deviationReason,

        Integer version) {}
