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
import java.time.OffsetDateTime;
import org.hibernate.annotations.TenantId;

/** A file proving a device's delivery, acceptance or network sign-off, kept in object storage. */
@Entity
@Table(name = "device_document")
public class DeviceDocument extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "device_id")
    public Long deviceId;

    @Enumerated(EnumType.STRING)
    public DocumentKind kind;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    @Column(name = "object_key")
    public String objectKey;

    public String sha256;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at", insertable = false, updatable = false)
    public OffsetDateTime uploadedAt;
}
