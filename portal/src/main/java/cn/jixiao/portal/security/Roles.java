package cn.jixiao.portal.security;

import java.util.Map;

/** The realm roles and how the portal names them. */
public final class Roles {
    public static final String FINANCE_REVIEWER = "finance-reviewer";
    public static final String DEPARTMENT_EDITOR = "department-editor";
    public static final String EVALUATOR = "evaluator";
    public static final String TENANT_ADMIN = "tenant-admin";
    public static final String PLATFORM_ADMIN = "platform-admin";

    private static final Map<String, String> LABELS = Map.of(
            FINANCE_REVIEWER, "财政审核人",
            DEPARTMENT_EDITOR, "部门填报人",
            EVALUATOR, "评价人",
            TENANT_ADMIN, "地区管理员",
            PLATFORM_ADMIN, "平台运维");

    private Roles() {}

    /** Finance reviewers and the region's admins read every department's records. */
    public static boolean readsWholeRegion(java.util.Collection<String> roles) {
        return roles.contains(FINANCE_REVIEWER) || roles.contains(TENANT_ADMIN);
    }

    public static boolean isProductRole(String role) {
        return LABELS.containsKey(role);
    }

    public static String label(String role) {
        return LABELS.getOrDefault(role, role);
    }
}
