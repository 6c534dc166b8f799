package cn.jixiao.portal.budget;

import cn.jixiao.portal.audit.AuditedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** Budgets and adjustments in the audit history: each belongs to its budget's department. */
@ApplicationScoped
public class BudgetAudits {
    @Inject
    BudgetService budgets;

    @Produces
    AuditedEntity budgets() {
        return new AuditedEntity(BudgetService.ENTITY, budgets::departmentOfBudget);
    }

    @Produces
    AuditedEntity adjustments() {
        return new AuditedEntity(BudgetService.ADJUSTMENT_ENTITY, budgets::departmentOfAdjustment);
    }
}
