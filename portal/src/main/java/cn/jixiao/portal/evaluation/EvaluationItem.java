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

/** A problem, a suggestion or a rectification item (with owner, due date and state) of an evaluation. */
@Entity
@Table(name = "evaluation_item")
public class EvaluationItem extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "evaluation_id", nullable = false)
    public Long evaluationId;

    @Enumerated(EnumType.STRING)
    public ItemKind kind;

    public int position;

    public String text;

    @Column(name = "owner_department_id")
    public Long ownerDepartmentId;

    @Column(name = "owner_name")
    public String ownerName;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    public ItemStatus status;

    @Column(name = "done_on")
    public LocalDate doneOn;

    public String note;

    /** The open item of last year's evaluation of the same subject this one carries on. */
    @Column(name = "carried_from_id")
    public Long carriedFromId;

    @Version
    public int version;

    public static List<EvaluationItem> ofEvaluation(long evaluationId) {
        return list("evaluationId = ?1 order by kind, position, id", evaluationId);
    }
}
