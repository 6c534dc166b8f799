package cn.jixiao.portal.kiosk;

import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.region.RegionSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.util.Optional;

/**
 * Who may see and change which kiosks. Points and the type catalogue are open to the whole region;
 * a device belongs to the department that bought it (which records its acceptance) and to the unit
 * responsible for its point (which reports its faults); the finance reviewer, the region's admin and
 * evaluators read everything; the big-data centre signs off the network hook-up.
 */
@RequestScoped
public class KioskAccess {
    public static final String DEVICE_NOT_FOUND = "设备不存在 (no such device)";
    public static final String POINT_NOT_FOUND = "服务点不存在 (no such service point)";

    @Inject
    Access access;

    public Access access() {
        return access;
    }

    public String actor() {
        return access.actor();
    }

    private Boolean signsOffNetwork;

    /** The unit that signs off network hook-ups checks every kiosk, so it reads them all too. */
    public boolean readsAllDevices() {
        return access.readsWholeRegion() || access.isEvaluator() || canSignOffNetwork();
    }

    private boolean isEditor() {
        return access.isDepartmentEditor();
    }

    private boolean isAdmin() {
        return access.isRegionAdmin();
    }

    private boolean isOwn(Long departmentId) {
        return access.isOwnDepartment(departmentId);
    }

    /** The department responsible for the device's point, if it stands at one. */
    private Optional<Long> pointKeeper(Device device) {
        if (device.pointId == null) {
            return Optional.empty();
        }
        return ServicePoint.<ServicePoint>findByIdOptional(device.pointId).map(p -> p.responsibleDepartmentId);
    }

    public boolean canReadDevice(Device device) {
        return readsAllDevices()
                || isOwn(device.departmentId)
                || pointKeeper(device).map(this::isOwn).orElse(false);
    }

    /** A device of this region the user may read, else 404 (missing or another region's) or 403. */
    public Device readableDevice(long id) {
        Device device = Device.<Device>findByIdOptional(id).orElseThrow(() -> new NotFoundException(DEVICE_NOT_FOUND));
        if (!canReadDevice(device)) {
            throw new ForbiddenException("无权查看该设备 (you may not read this device)");
        }
        return device;
    }

    /** The buying department's editors (or the region's admin) keep a device's record and acceptance. */
    public boolean canEditDevice(Device device) {
        return isAdmin() || (isEditor() && isOwn(device.departmentId));
    }

    public void requireEditDevice(Device device) {
        if (!canEditDevice(device)) {
            throw new ForbiddenException(
                    "只有购置设备的部门可以登记设备状态和验收 (only the department that bought the device may record this)");
        }
    }

    /** Whether the user may register devices at all: the region's admin, or an editor for their department. */
    public boolean canRegisterDevices() {
        return isAdmin() || isEditor();
    }

    /** Whether a new device may be registered as bought by this department. */
    public void requireBuyer(long departmentId) {
        if (!isAdmin() && !(isEditor() && isOwn(departmentId))) {
            throw new ForbiddenException("只能登记本部门购置的设备 (you may register only devices your department bought)");
        }
    }

    public boolean canReportFault(Device device) {
        return isAdmin()
                || (isEditor()
                        && (isOwn(device.departmentId)
                                || pointKeeper(device).map(this::isOwn).orElse(false)));
    }

    public void requireFaultReporter(Device device) {
        if (!canReportFault(device)) {
            throw new ForbiddenException(
                    "只有服务点的负责单位或购置部门可以登记故障 (only the point's responsible unit or the buyer may report faults)");
        }
    }

    public boolean canSignOffNetwork() {
        if (signsOffNetwork == null) {
            signsOffNetwork = isEditor() && isConfiguredNetworkUnit();
        }
        return signsOffNetwork;
    }

    private boolean isConfiguredNetworkUnit() {
        return RegionSettings.current()
                .map(s -> isOwn(s.networkSignOffDepartmentId))
                .orElse(false);
    }

    public void requireNetworkSignOff() {
        if (!canSignOffNetwork()) {
            throw new ForbiddenException(
                    "只有负责联网验收的单位（如大数据中心）可以签署联网验收意见 (only the unit in charge of network sign-off may sign it)");
        }
    }

    /** Points and the type catalogue are kept by the region's admin and its department editors. */
    public boolean canEditInventory() {
        return isAdmin() || isEditor();
    }

    public void requireInventoryEditor() {
        if (!canEditInventory()) {
            throw new ForbiddenException(
                    "只有部门填报人或地区管理员可以维护服务点和设备类型 (only department editors or the region's admin may change points and types)");
        }
    }

    /**
     * A SQL condition on a device alias limiting rows to those the user may read, for lists, exports
     * and the summary; binds :ownDepartment when it is not simply true.
     */
    public String deviceFilterSql(String alias) {
        if (readsAllDevices()) {
            return "true";
        }
        if (access.ownDepartmentId().isEmpty()) {
            return "false";
        }
        return boughtOrKeptBy(alias, ":ownDepartment");
    }

    /**
     * The same condition with the department written into it, for SQL that binds no parameters (the
     * usage export and the spreadsheet export; the id is a number from our own records).
     */
    public String readableDevicesSql(String alias) {
        String filter = deviceFilterSql(alias);
        return ownDepartmentParameter()
                .map(id -> filter.replace(":ownDepartment", Long.toString(id)))
                .orElse(filter);
    }

    /** Devices the department bought, or that stand at a point it keeps. */
    public static String boughtOrKeptBy(String alias, String department) {
        return "(" + alias + ".department_id = " + department + " or " + alias + ".point_id in "
                + "(select sp.id from service_point sp where sp.responsible_department_id = " + department + "))";
    }

    /** The value for :ownDepartment in {@link #deviceFilterSql}, or empty when the filter binds nothing. */
    public Optional<Long> ownDepartmentParameter() {
        return readsAllDevices() ? Optional.empty() : access.ownDepartmentId();
    }
}
