package cn.jixiao.portal.budget;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.annotations.TenantId;

/** A change to a year's budget (预算调整), approved by someone (e.g. 市财政局); a cut is negative. */
@Entity
@Table(name = "budget_adjustment")
public class BudgetAdjustment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @NotNull
    @Column(name = "budget_id", nullable = false, updatable = false)
    public Long budgetId;

    /** 万元, signed */
    @NotNull
    @Column(nullable = false)
    public BigDecimal amount;

    @NotBlank
    @Column(nullable = false)
    public String reason;

    @NotBlank
    @Column(nullable = false)
    public String approver;

    @NotNull
    @Column(name = "adjusted_on", nullable = false)
    public LocalDate adjustedOn;

    @Version
    public int version;

    public static List<BudgetAdjustment> listForBudget(long budgetId) {
        return list("budgetId = ?1 order by adjustedOn, id", budgetId);
    }

    public static Optional<BudgetAdjustment> findInBudget(long budgetId, long adjustmentId) {
        return find("id = ?1 and budgetId = ?2", adjustmentId, budgetId).firstResultOptional();
    }

    /** Every adjustment of one year's budgets, by budget: one query for a whole region. */
    public static Map<Long, List<BudgetAdjustment>> byBudgetForYear(int year) {
        List<BudgetAdjustment> all = list(
                "budgetId in (select b.id from DepartmentBudget b where b.year = ?1) order by adjustedOn, id", year);
        return all.stream().collect(Collectors.groupingBy(a -> a.budgetId));
    }

    /** Σ|amount|: how much a budget was moved, whatever the direction. */
    public static BigDecimal magnitude(List<BudgetAdjustment> adjustments) {
        return adjustments.stream().map(a -> a.amount.abs()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
