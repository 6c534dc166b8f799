package cn.jixiao.tenantadmin.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * What operators do to a region, written to the region's {@code audit_log} (who, when, before,
 * after) in the caller's transaction, as the portal writes its own changes.
 */
@ApplicationScoped
public class OperatorAudit {
    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String tenantCode, String actor, String action, String entity, Object before, Object after) {
        Panache.getEntityManager()
                .createNativeQuery("insert into audit_log (tenant_id, actor, action, entity, before, after)"
                        + " values (:tenant, :actor, :action, :entity, cast(:before as jsonb), cast(:after as jsonb))")
                .setParameter("tenant", tenantCode)
                .setParameter("actor", actor)
                .setParameter("action", action)
                .setParameter("entity", entity)
                .setParameter("before", text(before))
                .setParameter("after", text(after))
                .executeUpdate();
    }

    private String text(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit value not writable as JSON", e);
        }
    }
}
