package cn.jixiao.portal.audit;

import cn.jixiao.portal.access.Access;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Records every change in the caller's transaction, so a change and its audit row are saved or
 * lost together. Pass views (records), not entities: they serialise to stable JSON.
 */
@ApplicationScoped
public class AuditTrail {
    @Inject
    Access access;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entity, Long entityId, Object before, Object after) {
        recordAs(access.actor(), action, entity, entityId, before, after);
    }

    /** The same for a named actor with no signed-in user (the demo loader at start). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String actor, String action, String entity, Long entityId, Object before, Object after) {
        var entry = new AuditEntry();
        entry.at = OffsetDateTime.now();
        entry.actor = actor;
        entry.action = action;
        entry.entity = entity;
        entry.entityId = entityId;
        entry.before = toJson(before);
        entry.after = toJson(after);
        entry.persist();
    }

    @Transactional
    public List<AuditView> history(String entity, long entityId, int page, int size) {
        return AuditEntry.history(entity, entityId, page, size).stream()
                .map(AuditView::of)
                .toList();
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "cannot write audit JSON for " + value.getClass().getSimpleName(), e);
        }
    }
}
