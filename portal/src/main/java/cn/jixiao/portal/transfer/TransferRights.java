package cn.jixiao.portal.transfer;

import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.access.ReadScope;
import cn.jixiao.portal.kiosk.KioskAccess;
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
    @Inject
    Access access;

    @Inject
    KioskAccess kiosks;

    public String username() {
        return access.actor();
    }

    /** The rows a list or an export shows this user (see Access#listScope). */
    public ReadScope scope() {
        return access.listScope(null);
    }

    public boolean importsBudgetsForEveryDepartment() {
        return access.isFinanceReviewer();
    }

    public boolean isEditor() {
        return access.isDepartmentEditor();
    }

    /** May this user import the sheet at all? Budgets: editors and finance; the rest: editors. */
    public boolean mayImport(boolean budgets) {
        return isEditor() || budgets && importsBudgetsForEveryDepartment();
    }

    /** May a row of this department be written by this user? */
    public boolean mayWrite(long departmentId, boolean budgets) {
        return budgets && importsBudgetsForEveryDepartment() || access.canEditDepartment(departmentId);
    }

    /** Departments: the region's admin keeps them. */
    public boolean mayKeepDepartments() {
        return access.isRegionAdmin();
    }

    /** Service points: the region's admin or any department editor (as on the kiosk pages). */
    public boolean mayEditKioskInventory() {
        return kiosks.canEditInventory();
    }

    /** Devices: the region's admin for every department, a department editor for devices their department bought. */
    public boolean mayImportDevices() {
        return kiosks.canRegisterDevices();
    }

    public boolean mayWriteDeviceOf(long departmentId) {
        return access.isRegionAdmin() || access.canEditDepartment(departmentId);
    }

    /** A SQL condition on device alias {@code d}: the devices this user reads (buyer, point keeper, or all). */
    public String readableDevicesSql(String alias) {
        return kiosks.readableDevicesSql(alias);
    }
}
