package cn.jixiao.tenantadmin.lifecycle;

import cn.jixiao.tenantadmin.tenant.TenantStatus;

/** What an offboarding did: the organization removed, the users removed and those kept (members elsewhere). */
public record OffboardingResult(
        String code,
        TenantStatus status,
        boolean organizationRemoved,
        int usersRemoved,
        int usersKept,
        long exportId) {}
