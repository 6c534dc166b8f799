package cn.jixiao.portal.target.dto;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** One indicator row: 一级, 二级, content, comparator (≥ ≤ = > < or >= <=), a value or a text, a unit. */
public record IndicatorInput(
        String level1,
        String level2,

        @Size(max = 500, message = "指标内容最多 500 字 (name: at most 500 characters)")
        String name,

        String comparator,
        BigDecimal targetValue,

        @Size(max = 500, message = "目标值说明最多 500 字 (targetText: at most 500 characters)")
        String targetText,

        @Size(max = 20, message = "计量单位最多 20 字 (unit: at most 20 characters)")
        String unit) {}
