package cn.jixiao.portal.indicator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.stream.Collectors;

/**
 * One indicator of a template (or of a library template, whose ids are null): {@code key} and
 * {@code parentKey} let a client send the list back as it got it.
 */
public record IndicatorView(
        Long id,
        String key,
        String parentKey,
        Long parentId,
        int level,
        int position,
        String name,
        BigDecimal weight,
        ScoringRule rule,
        String ruleLabel,
        RuleParams ruleParams,
        RecordKey recordKey,
        String recordLabel,
        boolean evidenceRequired,
        String description,
        String criteria) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static IndicatorView of(TemplateIndicator i) {
        return new IndicatorView(
                i.id,
                String.valueOf(i.id),
                i.parentId == null ? null : String.valueOf(i.parentId),
                i.parentId,
                i.level,
                i.position,
                i.name,
                i.weight,
                i.rule,
                i.rule == null ? null : i.rule.label(),
                i.rule == null ? null : i.ruleParams,
                i.recordKey,
                i.recordKey == null ? null : i.recordKey.label,
                i.evidenceRequired,
                i.description,
                i.criteria);
    }

    static IndicatorView of(TemplateValidator.Node n, String parentKey) {
        return new IndicatorView(
                null,
                n.key(),
                parentKey,
                null,
                n.level(),
                n.position(),
                n.name(),
                n.weight(),
                n.rule(),
                n.rule() == null ? null : n.rule().label(),
                n.rule() == null ? null : n.params(),
                n.recordKey(),
                n.recordKey() == null ? null : n.recordKey().label,
                n.evidenceRequired(),
                n.description(),
                n.criteria());
    }

    /** The parameters as JSON for the edit form; empty when the rule needs none. */
    public String paramsJson() {
        if (ruleParams == null
                || ruleParams.bands().isEmpty()
                        && ruleParams.items().isEmpty()
                        && ruleParams.cap() == null
                        && ruleParams.comparator() == null
                        && ruleParams.target() == null) {
            return "";
        }
        try {
            return JSON.writeValueAsString(ruleParams);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rule parameters cannot be written", e);
        }
    }

    /** The parameters in words, for the tree table. */
    public String paramsText() {
        if (rule == null) {
            return "";
        }
        var p = ruleParams == null ? RuleParams.NONE : ruleParams;
        StringBuilder text = new StringBuilder();
        if (recordKey != null) {
            text.append(recordKey.label).append("（").append(recordKey.formula).append("）");
        }
        if (rule == ScoringRule.BANDS && p.bands().isEmpty()) {
            text.append("≥90% 满分，80–90% 75%，70–80% 50%，60–70% 25%，60%以下 0");
        }
        if (!p.bands().isEmpty()) {
            text.append(p.bands().stream()
                    .map(b -> "≥" + TemplateValidator.plain(b.from()) + " 得"
                            + TemplateValidator.plain(b.share().multiply(BigDecimal.valueOf(100))) + "%")
                    .collect(Collectors.joining("，")));
        }
        if (!p.items().isEmpty()) {
            text.append(p.items().stream()
                    .map(item -> item.text() + "（" + TemplateValidator.plain(item.points()) + "分）")
                    .collect(Collectors.joining("；")));
        }
        if (p.comparator() != null || p.target() != null) {
            text.append(text.isEmpty() ? "" : "；")
                    .append("目标 ")
                    .append(p.comparator() == null ? "≥" : p.comparator())
                    .append(p.target() == null ? "100" : TemplateValidator.plain(p.target()));
        }
        if (p.cap() != null) {
            text.append(text.isEmpty() ? "" : "；").append("完成率上限 ").append(TemplateValidator.plain(p.cap()));
        }
        return text.toString();
    }
}
