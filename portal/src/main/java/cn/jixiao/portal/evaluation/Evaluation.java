package cn.jixiao.portal.evaluation;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.platform.publication.EvaluationScope;
import cn.jixiao.platform.publication.Grade;
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
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.TenantId;

/**
 * 绩效评价: of a project or, with no project, a department's whole spending, for a year and of a kind.
 * Its indicators are copied from a template when it starts. total_score and grade are the product's
 * computation, stored for lists and refreshed on every save (scoredAt null: not computed yet).
 */
@Entity
@Table(name = "evaluation")
public class Evaluation extends PanacheEntityBase {
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

    @Enumerated(EnumType.STRING)
    public EvaluationKind kind;

    @Enumerated(EnumType.STRING)
    public EvaluationStatus status = EvaluationStatus.DRAFT;

    @Column(name = "template_id")
    public Long templateId;

    @Column(name = "template_name")
    public String templateName;

    @Column(name = "target_id")
    public Long targetId;

    /** 预期目标 (from the approved target table). */
    @Column(name = "overall_goal")
    public String overallGoal;

    /** 实际完成情况. */
    @Column(name = "goal_achieved")
    public String goalAchieved;

    @Column(name = "evaluator_alias")
    public String evaluatorAlias;

    /** 评价机构. */
    @Column(name = "evaluator_name")
    public String evaluatorName;

    @Column(name = "report_date")
    public LocalDate reportDate;

    @Column(name = "total_score")
    public BigDecimal totalScore;

    @Enumerated(EnumType.STRING)
    public Grade grade;

    @Column(name = "scored_at")
    public OffsetDateTime scoredAt;

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Version
    public int version;

    public EvaluationScope scope() {
        return projectId == null ? EvaluationScope.DEPARTMENT : EvaluationScope.PROJECT;
    }

    public static List<Evaluation> ofYear(int year) {
        return list("year = ?1 order by departmentId, projectId nulls first, kind, id", year);
    }
}
