package cn.jixiao.portal.audit;

import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;

/**
 * A kind of audited record whose history may be read through GET /api/audit. Each feature produces
 * one bean per entity it audits, naming it as {@code audit_log.entity} does and saying which
 * department a record belongs to (empty when it does not exist in this region), so a history is
 * shown to exactly those who may read the record. A record the whole region reads (an indicator
 * template) has no department: its history is shown to everyone in the region, as the record is. The
 * lookup runs inside a transaction.
 */
public record AuditedEntity(String name, LongFunction<Optional<Long>> departmentLookup, boolean regionWide) {

    public AuditedEntity(String name, LongFunction<Optional<Long>> departmentLookup) {
        this(name, departmentLookup, false);
    }

    /** A record every user of the region reads; {@code existsHere} says whether it is this region's. */
    public static AuditedEntity regionWide(String name, LongPredicate existsHere) {
        return new AuditedEntity(name, id -> existsHere.test(id) ? Optional.of(id) : Optional.empty(), true);
    }

    /** The record's department; for a region-wide record only present or not (404 when not). */
    public Optional<Long> departmentOf(long entityId) {
        return departmentLookup.apply(entityId);
    }
}
