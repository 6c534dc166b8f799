package cn.jixiao.tenantadmin.lifecycle;

import cn.jixiao.tenantadmin.tenant.TenantStatus;
import cn.jixiao.tenantadmin.web.ConflictException;
import cn.jixiao.tenantadmin.web.OperatorAudit;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The database side of offboarding, each in its own transaction. */
@ApplicationScoped
public class OffboardingSteps {
    @Inject
    OperatorAudit audit;

    record Ready(String organizationId, long exportId) {}

    @Transactional
    Ready readyToOffboard(String code) {
        var tenant = TenantLifecycle.tenant(code);
        if (tenant.status == TenantStatus.OFFBOARDED) {
            throw new ConflictException("该地区已注销 (the region is already offboarded)");
        }
        if (tenant.status != TenantStatus.SUSPENDED) {
            throw new ConflictException("请先停用该地区，再导出并注销 (suspend the region first, then export it)");
        }
        var exportId = latestExportSince(code, tenant.statusChangedAt)
                .orElseThrow(() -> new ConflictException(
                        "停用后尚未完整导出该地区的数据，请先下载导出文件 (export the region after its suspension first)"));
        return new Ready(tenant.keycloakOrgId, exportId);
    }

    @Transactional
    void markOffboarded(String code, String actor, Map<String, Object> details) {
        var tenant = TenantLifecycle.tenant(code);
        var before = Map.of("status", tenant.status.name());
        tenant.status = TenantStatus.OFFBOARDED;
        tenant.statusChangedAt = Instant.now();
        tenant.keycloakOrgId = null;
        var after = new HashMap<String, Object>(details);
        after.put("status", TenantStatus.OFFBOARDED.name());
        audit.record(code, actor, "OFFBOARD", "Tenant", before, after);
    }

    private static Optional<Long> latestExportSince(String code, Instant since) {
        var rows = Panache.getEntityManager()
                .createNativeQuery("select id from tenant_export where tenant_id = :code and made_at >= :since"
                        + " order by made_at desc limit 1")
                .setParameter("code", code)
                .setParameter("since", since == null ? Instant.EPOCH : since)
                .getResultList();
        return rows.stream().findFirst().map(id -> ((Number) id).longValue());
    }
}
