package cn.jixiao.portal.contract;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * The region's settings row (tenant_setting), keyed by the tenant itself; row-level security shows
 * only the current region's row. Holds the 采购限额标准 in 万元.
 */
@Entity
@Table(name = "tenant_setting")
public class ProcurementSetting extends PanacheEntityBase {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "procurement_threshold")
    public BigDecimal procurementThreshold;

    /** A wrapper, so a new row (null) is told apart from a stored one: the id is assigned, not generated. */
    @Version
    public Integer version;
}
