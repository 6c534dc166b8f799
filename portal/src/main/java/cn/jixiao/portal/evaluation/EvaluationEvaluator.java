package cn.jixiao.portal.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.TenantId;

/** 评价人员: a member of the evaluation group, with title and unit; one leads it. */
@Entity
@Table(name = "evaluation_evaluator")
public class EvaluationEvaluator extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "evaluation_id", nullable = false)
    public Long evaluationId;

    public int position;

    public String name;

    public String title;

    public String unit;

    public boolean leader;

    public static List<EvaluationEvaluator> ofEvaluation(long evaluationId) {
        return list("evaluationId = ?1 order by position, id", evaluationId);
    }
}
