package cn.jixiao.portal.target;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.TenantId;

/** 实施计划: one step with its planned start and finish, the deliverable it names, and when it was done. */
@Entity
@Table(name = "target_plan_step")
public class TargetPlanStep extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "target_id", nullable = false, updatable = false)
    public Long targetId;

    public int position;

    public String name;

    public String deliverable;

    @Column(name = "planned_start")
    public LocalDate plannedStart;

    @Column(name = "planned_finish")
    public LocalDate plannedFinish;

    @Column(name = "actual_finish")
    public LocalDate actualFinish;

    public static List<TargetPlanStep> ofTarget(long targetId) {
        return list("targetId = ?1 order by position, id", targetId);
    }
}
