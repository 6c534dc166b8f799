package cn.jixiao.portal.audit;

import cn.jixiao.portal.access.DepartmentGate;
import cn.jixiao.portal.web.Refusals;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.stream.Collectors;

/** A record's change history, shown to whoever may read the record (its department, or the whole region). */
@ApplicationScoped
public class AuditHistory {
    @Inject
    Instance<AuditedEntity> entities;

    @Inject
    DepartmentGate gate;

    @Inject
    ObjectMapper json;

    @Transactional
    public List<AuditRecord> of(String entity, long entityId, int page, int size) {
        AuditedEntity kind = entities.stream()
                .filter(e -> e.name().equals(entity))
                .findFirst()
                .orElseThrow(() -> Refusals.invalid(
                        "entity", "不支持查询该类记录的历史，可选：" + known() + " (unknown entity; one of " + known() + ")"));
        long departmentId =
                kind.departmentOf(entityId).orElseThrow(() -> new NotFoundException("记录不存在 (record not found)"));
        if (!kind.regionWide()) {
            gate.readable(departmentId);
        }
        return AuditEntry.history(entity, entityId, page, size).stream()
                .map(e -> new AuditRecord(
                        e.id, e.at, e.actor, e.action, e.entity, e.entityId, parse(e.before), parse(e.after)))
                .toList();
    }

    private String known() {
        return entities.stream().map(AuditedEntity::name).sorted().collect(Collectors.joining(", "));
    }

    private JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit_log holds invalid JSON", e);
        }
    }
}
