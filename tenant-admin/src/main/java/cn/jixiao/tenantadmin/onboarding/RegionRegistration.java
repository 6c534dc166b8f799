package cn.jixiao.tenantadmin.onboarding;

import cn.jixiao.tenantadmin.tenant.Region;
import cn.jixiao.tenantadmin.tenant.RegionLevel;
import cn.jixiao.tenantadmin.tenant.Tenant;
import cn.jixiao.tenantadmin.tenant.TenantStatus;
import cn.jixiao.tenantadmin.web.ConflictException;
import cn.jixiao.tenantadmin.web.InvalidInputException;
import cn.jixiao.tenantadmin.web.OperatorAudit;
import cn.jixiao.tenantadmin.web.SignedInOperator;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The database side of an onboarding: the region rows and the tenant row, first as PROVISIONING,
 * ACTIVE once Keycloak is ready. Onboardings take one lock for this step, so two at once cannot
 * both claim the same code or slug.
 */
@ApplicationScoped
public class RegionRegistration {
    /** Key of the transaction-scoped advisory lock that serializes this step. */
    private static final long LOCK = 0x6a69786961_6f6eL;

    private final Clock clock = Clock.systemUTC();

    @Inject
    OperatorAudit audit;

    @Inject
    SignedInOperator operator;

    @Transactional
    public Registration register(OnboardingRequest request) {
        lock();
        var tenant = Tenant.byCode(request.code());
        tenant.filter(t -> !t.slug.equals(request.slug())).ifPresent(t -> {
            throw new ConflictException("行政区划代码 " + t.code + " 已开通，地区标识为 " + t.slug + " (division code " + t.code
                    + " is already onboarded as " + t.slug + ")");
        });
        Tenant.bySlug(request.slug())
                .filter(t -> !t.code.equals(request.code()))
                .ifPresent(t -> {
                    throw new ConflictException("地区标识 " + t.slug + " 已被行政区划代码 " + t.code + " 使用" + " (slug " + t.slug
                            + " is already used by division code " + t.code + ")");
                });
        tenant.filter(t -> t.status == TenantStatus.SUSPENDED).ifPresent(t -> {
            throw new ConflictException("地区 " + t.slug + " 已停用，不能重新开通 (tenant " + t.slug + " is suspended)");
        });
        tenant.filter(t -> t.status == TenantStatus.OFFBOARDED).ifPresent(t -> {
            throw new ConflictException("地区 " + t.slug + " 已注销，不能重新开通 (tenant " + t.slug + " is offboarded)");
        });
        boolean parentCreated = registerParent(request);
        boolean regionCreated = registerRegion(request);
        if (tenant.isPresent()) {
            var existing = tenant.get();
            return new Registration(
                    existing.code,
                    existing.status == TenantStatus.ACTIVE,
                    Optional.ofNullable(existing.keycloakOrgId),
                    parentCreated || regionCreated);
        }
        Tenant.provisioning(request.code(), request.slug(), Instant.now(clock)).persist();
        grantReadDown(request.code());
        return new Registration(request.code(), false, Optional.empty(), true);
    }

    /**
     * Cities over counties: every onboarded region above the new one reads it down, and the new one
     * reads down every onboarded region below it (bulk onboarding may bring a city after its counties).
     * The database's trigger holds each grant to the hierarchy.
     */
    private static void grantReadDown(String code) {
        var em = Panache.getEntityManager();
        em.flush();
        em.createNativeQuery("""
                        insert into tenant_read_grant (reader, readable)
                        with recursive above (code) as (
                            select parent_code from region where code = :code
                            union
                            select r.parent_code from region r join above a on r.code = a.code
                             where r.parent_code is not null),
                        below (code) as (
                            select code from region where parent_code = :code
                            union
                            select r.code from region r join below b on r.parent_code = b.code)
                        select t.code, :code from tenant t join above a on a.code = t.code
                        union
                        select :code, t.code from tenant t join below b on b.code = t.code
                        on conflict do nothing""").setParameter("code", code).executeUpdate();
    }

    /** Remembers the organization as soon as it exists, so a retry goes straight to it. */
    @Transactional
    public void recordOrganization(String code, String organizationId) {
        tenant(code).keycloakOrgId = organizationId;
    }

    @Transactional
    public void activate(String code, String organizationId) {
        var tenant = tenant(code);
        String before = tenant.status.name();
        tenant.keycloakOrgId = organizationId;
        tenant.status = TenantStatus.ACTIVE;
        audit.record(
                code,
                actor(),
                "ONBOARD",
                "Region",
                Map.of("status", before),
                Map.of("status", TenantStatus.ACTIVE.name(), "slug", tenant.slug, "keycloakOrgId", organizationId));
    }

    /** The operator of the request, or the bulk job working in the background. */
    private String actor() {
        if (Arc.container().requestContext().isActive() && operator.isSignedIn()) {
            return operator.username();
        }
        return "bulk-onboarding";
    }

    private boolean registerParent(OnboardingRequest request) {
        if (request.parentCode() == null) {
            return false;
        }
        RegionLevel level = request.regionLevel();
        var parent = Region.byCode(request.parentCode());
        if (parent.isPresent()) {
            if (!parent.get().level.isAbove(level)) {
                throw new InvalidInputException(
                        "parentCode",
                        "上级地区 " + parent.get().name + " 的级别须高于本地区" + " (the parent region must be of a higher level)");
            }
            return false;
        }
        if (request.parentName() == null) {
            throw new InvalidInputException(
                    "parentName",
                    "上级地区 " + request.parentCode() + " 尚未登记，请填写上级地区名称" + " (parent region " + request.parentCode()
                            + " is not registered yet; give its name)");
        }
        RegionLevel parentLevel = level.parent().orElseThrow();
        Region.of(request.parentCode(), request.parentName(), parentLevel, null).persist();
        return true;
    }

    private boolean registerRegion(OnboardingRequest request) {
        var existing = Region.byCode(request.code());
        if (existing.isEmpty()) {
            Region.of(request.code(), request.name(), request.regionLevel(), request.parentCode())
                    .persist();
            Panache.getEntityManager().flush();
            return true;
        }
        var region = existing.get();
        if (!region.name.equals(request.name()) || region.level != request.regionLevel()) {
            throw new ConflictException("行政区划代码 " + region.code + " 已登记为 " + region.name + "（" + region.level.label()
                    + "）" + " (division code " + region.code + " is registered as " + region.name + ", "
                    + region.level.english() + ")");
        }
        if (request.parentCode() != null
                && region.parentCode != null
                && !Objects.equals(region.parentCode, request.parentCode())) {
            throw new ConflictException("地区 " + region.name + " 的上级已登记为 " + region.parentCode
                    + " (the region's parent is registered as " + region.parentCode + ")");
        }
        if (region.parentCode == null && request.parentCode() != null) {
            region.parentCode = request.parentCode();
        }
        return false;
    }

    private void lock() {
        Panache.getEntityManager()
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(:key)) as locked")
                .setParameter("key", LOCK)
                .getSingleResult();
    }

    private static Tenant tenant(String code) {
        return Tenant.byCode(code).orElseThrow(() -> new IllegalStateException("tenant " + code + " vanished"));
    }
}
