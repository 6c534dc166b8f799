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

/** A dated, attributed step of a target table: CREATED, SUBMITTED, RETURNED (with the comment), APPROVED, REVISED. */
@Entity
@Table(name = "target_event")
public class TargetEvent extends PanacheEntityBase {
    public static final String CREATED = "CREATED";
    public static final String SUBMITTED = "SUBMITTED";
    public static final String RETURNED = "RETURNED";
    public static final String APPROVED = "APPROVED";
    public static final String REVISED = "REVISED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "target_id", nullable = false, updatable = false)
    public Long targetId;

    public String action;

    public String actor;

    @Column(updatable = false)
    public OffsetDateTime at;

    public String comment;

    public static List<TargetEvent> ofTarget(long targetId) {
        return list("targetId = ?1 order by at, id", targetId);
    }

    /** What each action is called on the page. */
    public static String label(String action) {
        return switch (action) {
            case CREATED -> "创建";
            case SUBMITTED -> "提交审核";
            case RETURNED -> "退回修改";
            case APPROVED -> "审核通过";
            case REVISED -> "提出修订";
            default -> action;
        };
    }
}
