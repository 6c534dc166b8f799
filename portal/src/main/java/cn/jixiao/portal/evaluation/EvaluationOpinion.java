package cn.jixiao.portal.evaluation;

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
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.TenantId;

/** An opinion of the sign-off block: the project unit's, the competent department's or finance's, signed and dated. */
@Entity
@Table(name = "evaluation_opinion")
public class EvaluationOpinion extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "evaluation_id", nullable = false)
    public Long evaluationId;

    @Enumerated(EnumType.STRING)
    public OpinionRole role;

    public String opinion;

    public String signer;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Version
    public int version;

    public static List<EvaluationOpinion> ofEvaluation(long evaluationId) {
        return list("evaluationId = ?1 order by role", evaluationId);
    }
}
