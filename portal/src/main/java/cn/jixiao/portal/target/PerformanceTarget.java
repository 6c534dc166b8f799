package cn.jixiao.portal.target;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
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
 * 绩效目标表: one version of the targets of a project (or, with no project, of a department's whole
 * spending) for a year. A change after approval is a new version with its reason; at most one version
 * per subject and year is APPROVED, and that is the one an evaluation starts from.
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

    @Column(name = "department_id", nullable = false, updatable = false)
    public Long departmentId;

    @Column(name = "project_id", updatable = false)
    public Long projectId;

    @Column(updatable = false)
    public int year;

    @Column(name = "version_no", updatable = false)
    public int versionNo = 1;

    @Column(name = "previous_id", updatable = false)
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

    /** 项目属性: NEW (新增) or CONTINUING (延续), see {@link ProjectNature}. */
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

    @Column(name = "created_at", updatable = false)
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

    /** The approved target table of a subject and year (project null: the department's whole spending). */
    public static Optional<PerformanceTarget> approved(long departmentId, Long projectId, int year) {
        return subject(departmentId, projectId, year, "status = :status", TargetStatus.APPROVED).stream()
                .findFirst();
    }

    /** Every version of a subject and year, oldest first. */
    public static List<PerformanceTarget> versions(long departmentId, Long projectId, int year) {
        return subject(departmentId, projectId, year, null, null);
    }

    private static List<PerformanceTarget> subject(
            long departmentId, Long projectId, int year, String extra, TargetStatus status) {
        var parameters = Parameters.with("department", departmentId).and("year", year);
        String query = "departmentId = :department and year = :year and "
                + (projectId == null ? "projectId is null" : "projectId = :project");
        if (projectId != null) {
            parameters.and("project", projectId);
        }
        if (extra != null) {
            query += " and " + extra;
            parameters.and("status", status);
        }
        return list(query + " order by versionNo", parameters);
    }
}
