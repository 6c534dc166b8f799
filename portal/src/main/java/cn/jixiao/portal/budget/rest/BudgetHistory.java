package cn.jixiao.portal.budget.rest;

import cn.jixiao.portal.audit.AuditView;
import cn.jixiao.portal.budget.BudgetField;
import cn.jixiao.portal.web.Money;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The budget's audit entries as a page lists them: who, when, and which amounts changed from what to what. */
@TemplateData
record BudgetHistory(String at, String actor, String action, List<String> changes) {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<String, String> ACTIONS = Map.of("CREATE", "新建", "UPDATE", "修改", "DELETE", "删除");

    static List<BudgetHistory> of(List<AuditView> entries, ObjectMapper json) {
        return entries.stream()
                .map(e -> new BudgetHistory(
                        e.at().format(AT),
                        e.actor(),
                        ACTIONS.getOrDefault(e.action(), e.action()),
                        changes(read(json, e.before()), read(json, e.after()))))
                .toList();
    }

    private static List<String> changes(JsonNode before, JsonNode after) {
        var changes = new ArrayList<String>();
        for (BudgetField f : BudgetField.values()) {
            BigDecimal was = amount(before, f.field);
            BigDecimal now = amount(after, f.field);
            boolean same = was == null ? now == null : now != null && was.compareTo(now) == 0;
            if (!same) {
                changes.add(f.label + "：" + Money.wan(was) + " → " + Money.wan(now));
            }
        }
        return changes;
    }

    private static BigDecimal amount(JsonNode node, String field) {
        if (node == null || !node.hasNonNull(field)) {
            return null;
        }
        return node.get(field).decimalValue();
    }

    private static JsonNode read(ObjectMapper json, String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
