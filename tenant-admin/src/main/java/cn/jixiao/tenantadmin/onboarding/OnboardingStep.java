package cn.jixiao.tenantadmin.onboarding;

/** The steps of an onboarding, in the order they run. Each one can be found done and skipped. */
public enum OnboardingStep {
    REGION("登记地区与租户", "region and tenant rows"),
    ORGANIZATION("创建 Keycloak 组织", "Keycloak organization"),
    ADMIN_USER("创建首位地区管理员", "first administrator"),
    ADMIN_ROLE("授予地区管理员角色", "tenant-admin role"),
    MEMBERSHIP("将管理员加入组织", "organization membership"),
    ACTIVATION("启用地区", "tenant activated");

    private final String label;
    private final String english;

    OnboardingStep(String label, String english) {
        this.label = label;
        this.english = english;
    }

    public String label() {
        return label;
    }

    public String english() {
        return english;
    }
}
