package cn.jixiao.portal.kiosk;

import cn.jixiao.portal.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;

/**
 * Whose daily counts a user may import and export, as SQL conditions on device alias {@code d}.
 * Import: the region's admin for every device; a department editor for the devices their
 * department bought or that stand at a point it keeps; nobody else (the finance reviewer reads
 * only). Export: what {@link KioskAccess} lets the user read.
 */
@RequestScoped
public class UsageRights {
    @Inject
    KioskAccess kiosks;

    public boolean mayImport() {
        var access = kiosks.access();
        return access.user().hasRole(Roles.TENANT_ADMIN)
                || access.user().hasRole(Roles.DEPARTMENT_EDITOR)
                        && access.ownDepartmentId().isPresent();
    }

    public String importableSql() {
        var access = kiosks.access();
        if (access.user().hasRole(Roles.TENANT_ADMIN)) {
            return "true";
        }
        var own = access.ownDepartmentId();
        if (!access.user().hasRole(Roles.DEPARTMENT_EDITOR) || own.isEmpty()) {
            throw new ForbiddenException("只有设备的购置部门或服务点负责单位的填报人、地区管理员可以导入办件量 "
                    + "(only editors of the buying or keeping department, or the region's admin, may import usage)");
        }
        return keeperOrBuyer(own.get());
    }

    public String readableSql() {
        // the department id comes from our own records, so it is written into the SQL as a number
        return kiosks.ownDepartmentParameter()
                .map(id -> kiosks.deviceFilterSql("d").replace(":ownDepartment", Long.toString(id)))
                .orElse(kiosks.deviceFilterSql("d"));
    }

    private static String keeperOrBuyer(long department) {
        return "(d.department_id = " + department + " or d.point_id in (select sp.id from service_point sp"
                + " where sp.responsible_department_id = " + department + "))";
    }
}
