package cn.jixiao.portal.region;

import cn.jixiao.platform.tenancy.Tenancy;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.DynamicInsert;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The region's settings row (tenant_setting), keyed by the tenant itself; row-level security shows only
 * the current region's row. One entity and one version for the whole row, so two settings saved from
 * two forms can never overwrite each other unseen: a form that read an older version gets a 409.
 */
@Entity
@Table(name = "tenant_setting")
@DynamicInsert // a row created for one setting leaves the others to the schema's defaults
public class RegionSettings extends PanacheEntityBase {
    /** The version a settings form shows while the region has no row yet: its first save sends it. */
    public static final int NOT_SET = -1;

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    /** 采购限额标准 in 万元; the schema's default when the row is created for another setting. */
    @Column(name = "procurement_threshold")
    public BigDecimal procurementThreshold;

    /** The unit that signs off kiosks' network hook-up (e.g. the big-data centre), or none. */
    @Column(name = "kiosk_network_department_id")
    public Long networkSignOffDepartmentId;

    /** Rule code → BLOCKING or WARNING: the region's own severity of a finding rule (V17). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "check_severity")
    public Map<String, String> checkSeverity;

    /** A wrapper, so a new row (null) is told apart from a stored one: the id is assigned, not generated. */
    @Version
    public Integer version;

    /** The current region's row, if it has one. */
    public static Optional<RegionSettings> current() {
        return Tenancy.current().flatMap(code -> RegionSettings.<RegionSettings>findByIdOptional(code));
    }

    /** The version a form must send to change the settings: the row's, or {@link #NOT_SET}. */
    public static int currentVersion() {
        return current().map(s -> s.version).orElse(NOT_SET);
    }

    /**
     * The row to change (after the caller has compared versions): the stored one, or a new one for the
     * current region whose other settings keep the schema's defaults.
     */
    public static RegionSettings forUpdate() {
        return current().orElseGet(() -> {
            var created = new RegionSettings();
            created.tenantId = Tenancy.current().orElseThrow();
            return created;
        });
    }

    /** Saves and flushes, so the new version is known to the answer and the audit entry. */
    public void save() {
        persist();
        getEntityManager().flush();
        getEntityManager().refresh(this);
    }
}
