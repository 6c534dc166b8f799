package cn.jixiao.tenantadmin.onboarding;

import cn.jixiao.tenantadmin.tenant.TenantSummary;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The outcome of an onboarding. {@code created} is false when the tenant was already active.
 * {@code adminPassword} is present once: when this request generated the initial password.
 */
public record OnboardingResult(
        boolean created,
        TenantSummary tenant,
        String adminUsername,
        @JsonInclude(JsonInclude.Include.NON_NULL) String adminPassword,
        List<StepOutcome> steps) {}
