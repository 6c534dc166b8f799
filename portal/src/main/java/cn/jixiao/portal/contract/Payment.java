package cn.jixiao.portal.contract;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.TenantId;

/** 付款: one payment under a contract, in 万元. */
@Entity
@Table(name = "payment")
public class Payment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "contract_id", nullable = false, updatable = false)
    public Long contractId;

    @Column(name = "paid_on")
    public LocalDate paidOn;

    public BigDecimal amount;

    public String note;

    @Version
    public int version;

    public static List<Payment> listForContract(long contractId) {
        return list("contractId", Sort.by("paidOn").and("id"), contractId);
    }

    /** Paid so far per contract, for a page of contracts (contracts without payments are absent). */
    public static Map<Long, BigDecimal> totalsFor(Collection<Long> contractIds) {
        Map<Long, BigDecimal> totals = new HashMap<>();
        if (contractIds.isEmpty()) {
            return totals;
        }
        getEntityManager()
                .createQuery(
                        "select p.contractId, sum(p.amount) from Payment p where p.contractId in :ids group by p.contractId",
                        Object[].class)
                .setParameter("ids", contractIds)
                .getResultList()
                .forEach(row -> totals.put((Long) row[0], (BigDecimal) row[1]));
        return totals;
    }
}
