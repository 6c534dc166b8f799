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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.TenantId;

/** One dated, attributed step of a device's lifecycle. Written once, never changed. */
@Entity
@Table(name = "device_event")
public class DeviceEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "device_id")
    public Long deviceId;

    @Enumerated(EnumType.STRING)
    public DeviceStatus status;

    /** A step, a failed acceptance (status stays TRIAL_RUN) or a network sign-off (status as it was). */
    @Enumerated(EnumType.STRING)
    public EventKind kind = EventKind.STEP;

    @Column(name = "on_date")
    public LocalDate onDate;

    public String actor;

    @Column(name = "recorded_at", insertable = false, updatable = false)
    public OffsetDateTime recordedAt;

    public String note;

    /** Records one entry of a device's history (persisted in the caller's transaction). */
    public static DeviceEvent record(
            Device device, DeviceStatus status, EventKind kind, LocalDate on, String actor, String note) {
        var event = new DeviceEvent();
        event.deviceId = device.id;
        event.status = status;
        event.kind = kind;
        event.onDate = on;
        event.actor = actor;
        event.note = note;
        event.persist();
        return event;
    }
}
