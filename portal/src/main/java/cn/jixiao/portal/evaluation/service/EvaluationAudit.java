package cn.jixiao.portal.evaluation.service;

import cn.jixiao.portal.audit.AuditEntry;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/**
 * Writes the audit rows of evaluation changes in the caller's transaction, like {@code AuditTrail}, but
 * for a named actor: the same service methods serve signed-in users and the demo loader at start.
 */
@ApplicationScoped
public class EvaluationAudit {
    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, String action, String entity, Long entityId, Object before, Object after) {
        var entry = new AuditEntry();
        entry.at = OffsetDateTime.now();
        entry.actor = actor.username();
        entry.action = action;
        entry.entity = entity;
        entry.entityId = entityId;
        entry.before = toJson(before);
        entry.after = toJson(after);
        entry.persist();
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
