package cn.jixiao.portal.kiosk;

import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.security.Roles;
import jakarta.ws.rs.ForbiddenException;

/** Region settings are set by the region's admin or its finance reviewer, as the procurement threshold is. */
final class SettingsRule {
    private SettingsRule() {}

    static boolean isSettingsEditor(Access access) {
        return access.user().hasRole(Roles.TENANT_ADMIN) || access.user().hasRole(Roles.FINANCE_REVIEWER);
    }

    static void requireSettingsEditor(Access access, String what) {
        if (!isSettingsEditor(access)) {
            throw new ForbiddenException("只有地区管理员或财政审核人可以设置" + what
                    + " (only the region's admin or a finance reviewer may change this setting)");
        }
    }
}
