package cn.jixiao.portal.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.TenantId;

/**
 * 项目变更: a change of a project's content or total that needs approval. The department asks; a
 * finance reviewer approves or rejects it, naming the approving body (e.g. 人大, 财政局). Rows are
 * never deleted, so the history stays.
 */
@Entity
@Table(name = "project_change")
public class ProjectChange extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "project_id", nullable = false, updatable = false)
    public Long projectId;

    @Enumerated(EnumType.STRING)
    public ChangeKind kind;

    public String description;

    @Column(name = "old_total")
    public BigDecimal oldTotal;

    @Column(name = "new_total")
    public BigDecimal newTotal;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;

    @Enumerated(EnumType.STRING)
    public ChangeStatus status = ChangeStatus.REQUESTED;

    @Column(name = "approval_body")
    public String approvalBody;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decision_note")
    public String decisionNote;

    @Version
    public int version;

    public static List<ProjectChange> historyOf(long projectId) {
        return list("projectId", Sort.descending("requestedAt").and("id", Sort.Direction.Descending), projectId);
    }

    public static Optional<ProjectChange> findInProject(long projectId, long id) {
        return find("projectId = ?1 and id = ?2", projectId, id).firstResultOptional();
    }

    /** The newest approved change of the total: the total the funds should add up to. */
    public static Optional<ProjectChange> lastApprovedTotal(long projectId) {
        return find(
                        "projectId = ?1 and kind = ?2 and status = ?3",
                        Sort.descending("decidedAt").and("id", Sort.Direction.Descending),
                        projectId,
                        ChangeKind.TOTAL,
                        ChangeStatus.APPROVED)
                .firstResultOptional();
    }

    public static long countPending(long projectId) {
        return count("projectId = ?1 and status = ?2", projectId, ChangeStatus.REQUESTED);
    }
}
