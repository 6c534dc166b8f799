package cn.jixiao.portal.target;

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

/** A dated, attributed step of a target table's review: CREATED, SUBMITTED, RETURNED, APPROVED, REVISED. */
@Entity
@Table(name = "target_event")
public class TargetEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "target_id", nullable = false)
    public Long targetId;

    public String action;

    public String actor;

    @Column(insertable = false, updatable = false)
    public OffsetDateTime at;

    public String comment;

    public static List<TargetEvent> ofTarget(long targetId) {
        return list("targetId = ?1 order by at, id", targetId);
    }
}
