package cn.jixiao.portal.contract;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
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
import org.hibernate.annotations.TenantId;

/** 合同: a department's contract with a vendor, usually for a project, with its procurement and acceptance. */
@Entity
@Table(name = "contract")
public class Contract extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "department_id", updatable = false)
    public Long departmentId;

    @Column(name = "project_id")
    public Long projectId;

    @Column(name = "contract_no")
    public String contractNo;

    public String title;

    public String vendor;

    /** 万元; null while not yet known (e.g. settled by audit after the work). */
    public BigDecimal amount;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "procurement_method")
    public ProcurementMethod procurementMethod;

    /** 政府购买服务: the contract buys a service the buyer must evaluate (财政部令第102号). */
    @Column(name = "purchased_service")
    public boolean purchasedService;

    @Column(name = "work_started_on")
    public LocalDate workStartedOn;

    @Column(name = "acceptance_terms")
    public String acceptanceTerms;

    /** The trial period the terms set (ISO-8601, e.g. P1M), if any. */
    @Column(name = "trial_period")
    public String trialPeriod;

    /** Working days after the trial within which acceptance is due. */
    @Column(name = "acceptance_working_days")
    public Integer acceptanceWorkingDays;

    @Column(name = "accepted_on")
    public LocalDate acceptedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "acceptance_result")
    public AcceptanceResult acceptanceResult;

    @Version
    public int version;

    public static List<Contract> listPage(ContractFilter filter, int pageIndex, int pageSize) {
        return find(
                        filter.query(),
                        Sort.by("signedOn", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_FIRST)
                                .and("id"),
                        filter.parameters())
                .page(Page.of(pageIndex, pageSize))
                .list();
    }

    public static long countMatching(ContractFilter filter) {
        return count(filter.query(), filter.parameters());
    }

    public static List<Contract> listForProject(long projectId) {
        return list("projectId", Sort.by("id"), projectId);
    }
}
