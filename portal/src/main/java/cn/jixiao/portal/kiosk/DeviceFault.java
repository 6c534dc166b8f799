package cn.jixiao.portal.kiosk;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;

/** 故障报告: opened by the point's responsible unit, closed when the device works again. */
@Entity
@Table(name = "device_fault")
public class DeviceFault extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "device_id")
    public Long deviceId;

    @Column(name = "opened_on")
    public LocalDate openedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    public String description;

    @Column(name = "reported_by")
    public String reportedBy;

    @Column(name = "closed_by")
    public String closedBy;

    public String resolution;

    @Version
    public int version;
}
