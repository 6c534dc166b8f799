package cn.jixiao.portal.budget;

import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.access.DepartmentGate;
import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.ratio.RatioSet;
import cn.jixiao.portal.web.Refusals;
import cn.jixiao.portal.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Reads and changes department budgets and their adjustments. Every change is checked against the
 * version the client read and audited (before and after) in the same transaction.
 */
@ApplicationScoped
public class BudgetService {
    public static final String ENTITY = "DepartmentBudget";
    public static final String ADJUSTMENT_ENTITY = "BudgetAdjustment";

    @Inject
    DepartmentGate gate;

    @Inject
    AuditTrail audit;

    @Inject
    Access access;

    @Transactional
    public BudgetView get(long departmentId, int year) {
        gate.readable(departmentId);
        return view(budgetOf(departmentId, year));
    }

    /** The budget if the year has one; empty otherwise (the pages show an empty state). */
    @Transactional
    public Optional<BudgetView> find(long departmentId, int year) {
        gate.readable(departmentId);
        return DepartmentBudget.findFor(departmentId, year).map(BudgetService::view);
    }

    /** Everything the budget page shows, for readers of the department; the budget may be missing. */
    @Transactional
    public BudgetBook book(long departmentId, int year) {
        gate.readable(departmentId);
        boolean editable = access.canEditDepartment(departmentId);
        var budget = DepartmentBudget.findFor(departmentId, year);
        if (budget.isEmpty()) {
            return new BudgetBook(departmentId, year, null, List.of(), RatioSet.of(null, null), editable);
        }
        var b = budget.get();
        var adjustments = BudgetAdjustment.listForBudget(b.id);
        return new BudgetBook(
                departmentId,
                year,
                BudgetView.of(b, adjustments),
                adjustments.stream().map(a -> AdjustmentView.of(a, b)).toList(),
                RatioSet.of(b.figures(adjustments), null),
                editable);
    }

    /** The stored budget an editor starts the form from (empty for a new year); 403 for anyone else. */
    @Transactional
    public Optional<BudgetView> forEditing(long departmentId, int year) {
        gate.editable(departmentId);
        return DepartmentBudget.findFor(departmentId, year).map(BudgetService::view);
    }

    @Transactional
    public List<Integer> years(long departmentId) {
        gate.readable(departmentId);
        return DepartmentBudget.yearsOf(departmentId);
    }

    /** Creates the year's budget, or changes it if the client's version is still the stored one. */
    @Transactional
    public BudgetView save(long departmentId, int year, BudgetInput input) {
        gate.editable(departmentId);
        var existing = DepartmentBudget.findFor(departmentId, year);
        if (existing.isEmpty()) {
            var budget = new DepartmentBudget();
            budget.departmentId = departmentId;
            budget.year = year;
            input.applyTo(budget);
            persistNew(budget);
            var after = view(budget);
            audit.record("CREATE", ENTITY, budget.id, null, after);
            return after;
        }
        var budget = existing.get();
        if (input.version() == null) {
            throw Refusals.invalid(
                    "version", "修改已有预算时须提供读取时的 version (version is required to change an existing budget)");
        }
        Versions.require(input.version(), budget.version);
        var before = view(budget);
        input.applyTo(budget);
        DepartmentBudget.flush(); // bumps the version now; a concurrent commit fails here as a 409
        var after = view(budget);
        if (!before.equals(after)) {
            audit.record("UPDATE", ENTITY, budget.id, before, after);
        }
        return after;
    }

    @Transactional
    public List<AdjustmentView> adjustments(long departmentId, int year) {
        gate.readable(departmentId);
        var budget = budgetOf(departmentId, year);
        return BudgetAdjustment.listForBudget(budget.id).stream()
                .map(a -> AdjustmentView.of(a, budget))
                .toList();
    }

    @Transactional
    public AdjustmentView addAdjustment(long departmentId, int year, AdjustmentInput input) {
        gate.editable(departmentId);
        var budget = budgetOf(departmentId, year);
        if (input.amount().signum() == 0) {
            throw Refusals.invalid("amount", AdjustmentInput.ZERO_AMOUNT);
        }
        var adjustment = new BudgetAdjustment();
        adjustment.budgetId = budget.id;
        adjustment.amount = input.amount();
        adjustment.reason = input.reason().strip();
        adjustment.approver = input.approver().strip();
        adjustment.adjustedOn = input.adjustedOn();
        adjustment.persistAndFlush();
        var after = AdjustmentView.of(adjustment, budget);
        audit.record("CREATE", ADJUSTMENT_ENTITY, adjustment.id, null, after);
        return after;
    }

    @Transactional
    public void deleteAdjustment(long departmentId, int year, long adjustmentId, int version) {
        gate.editable(departmentId);
        var budget = budgetOf(departmentId, year);
        var adjustment = BudgetAdjustment.findInBudget(budget.id, adjustmentId)
                .orElseThrow(() -> new NotFoundException("预算调整记录不存在 (budget adjustment not found)"));
        Versions.require(version, adjustment.version);
        var before = AdjustmentView.of(adjustment, budget);
        adjustment.delete();
        BudgetAdjustment.flush();
        audit.record("DELETE", ADJUSTMENT_ENTITY, adjustmentId, before, null);
    }

    /** The department a budget belongs to, for the audit history's access check. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Long> departmentOfBudget(long budgetId) {
        return DepartmentBudget.<DepartmentBudget>findByIdOptional(budgetId).map(b -> b.departmentId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Long> departmentOfAdjustment(long adjustmentId) {
        return BudgetAdjustment.<BudgetAdjustment>findByIdOptional(adjustmentId)
                .flatMap(a -> departmentOfBudget(a.budgetId));
    }

    static BudgetView view(DepartmentBudget budget) {
        return BudgetView.of(budget, BudgetAdjustment.listForBudget(budget.id));
    }

    static NotFoundException noBudget(int year) {
        return new NotFoundException("该部门 " + year + " 年尚无预算数据 (no budget recorded for " + year + ")");
    }

    private static DepartmentBudget budgetOf(long departmentId, int year) {
        return DepartmentBudget.findFor(departmentId, year).orElseThrow(() -> noBudget(year));
    }

    /** Two first saves of the same year at once: the loser gets the same 409 as a stale edit. */
    private static void persistNew(DepartmentBudget budget) {
        try {
            budget.persistAndFlush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ConstraintViolationException) {
                    throw Refusals.staleVersion();
                }
            }
            throw e;
        }
    }
}
