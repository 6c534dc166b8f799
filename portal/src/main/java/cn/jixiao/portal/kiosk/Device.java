package cn.jixiao.portal.kiosk;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;

/**
 * 自助设备: one kiosk, bought by a department under a contract and placed at a service point. The
 * first date each lifecycle milestone was reached is kept on the row (the full attributed history
 * is in {@link DeviceEvent}), so rates as of any date are one pass over devices.
 */
@Entity
@Table(name = "device")
public class Device extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    /** 设备编号: unique in the region, what the vendors' usage exports name. */
    public String code;

    @Column(name = "type_id")
    public Long typeId;

    public String model;

    @Column(name = "serial_no")
    public String serialNo;

    public String vendor;

    /** 万元. */
    public BigDecimal price;

    /** The department that bought it, and so records its acceptance. */
    @Column(name = "department_id")
    public Long departmentId;

    @Column(name = "contract_id")
    public Long contractId;

    @Column(name = "point_id")
    public Long pointId;

    @Enumerated(EnumType.STRING)
    public DeviceStatus status = DeviceStatus.ORDERED;

    @Column(name = "ordered_on")
    public LocalDate orderedOn;

    @Column(name = "delivered_on")
    public LocalDate deliveredOn;

    @Column(name = "installed_on")
    public LocalDate installedOn;

    @Column(name = "trial_started_on")
    public LocalDate trialStartedOn;

    @Column(name = "accepted_on")
    public LocalDate acceptedOn;

    @Column(name = "in_service_on")
    public LocalDate inServiceOn;

    @Column(name = "retired_on")
    public LocalDate retiredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "acceptance_result")
    public AcceptanceOutcome acceptanceResult;

    @Column(name = "acceptance_note")
    public String acceptanceNote;

    /** 联网验收: the big-data centre's sign-off that the kiosk is hooked up to the approval systems. */
    @Column(name = "network_signed_off_on")
    public LocalDate networkSignedOffOn;

    @Column(name = "network_signed_off_by")
    public String networkSignedOffBy;

    @Column(name = "paid_on")
    public LocalDate paidOn;

    @Version
    public int version;
}
