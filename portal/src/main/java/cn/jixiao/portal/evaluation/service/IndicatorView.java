package cn.jixiao.portal.evaluation.service;

import cn.jixiao.portal.indicator.RuleParams;
import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator of an evaluation. For a leaf: its rule, target, actual value (for a RECORD rule the
 * records' value, also given as recordValue with the figures it came from), the computed and
 * hand-entered scores and the score that counts; for level 1 and 2 the sum of their children.
 */
public record IndicatorView(
        long id,
        Long parentId,
        int level,
        int position,
        String name,
        BigDecimal weight,
        String rule,
        String ruleLabel,
        RuleParams ruleParams,
        String recordKey,
        String recordLabel,
        boolean evidenceRequired,
        String description,
        String criteria,
        Long targetIndicatorId,
        String comparator,
        BigDecimal targetValue,
        String targetText,
        String unit,
        BigDecimal actualValue,
        String actualText,
        BigDecimal recordValue,
        String recordFormula,
        String recordFigures,
        List<Integer> checkedItems,
        BigDecimal computedScore,
        BigDecimal manualScore,
        String scoreReason,
        BigDecimal score,
        boolean scored,
        String deviationReason,
        int version) {}
