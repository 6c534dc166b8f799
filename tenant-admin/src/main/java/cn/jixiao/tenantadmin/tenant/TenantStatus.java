package cn.jixiao.tenantadmin.tenant;

/** Where a tenant stands: being provisioned, in use, switched off for a while, or removed for good. */
public enum TenantStatus {
    PROVISIONING("开通中", "provisioning"),
    ACTIVE("已开通", "active"),
    SUSPENDED("已停用", "suspended"),
    OFFBOARDED("已注销", "offboarded");

    private final String label;
    private final String english;

    TenantStatus(String label, String english) {
        this.label = label;
        this.english = english;
    }

    /** The status named by a query parameter ({@code ?status=suspended}); empty when none is given. */
    public static java.util.Optional<TenantStatus> parameter(String value) {
        if (value == null || value.isBlank()) {
            return java.util.Optional.empty();
        }
        for (TenantStatus status : values()) {
            if (status.name().equalsIgnoreCase(value.strip())) {
                return java.util.Optional.of(status);
            }
        }
        throw new cn.jixiao.tenantadmin.web.InvalidInputException(
                "status", "状态须为 PROVISIONING、ACTIVE、SUSPENDED 或 OFFBOARDED (unknown status)");
    }

    public String label() {
        return label;
    }

    public String english() {
        return english;
    }
}
