package cn.jixiao.portal.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.TenantId;

/** A dated, attributed review step: CREATED, SUBMITTED, RETURNED (with the comments), APPROVED. */
@Entity
@Table(name = "evaluation_event")
public class EvaluationEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "evaluation_id", nullable = false)
    public Long evaluationId;

    public String action;

    public String actor;

    @Column(name = "actor_name")
    public String actorName;

    @Column(insertable = false, updatable = false)
    public OffsetDateTime at;

    public String comment;

    public static List<EvaluationEvent> ofEvaluation(long evaluationId) {
        return list("evaluationId = ?1 order by at, id", evaluationId);
    }
}
