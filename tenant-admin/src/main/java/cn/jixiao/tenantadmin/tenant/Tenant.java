package cn.jixiao.tenantadmin.tenant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.Optional;

/**
 * A region that uses the product. The tenant row itself is platform data: tenant-admin reads and
 * writes all of them on purpose, so this entity has no {@code @TenantId}.
 */
@Entity
@Table(name = "tenant")
public class Tenant extends PanacheEntityBase {
    @Id
    @Pattern(regexp = "^[0-9]{6}$")
    public String code;

    @NotNull
    @Pattern(regexp = "^[a-z][a-z0-9-]{1,39}$")
    public String slug;

    @NotNull
    @Enumerated(EnumType.STRING)
    public TenantStatus status;

    /** The id of the region's Keycloak organization, known once the organization exists. */
    @Column(name = "keycloak_org_id")
    public String keycloakOrgId;

    @NotNull
    @Column(name = "onboarded_at")
    public Instant onboardedAt;

    /** When the status last changed by suspension, resumption or offboarding (null before). */
    @Column(name = "status_changed_at")
    public Instant statusChangedAt;

    @Version
    public int version;

    public static Optional<Tenant> byCode(String code) {
        return findByIdOptional(code);
    }

    public static Optional<Tenant> bySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static Tenant provisioning(String code, String slug, Instant now) {
        var tenant = new Tenant();
        tenant.code = code;
        tenant.slug = slug;
        tenant.status = TenantStatus.PROVISIONING;
        tenant.onboardedAt = now;
        return tenant;
    }
}
