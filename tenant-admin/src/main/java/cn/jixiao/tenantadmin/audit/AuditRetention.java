package cn.jixiao.tenantadmin.audit;

import cn.jixiao.tenantadmin.web.OperatorAudit;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Removes audit entries older than {@code jixiao.audit.retention-days} (never fewer than 180), region by
 * region, through the database function {@code audit_prune}: the only way an entry leaves the log. The
 * function records each cut (audit_cut) and moves the chain's anchor, and this job writes a
 * {@code AuditLog PRUNE} entry into the region's chain, so the cut is itself on the record. The platform's
 * own log (operators' events) is cut the same way, with the same floor, by {@code operator_audit_prune}
 * (cuts in operator_audit_cut, the PRUNE entry in the platform chain). Several
 * instances may run it at once: the chain head's lock lets one cut and the others find nothing.
 */
@ApplicationScoped
public class AuditRetention {
    static final String ACTOR = "retention";

    @Inject
    AuditConfig config;

    @Inject
    OperatorAudit audit;

    @Inject
    PlatformAudit platformAudit;

    @Scheduled(
            cron = "{jixiao.audit.retention-cron}",
            identity = "audit-retention",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        int removed = pruneAll();
        Log.infof("audit retention (%d days): %d entries removed", config.retentionDays(), removed);
    }

    /** Cuts every region's log and the platform's; returns how many entries were removed in all. */
    public int pruneAll() {
        List<String> regions = QuarkusTransaction.requiringNew()
                .call(() -> Panache.getEntityManager()
                        .createNativeQuery("select tenant_id from audit_chain order by tenant_id", String.class)
                        .getResultList());
        int total = 0;
        for (String region : regions) {
            total += prune(region);
        }
        return total + prunePlatform();
    }

    /** Cuts the platform's log in a transaction of its own; returns how many entries were removed. */
    public int prunePlatform() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Number removed = (Number) Panache.getEntityManager()
                    .createNativeQuery("select operator_audit_prune(:days, :by)")
                    .setParameter("days", config.retentionDays())
                    .setParameter("by", ACTOR)
                    .getSingleResult();
            if (removed.intValue() > 0) {
                platformAudit.record(
                        ACTOR,
                        "PRUNE",
                        "AuditLog",
                        Map.of("removed", removed.intValue(), "keepDays", config.retentionDays()));
            }
            return removed.intValue();
        });
    }

    /** Cuts one region's log in a transaction of its own; returns how many entries were removed. */
    public int prune(String region) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Number removed = (Number) Panache.getEntityManager()
                    .createNativeQuery("select audit_prune(:region, :days, :by)")
                    .setParameter("region", region)
                    .setParameter("days", config.retentionDays())
                    .setParameter("by", ACTOR)
                    .getSingleResult();
            if (removed.intValue() > 0) {
                audit.record(
                        region,
                        ACTOR,
                        "PRUNE",
                        "AuditLog",
                        null,
                        Map.of("removed", removed.intValue(), "keepDays", config.retentionDays()));
            }
            return removed.intValue();
        });
    }
}
