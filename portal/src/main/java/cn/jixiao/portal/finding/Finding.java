package cn.jixiao.portal.finding;

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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

/**
 * 核查发现: what a check found about an evaluation (or a target table), kept so it can be listed,
 * filtered and explained. A recheck updates the row of the same code and subject key, keeps its
 * explanation, and marks what is no longer found as FIXED.
 */
@Entity
@Table(name = "finding")
public class Finding extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "evaluation_id")
    public Long evaluationId;

    @Column(name = "target_id")
    public Long targetId;

    @Column(name = "department_id")
    public Long departmentId;

    public Integer year;

    public String code;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    /** What inside the subject, e.g. "indicator:123" ("" for the whole subject). */
    @Column(name = "subject_key")
    public String subjectKey = "";

    public String message;

    /**
     * The figures and records it is about, e.g. {"stated": 85.27, "computed": 85.30}. Replaced, never
     * changed in place: without immutability, Hibernate compared the map (BigDecimal values) with its
     * JSON-copied snapshot (Double values), found every new finding dirty at every flush and rewrote it,
     * which made a region's first recheck 12 times slower than the next.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Map<String, Object> evidence;

    @Enumerated(EnumType.STRING)
    public FindingState state = FindingState.OPEN;

    public String explanation;

    @Column(name = "explained_by")
    public String explainedBy;

    @Column(name = "explained_at")
    public OffsetDateTime explainedAt;

    @Column(name = "first_seen_at", insertable = false, updatable = false)
    public OffsetDateTime firstSeenAt;

    @Column(name = "last_seen_at")
    public OffsetDateTime lastSeenAt;

    @Version
    public int version;

    public static List<Finding> ofEvaluation(long evaluationId) {
        return list("evaluationId = ?1 order by severity, code, subjectKey", evaluationId);
    }
}
