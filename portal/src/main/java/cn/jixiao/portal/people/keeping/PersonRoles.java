package cn.jixiao.portal.people.keeping;

import cn.jixiao.portal.security.Roles;
import cn.jixiao.portal.web.Refusals;
import java.util.List;

/** The roles a region's admin may give: the four of a region, never the platform's own. */
public final class PersonRoles {
    public static final String REGION_ADMIN = Roles.TENANT_ADMIN;

    public static final List<String> GRANTABLE =
            List.of(Roles.FINANCE_REVIEWER, Roles.DEPARTMENT_EDITOR, Roles.EVALUATOR, Roles.TENANT_ADMIN);

    private PersonRoles() {}

    /** The roles asked for, each once and in the usual order; 400 for one that is not a region's. */
    static List<String> check(List<String> asked) {
        for (String role : asked) {
            if (role == null || !GRANTABLE.contains(role)) {
                throw Refusals.invalid(
                        "roles", "未知或不可分配的角色「" + role + "」，可选：" + String.join("、", GRANTABLE) + " (unknown role)");
            }
        }
        return GRANTABLE.stream().filter(asked::contains).toList();
    }
}
