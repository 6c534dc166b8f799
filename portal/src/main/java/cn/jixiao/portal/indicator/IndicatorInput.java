package cn.jixiao.portal.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * One indicator of a template as a client sends it: a flat list in tree order. A row names its parent
 * by {@code parentKey} (the {@code key} of a row above it, or the id a GET gave); without one, a row of
 * {@code level} 2 or 3 hangs under the nearest row above it one level up, and a row with neither is a
 * level-1 indicator. Rule and record key are names ({@link ScoringRule}, {@link RecordKey}); the rule's
 * parameters are the JSON of {@link RuleParams}, or a string holding that JSON (what a form sends).
 */
public record IndicatorInput(
        String key,
        String parentKey,
        Integer level,
        String name,
        BigDecimal weight,
        String rule,
        JsonNode ruleParams,
        String recordKey,
        Boolean evidenceRequired,
        String description,
        String criteria) {}
