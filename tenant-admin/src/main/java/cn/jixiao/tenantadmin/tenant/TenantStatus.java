package cn.jixiao.tenantadmin.tenant;

/** Where a tenant stands: being provisioned, in use, or switched off. */
public enum TenantStatus {
    PROVISIONING("开通中", "provisioning"),
    ACTIVE("已开通", "active"),
    SUSPENDED("已停用", "suspended");

    private final String label;
    private final String english;

    TenantStatus(String label, String english) {
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
