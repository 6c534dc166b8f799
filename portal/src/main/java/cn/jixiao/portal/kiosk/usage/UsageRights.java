package cn.jixiao.portal.kiosk.usage;

import cn.jixiao.portal.kiosk.KioskAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;

/**
 * Whose daily counts a user may import and export, as SQL conditions on device alias {@code d}.
 * Import: the region's admin for every device; a department editor for the devices their department
 * bought or that stand at a point it keeps; nobody else (the finance reviewer reads only). Export: what
 * {@link KioskAccess} lets the user read.
 */
@RequestScoped
public class UsageRights {
    @Inject
    KioskAccess kiosks;

    public boolean mayImport() {
        return kiosks.access().isRegionAdmin() || kiosks.access().isDepartmentEditor();
    }

    public String importableSql() {
        var access = kiosks.access();
        if (access.isRegionAdmin()) {
            return "true";
        }
        if (!access.isDepartmentEditor()) {
            throw new ForbiddenException("只有设备的购置部门或服务点负责单位的填报人、地区管理员可以导入办件量 "
                    + "(only editors of the buying or keeping department, or the region's admin, may import usage)");
        }
        return KioskAccess.boughtOrKeptBy(
                "d", Long.toString(access.ownDepartmentId().orElseThrow()));
    }

    public String readableSql() {
        return kiosks.readableDevicesSql("d");
    }
}
