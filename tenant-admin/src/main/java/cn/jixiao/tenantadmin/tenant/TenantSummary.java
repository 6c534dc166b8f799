package cn.jixiao.tenantadmin.tenant;

import java.time.Instant;

/** One tenant as the list and the API show it. */
public record TenantSummary(
        String code,
        String name,
        RegionLevel level,
        String parentName,
        String slug,
        TenantStatus status,
        Instant onboardedAt,
        long departmentCount) {}
