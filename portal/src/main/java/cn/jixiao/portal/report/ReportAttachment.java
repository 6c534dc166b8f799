package cn.jixiao.portal.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.TenantId;

/** A file published with a report, copied to {@code reports/{tenant}/{reportId}/{position}-{fileName}}. */
@Entity
@Table(name = "report_attachment")
public class ReportAttachment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "report_id")
    public long reportId;

    public int position;

    public String title;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    @Column(name = "object_key")
    public String objectKey;

    public String sha256;

    public static List<ReportAttachment> ofReport(long reportId) {
        return list("reportId = ?1 order by position", reportId);
    }
}
