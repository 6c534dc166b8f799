package cn.jixiao.portal.transfer;

import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who may move which rows in and out, on top of {@link Access}: a department editor imports and
 * exports their own department's rows; a finance reviewer exports the whole region and imports
 * budgets for every department (but not a department's own spending or contracts); the region's
 * admin exports the whole region; an evaluator exports the projects assigned to them and imports
 * nothing.
 */
@RequestScoped
public class TransferRights {
    /** A department id no row has, for SQL when the user has no department. */
    public static final long NO_DEPARTMENT = -1;

    @Inject
    Access access;

    public String username() {
        return access.actor();
    }

    public boolean readsWholeRegion() {
        return access.readsWholeRegion();
    }

    /** The department whose rows this user reads (as {@link Access#canReadDepartment} does). */
    public long ownDepartmentOrNone() {
        return access.ownDepartmentId().orElse(NO_DEPARTMENT);
    }

    public boolean importsBudgetsForEveryDepartment() {
        return access.user().hasRole(Roles.FINANCE_REVIEWER);
    }

    public boolean isEditor() {
        return access.user().hasRole(Roles.DEPARTMENT_EDITOR) && access.ownDepartmentId().isPresent();
    }

    /** May this user import the sheet at all? Budgets: editors and finance; the rest: editors. */
    public boolean mayImport(boolean budgets) {
        return isEditor() || budgets && importsBudgetsForEveryDepartment();
    }

    /** May a row of this department be written by this user? */
    public boolean mayWrite(long departmentId, boolean budgets) {
        return budgets && importsBudgetsForEveryDepartment() || access.canEditDepartment(departmentId);
    }
}
