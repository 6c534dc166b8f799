package cn.jixiao.portal.audit;

import java.time.OffsetDateTime;

public record AuditView(
        long id,
        OffsetDateTime at,
        String actor,
        String action,
        String entity,
        Long entityId,
        String before,
        String after) {

    static AuditView of(AuditEntry e) {
        return new AuditView(e.id, e.at, e.actor, e.action, e.entity, e.entityId, e.before, e.after);
    }
}
