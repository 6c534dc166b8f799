package cn.jixiao.portal.budget;

import cn.jixiao.portal.ratio.BudgetFigures;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.TenantId;

/** A department's budget book for one year (部门预算), in 万元: what was budgeted and what was spent. */
@Entity
@Table(name = "department_budget")
public class DepartmentBudget extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @NotNull
    @Column(name = "department_id", nullable = false, updatable = false)
    public Long departmentId;

    @Min(2000)
    @Max(2100)
    @Column(nullable = false, updatable = false)
    public int year;

    /** 本年收入 */
    @NotNull
    @DecimalMin("0")
    @Column(name = "current_year_income", nullable = false)
    public BigDecimal currentYearIncome = BigDecimal.ZERO;

    /** 上年结转 */
    @NotNull
    @DecimalMin("0")
    @Column(name = "carry_over", nullable = false)
    public BigDecimal carryOver = BigDecimal.ZERO;

    /** 基本支出 (budget) */
    @NotNull
    @DecimalMin("0")
    @Column(name = "basic_expenditure", nullable = false)
    public BigDecimal basicExpenditure = BigDecimal.ZERO;

    /** 项目支出 (budget) */
    @NotNull
    @DecimalMin("0")
    @Column(name = "project_expenditure", nullable = false)
    public BigDecimal projectExpenditure = BigDecimal.ZERO;

    /** 决算数: what the year actually spent */
    @DecimalMin("0")
    @Column(name = "final_accounts")
    public BigDecimal finalAccounts;

    @DecimalMin("0")
    @Column(name = "actual_basic_expenditure")
    public BigDecimal actualBasicExpenditure;

    @DecimalMin("0")
    @Column(name = "actual_project_expenditure")
    public BigDecimal actualProjectExpenditure;

    /** 三公经费 */
    @DecimalMin("0")
    @Column(name = "three_public_budget")
    public BigDecimal threePublicBudget;

    @DecimalMin("0")
    @Column(name = "three_public_actual")
    public BigDecimal threePublicActual;

    @DecimalMin("0")
    @Column(name = "three_public_last_year_actual")
    public BigDecimal threePublicLastYearActual;

    /** 公用经费 */
    @DecimalMin("0")
    @Column(name = "public_funds_budget")
    public BigDecimal publicFundsBudget;

    @DecimalMin("0")
    @Column(name = "public_funds_actual")
    public BigDecimal publicFundsActual;

    /** 政府采购 */
    @DecimalMin("0")
    @Column(name = "procurement_budget")
    public BigDecimal procurementBudget;

    @DecimalMin("0")
    @Column(name = "procurement_actual")
    public BigDecimal procurementActual;

    /** 固定资产 */
    @DecimalMin("0")
    @Column(name = "fixed_assets_book_value")
    public BigDecimal fixedAssetsBookValue;

    @DecimalMin("0")
    @Column(name = "fixed_assets_in_use")
    public BigDecimal fixedAssetsInUse;

    @Version
    public int version;

    /** 年初预算 = 本年收入 + 上年结转: the base of the completion and adjustment rates. */
    public BigDecimal initialBudget() {
        return currentYearIncome.add(carryOver);
    }

    /** The figures the ratios are computed from, with the magnitude of these adjustments. */
    public BudgetFigures figures(List<BudgetAdjustment> adjustments) {
        return new BudgetFigures(
                initialBudget(),
                finalAccounts,
                BudgetAdjustment.magnitude(adjustments),
                threePublicBudget,
                threePublicActual,
                threePublicLastYearActual,
                publicFundsBudget,
                publicFundsActual,
                procurementBudget,
                procurementActual,
                fixedAssetsBookValue,
                fixedAssetsInUse);
    }

    public static Optional<DepartmentBudget> findFor(long departmentId, int year) {
        return find("departmentId = ?1 and year = ?2", departmentId, year).firstResultOptional();
    }

    public static List<DepartmentBudget> listForYear(int year) {
        return list("year", year);
    }

    /** The years that have at least one budget, newest first. */
    public static List<Integer> yearsWithBudgets() {
        return getEntityManager()
                .createQuery("select distinct b.year from DepartmentBudget b order by b.year desc", Integer.class)
                .getResultList();
    }

    public static List<Integer> yearsOf(long departmentId) {
        return getEntityManager()
                .createQuery(
                        "select b.year from DepartmentBudget b where b.departmentId = ?1 order by b.year desc",
                        Integer.class)
                .setParameter(1, departmentId)
                .getResultList();
    }
}
