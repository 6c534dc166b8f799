package cn.jixiao.portal.project;

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
import org.hibernate.annotations.TenantId;

/** A project's money from one government level, in 万元: planned, arrived and spent (as reported). */
@Entity
@Table(name = "project_fund")
public class ProjectFund extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "project_id", nullable = false, updatable = false)
    public Long projectId;

    @Enumerated(EnumType.STRING)
    public FundingLevel level;

    public BigDecimal planned = BigDecimal.ZERO;

    public BigDecimal arrived = BigDecimal.ZERO;

    public BigDecimal spent = BigDecimal.ZERO;

    @Version
    public int version;

    public static List<ProjectFund> listForProject(long projectId) {
        return list("projectId", projectId);
    }
}
