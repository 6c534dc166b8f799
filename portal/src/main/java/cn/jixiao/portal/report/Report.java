package cn.jixiao.portal.report;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.platform.publication.EvaluationScope;
import cn.jixiao.platform.publication.Grade;
import cn.jixiao.platform.publication.ReportStatus;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/**
 * A report of the publication contract (V2, V14): made as a DRAFT from an approved evaluation, then
 * PUBLISHED with its 索引号 and rendered body, WITHDRAWN with a reason, or replaced by a correction
 * ({@code correctsId} on the new one). The narratives are the department's words per section; figures
 * and tables are generated from the records each time the report is rendered.
 */
@Entity
@Table(name = "report")
public class Report extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "department_id")
    public Long departmentId;

    @Column(name = "evaluation_id")
    public Long evaluationId;

    public String title;

    /** 发布机构. */
    public String publisher;

    /** 索引号 (null while a draft). */
    @Column(name = "index_no")
    public String indexNo;

    /** 公开目录. */
    public String catalog = ReportCatalog.SELF_REPORT.label;

    /** 发布日期. */
    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** 文号. */
    @Column(name = "doc_no")
    public String docNo;

    /** 主题词, separated by spaces. */
    public String keywords;

    @Column(name = "views", insertable = false, updatable = false)
    public long views;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Enumerated(EnumType.STRING)
    public EvaluationKind kind;

    @Enumerated(EnumType.STRING)
    public EvaluationScope scope;

    public BigDecimal score;

    @Enumerated(EnumType.STRING)
    public Grade grade;

    @Column(name = "budget_yuan")
    public BigDecimal budgetYuan;

    @Column(name = "execution_rate")
    public BigDecimal executionRate;

    public String summary = "";

    /** The rendered body (section markup of the contract); empty while a draft. */
    public String body = "";

    @Enumerated(EnumType.STRING)
    public ReportStatus status = ReportStatus.DRAFT;

    @Column(name = "withdrawn_reason")
    public String withdrawnReason;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "corrects_id")
    public Long correctsId;

    /** Why this report corrects the one it replaces. */
    @Column(name = "correction_reason")
    public String correctionReason;

    /** Section code → the department's narrative. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> narratives = new LinkedHashMap<>();

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public int version;

    public String narrative(ReportSection section) {
        return narratives == null ? null : narratives.get(section.code);
    }

    public static List<Report> ofEvaluation(long evaluationId) {
        return list("evaluationId = ?1 order by id", evaluationId);
    }

    /** The reports that corrected this one, newest first. */
    public static List<Report> correctionsOf(long reportId) {
        return list("correctsId = ?1 order by id desc", reportId);
    }
}
