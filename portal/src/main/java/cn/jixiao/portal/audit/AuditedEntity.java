package cn.jixiao.portal.audit;

import java.util.Optional;
import java.util.function.LongFunction;

/**
 * A kind of audited record whose history may be read through GET /api/audit. Each feature produces
 * one bean per entity it audits, naming it as {@code audit_log.entity} does and saying which
 * department a record belongs to (empty when it does not exist in this region), so a history is
 * shown to exactly those who may read the record. The lookup runs inside a transaction.
 */
public record AuditedEntity(String name, LongFunction<Optional<Long>> departmentLookup) {

    public Optional<Long> departmentOf(long entityId) {
        return departmentLookup.apply(entityId);
    }
}
