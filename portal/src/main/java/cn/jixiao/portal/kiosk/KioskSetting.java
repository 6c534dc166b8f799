package cn.jixiao.portal.kiosk;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The kiosk part of the region's settings row (tenant_setting, shared with the procurement
 * threshold, whose column keeps its default when this creates the row): the unit that signs off
 * kiosks' network hook-up.
 */
@Entity
@Table(name = "tenant_setting")
public class KioskSetting extends PanacheEntityBase {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "kiosk_network_department_id")
    public Long networkSignOffDepartmentId;

    /** A wrapper, so a new row (null) is told apart from a stored one: the id is assigned, not generated. */
    @Version
    public Integer version;
}
