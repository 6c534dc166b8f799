package cn.jixiao.portal.evaluation;

import cn.jixiao.portal.indicator.RecordKey;
import cn.jixiao.portal.indicator.RuleParams;
import cn.jixiao.portal.indicator.ScoringRule;
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
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

/**
 * One indicator of an evaluation, copied from the template when the evaluation started (later edits of
 * the template do not reach it). Level-3 indicators carry the rule, the target and the actual value, the
 * score the rule computed and, instead of it, a hand-entered score with its reason.
 */
@Entity
@Table(name = "evaluation_indicator")
public class EvaluationIndicator extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "evaluation_id", nullable = false)
    public Long evaluationId;

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

    public String description;

    public String criteria;

    @Column(name = "target_indicator_id")
    public Long targetIndicatorId;

    public String comparator;

    @Column(name = "target_value")
    public BigDecimal targetValue;

    @Column(name = "target_text")
    public String targetText;

    public String unit;

    @Column(name = "actual_value")
    public BigDecimal actualValue;

    @Column(name = "actual_text")
    public String actualText;

    /** CHECKLIST: the indices of the criteria met; YES_NO: [0] when met. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "checked_items")
    public List<Integer> checkedItems;

    @Column(name = "computed_score")
    public BigDecimal computedScore;

    @Column(name = "manual_score")
    public BigDecimal manualScore;

    @Column(name = "score_reason")
    public String scoreReason;

    /** 偏差原因分析及改进措施. */
    @Column(name = "deviation_reason")
    public String deviationReason;

    @Version
    public int version;

    /** The score that counts: the hand-entered one when there is one, else the rule's. */
    public BigDecimal score() {
        return manualScore != null ? manualScore : computedScore;
    }

    public static List<EvaluationIndicator> ofEvaluation(long evaluationId) {
        return list("evaluationId = ?1 order by level, position, id", evaluationId);
    }
}
