package cn.jixiao.portal.target;

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
import java.time.OffsetDateTime;
import java.util.Optional;
import org.hibernate.annotations.TenantId;

/**
 * 绩效目标表: the targets of a project (or, with no project, of a department's whole spending) for a
 * year, one row per version. Changes after approval are a new version with a reason.
 */
@Entity
@Table(name = "performance_target")
public class PerformanceTarget extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "department_id", nullable = false)
    public Long departmentId;

    @Column(name = "project_id")
    public Long projectId;

    public int year;

    @Column(name = "version_no")
    public int versionNo = 1;

    @Column(name = "previous_id")
    public Long previousId;

    @Column(name = "change_reason")
    public String changeReason;

    @Enumerated(EnumType.STRING)
    public TargetStatus status = TargetStatus.DRAFT;

    /** 年度总体目标 (or the project's overall goal). */
    @Column(name = "overall_goal")
    public String overallGoal;

    /** 本年度目标. */
    @Column(name = "year_goal")
    public String yearGoal;

    /** 项目属性: NEW (新增) or CONTINUING (延续). */
    @Column(name = "project_nature")
    public String projectNature;

    /** 万元. */
    @Column(name = "total_funds")
    public BigDecimal totalFunds;

    @Column(name = "fiscal_funds")
    public BigDecimal fiscalFunds;

    @Column(name = "other_funds")
    public BigDecimal otherFunds;

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decision_note")
    public String decisionNote;

    @Version
    public int version;

    /** The approved version for a subject and year, if any (project null: the department's whole spending). */
    public static Optional<PerformanceTarget> approved(long departmentId, Long projectId, int year) {
        return projectId == null
                ? find(
                                "departmentId = ?1 and projectId is null and year = ?2 and status = ?3",
                                departmentId,
                                year,
                                TargetStatus.APPROVED)
                        .firstResultOptional()
                : find(
                                "departmentId = ?1 and projectId = ?2 and year = ?3 and status = ?4",
                                departmentId,
                                projectId,
                                year,
                                TargetStatus.APPROVED)
                        .firstResultOptional();
    }
}
