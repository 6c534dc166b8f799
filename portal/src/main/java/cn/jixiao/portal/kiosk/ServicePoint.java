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

/** 服务点: a place where kiosks serve the public, looked after by a responsible unit (usually a community). */
@Entity
@Table(name = "service_point")
public class ServicePoint extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    public String code;

    public String name;

    public String address;

    public String community;

    public BigDecimal longitude;

    public BigDecimal latitude;

    @Column(name = "open_24h")
    public boolean open24h;

    @Column(name = "opening_hours")
    public String openingHours;

    @Enumerated(EnumType.STRING)
    public PointStatus status = PointStatus.PLANNED;

    @Column(name = "construction_started_on")
    public LocalDate constructionStartedOn;

    @Column(name = "opened_on")
    public LocalDate openedOn;

    /** When a point still being built is expected to open (seed 000: 预计2023年1月). */
    @Column(name = "expected_open_on")
    public LocalDate expectedOpenOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "responsible_department_id")
    public Long responsibleDepartmentId;

    @Version
    public int version;
}
