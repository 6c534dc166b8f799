package cn.jixiao.portal.indicator;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.platform.publication.EvaluationScope;
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
import org.hibernate.annotations.TenantId;

/**
 * 指标体系: a region's indicator template, for a project or a department's whole spending. Its
 * indicators ({@link TemplateIndicator}) form a tree of three levels. Ready-made templates copied from
 * the built-in library keep the library's code.
 */
@Entity
@Table(name = "indicator_template")
public class IndicatorTemplate extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    public EvaluationScope subjectKind;

    /** The kind of evaluation it is meant for; null for any. */
    @Enumerated(EnumType.STRING)
    @Column(name = "evaluation_kind")
    public EvaluationKind evaluationKind;

    public String description;

    @Column(name = "builtin_code")
    public String builtinCode;

    public boolean active = true;

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public int version;
}
