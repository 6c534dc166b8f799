package cn.jixiao.portal.indicator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

/** One indicator of a template: level 1, 2 or 3; only level-3 indicators carry a scoring rule. */
@Entity
@Table(name = "template_indicator")
public class TemplateIndicator extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "template_id", nullable = false)
    public Long templateId;

    @Column(name = "parent_id")
    public Long parentId;

    public int level;

    public int position;

    public String name;

    public BigDecimal weight;

    @Enumerated(EnumType.STRING)
    public ScoringRule rule;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class) // a record: replaced, never changed in place, so no JSON snapshot per load
    @Column(name = "rule_params")
    public RuleParams ruleParams;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_key")
    public RecordKey recordKey;

    @Column(name = "evidence_required")
    public boolean evidenceRequired;

    /** 具体指标 / 指标内容. */
    public String description;

    /** 评价标准. */
    public String criteria;

    /** The template's indicators, parents before children, in their order. */
    public static List<TemplateIndicator> ofTemplate(long templateId) {
        return list("templateId = ?1 order by level, position, id", templateId);
    }
}
