package cn.jixiao.portal.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.TenantId;

/** 支出明细: one expenditure entry of a project, with its accounting voucher (会计凭证号). */
@Entity
@Table(name = "expenditure")
public class Expenditure extends PanacheEntityBase {
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

    public String content;

    public BigDecimal amount;

    @Column(name = "voucher_no")
    public String voucherNo;

    @Column(name = "spent_on")
    public LocalDate spentOn;

    /** 政府支出经济分类 code (e.g. 30226), see {@link EconomicClasses}; null = not stated. */
    @Column(name = "economic_class")
    public String economicClass;

    @Version
    public int version;

    public static List<Expenditure> listForProject(long projectId) {
        return list("projectId", Sort.by("spentOn").and("id"), projectId);
    }

    public static Optional<Expenditure> findInProject(long projectId, long id) {
        return find("projectId = ?1 and id = ?2", projectId, id).firstResultOptional();
    }

    /** 支出合计: the sum of a project's entries (zero when there are none). */
    public static BigDecimal totalForProject(long projectId) {
        BigDecimal total = getEntityManager()
                .createQuery("select sum(e.amount) from Expenditure e where e.projectId = :p", BigDecimal.class)
                .setParameter("p", projectId)
                .getSingleResult();
        return total == null ? BigDecimal.ZERO : total;
    }
}
