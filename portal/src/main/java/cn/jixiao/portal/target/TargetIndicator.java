package cn.jixiao.portal.target;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.annotations.TenantId;

/** One indicator of a target table: 一级 / 二级 / content, a comparator and a value (or a text), a unit. */
@Entity
@Table(name = "target_indicator")
public class TargetIndicator extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "target_id", nullable = false, updatable = false)
    public Long targetId;

    public int position;

    /** 一级指标, e.g. 产出指标. */
    public String level1;

    /** 二级指标, e.g. 数量指标. */
    public String level2;

    /** 三级指标 / 指标内容. */
    public String name;

    /** >=, <=, =, > or <. */
    public String comparator;

    @Column(name = "target_value")
    public BigDecimal targetValue;

    /** A qualitative target (e.g. 实现政务4.0). */
    @Column(name = "target_text")
    public String targetText;

    public String unit;

    public static List<TargetIndicator> ofTarget(long targetId) {
        return list("targetId = ?1 order by position, id", targetId);
    }
}
