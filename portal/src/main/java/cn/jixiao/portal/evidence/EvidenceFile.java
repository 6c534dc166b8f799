package cn.jixiao.portal.evidence;

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
import java.util.List;
import org.hibernate.annotations.TenantId;

/**
 * 佐证资料: one version of a file proving an owner record, kept in object storage. Versions of one file
 * share a lineage (the first version's id); only the newest is current, the older ones stay readable.
 */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind")
    public OwnerKind ownerKind;

    @Column(name = "owner_id")
    public long ownerId;

    @Column(name = "evaluation_id")
    public Long evaluationId;

    @Column(name = "department_id")
    public Long departmentId;

    @Column(name = "lineage_id")
    public Long lineageId;

    @Column(name = "version_no")
    public int versionNo = 1;

    public boolean current = true;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    @Column(name = "object_key")
    public String objectKey;

    public String sha256;

    @Column(name = "scan_status")
    public String scanStatus;

    @Column(name = "scan_note")
    public String scanNote;

    @Column(name = "scanned_at")
    public OffsetDateTime scannedAt;

    public String note;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at", insertable = false, updatable = false)
    public OffsetDateTime uploadedAt;

    /** The versions of one file, newest first. */
    public static List<EvidenceFile> lineage(long lineageId) {
        return list("lineageId = ?1 order by versionNo desc", lineageId);
    }

    /** An owner's files, every version, newest file first and its versions newest first. */
    public static List<EvidenceFile> ofOwner(OwnerKind kind, long ownerId) {
        return list("ownerKind = ?1 and ownerId = ?2 order by lineageId desc, versionNo desc", kind, ownerId);
    }
}
