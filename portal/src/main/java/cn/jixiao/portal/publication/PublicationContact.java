package cn.jixiao.portal.publication;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.hibernate.annotations.TenantId;

/** The address a department's publication reminders are mailed to (its 信息公开 contact). */
@Entity
@Table(name = "publication_contact")
public class PublicationContact extends PanacheEntityBase {
    @Id
    @Column(name = "department_id")
    public Long departmentId;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    public String email;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public Integer version;
}
