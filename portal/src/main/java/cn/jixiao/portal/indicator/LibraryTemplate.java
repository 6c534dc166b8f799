package cn.jixiao.portal.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A ready template as its library file holds it: the tree nested ({@code children}), as people write
 * it. {@link #flat()} gives the rows a client would send, keyed by their place ({@code 2.1.3}).
 */
public record LibraryTemplate(
        String code,
        String name,
        String subjectKind,
        String evaluationKind,
        String description,
        List<Entry> indicators) {

    public record Entry(
            String name,
            BigDecimal weight,
            String rule,
            JsonNode ruleParams,
            String recordKey,
            Boolean evidenceRequired,
            String description,
            String criteria,
            List<Entry> children) {}

    public TemplateInput input() {
        return new TemplateInput(name, subjectKind, evaluationKind, description, flat(), null);
    }

    public List<IndicatorInput> flat() {
        List<IndicatorInput> rows = new ArrayList<>();
        add(indicators, null, rows);
        return rows;
    }

    private static void add(List<Entry> entries, String parentKey, List<IndicatorInput> rows) {
        if (entries == null) {
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String key = parentKey == null ? String.valueOf(i + 1) : parentKey + "." + (i + 1);
            rows.add(new IndicatorInput(
                    key,
                    parentKey,
                    null,
                    e.name(),
                    e.weight(),
                    e.rule(),
                    e.ruleParams(),
                    e.recordKey(),
                    e.evidenceRequired(),
                    e.description(),
                    e.criteria()));
            add(e.children(), key, rows);
        }
    }
}
