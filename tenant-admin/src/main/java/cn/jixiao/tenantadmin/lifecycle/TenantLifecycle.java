package cn.jixiao.tenantadmin.lifecycle;

import cn.jixiao.tenantadmin.keycloak.KeycloakOrganizations;
import cn.jixiao.tenantadmin.keycloak.KeycloakUsers;
import cn.jixiao.tenantadmin.tenant.Tenant;
import cn.jixiao.tenantadmin.tenant.TenantStatus;
import cn.jixiao.tenantadmin.web.ConflictException;
import cn.jixiao.tenantadmin.web.InvalidInputException;
import cn.jixiao.tenantadmin.web.OperatorAudit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Suspends, resumes and offboards regions. Suspension is a status: the portal serves only ACTIVE
 * regions (its region look-up filters the status), so the region's users are refused there, while
 * its published reports stay on the public site. Offboarding needs a suspended region and an export
 * made since the suspension; it removes the region's Keycloak organization and the users who belong
 * to no other organization, and marks the tenant OFFBOARDED. Its rows stay: audit rows, reports and
 * publication events refer to them, and government records are kept, never silently deleted.
 */
@ApplicationScoped
public class TenantLifecycle {
    static final String NOT_FOUND = "该地区尚未开通 (no such tenant)";

    @Inject
    OperatorAudit audit;

    @Inject
    KeycloakOrganizations organizations;

    @Inject
    KeycloakUsers users;

    @Inject
    OffboardingSteps steps;

    /** Suspends an active region; true when it was active, false when it was already suspended. */
    @Transactional
    public boolean suspend(String code, String actor) {
        var tenant = tenant(code);
        if (tenant.status == TenantStatus.SUSPENDED) {
            return false;
        }
        if (tenant.status != TenantStatus.ACTIVE) {
            throw new ConflictException(
                    "只能停用已开通的地区，该地区" + tenant.status.label() + " (only an active region can be suspended)");
        }
        change(tenant, TenantStatus.SUSPENDED, actor, "SUSPEND");
        return true;
    }

    /** Resumes a suspended region; true when it was suspended, false when it was already active. */
    @Transactional
    public boolean resume(String code, String actor) {
        var tenant = tenant(code);
        if (tenant.status == TenantStatus.ACTIVE) {
            return false;
        }
        if (tenant.status != TenantStatus.SUSPENDED) {
            throw new ConflictException(
                    "只能恢复已停用的地区，该地区" + tenant.status.label() + " (only a suspended region can be resumed)");
        }
        change(tenant, TenantStatus.ACTIVE, actor, "RESUME");
        return true;
    }

    /**
     * Removes a suspended region that was exported since its suspension. {@code confirm} must be the
     * region's code, typed by the operator. Keycloak calls come first and each can be repeated: a
     * failure part-way leaves the region SUSPENDED, and offboarding again finishes the work.
     */
    public OffboardingResult offboard(String code, String confirm, String actor) {
        if (confirm == null || !code.equals(confirm.strip())) {
            throw new InvalidInputException(
                    "confirm", "请输入该地区的行政区划代码 " + code + " 以确认注销 (type the division code to confirm)");
        }
        var check = steps.readyToOffboard(code);
        int removed = 0;
        int kept = 0;
        boolean organizationRemoved = false;
        if (check.organizationId() != null) {
            for (String userId : organizations.memberIds(check.organizationId())) {
                if (users.deleteUnlessInAnotherOrganization(userId, check.organizationId())) {
                    removed++;
                } else {
                    kept++;
                }
            }
            organizationRemoved = organizations.delete(check.organizationId());
        }
        steps.markOffboarded(
                code, actor, Map.of("usersRemoved", removed, "usersKept", kept, "exportId", check.exportId()));
        return new OffboardingResult(
                code, TenantStatus.OFFBOARDED, organizationRemoved, removed, kept, check.exportId());
    }

    private void change(Tenant tenant, TenantStatus to, String actor, String action) {
        var before = Map.of("status", tenant.status.name());
        tenant.status = to;
        tenant.statusChangedAt = Instant.now();
        audit.record(tenant.code, actor, action, "Tenant", before, Map.of("status", to.name()));
    }

    static Tenant tenant(String code) {
        return Optional.ofNullable(code)
                .filter(c -> c.matches("^[0-9]{6}$"))
                .flatMap(Tenant::byCode)
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }
}
