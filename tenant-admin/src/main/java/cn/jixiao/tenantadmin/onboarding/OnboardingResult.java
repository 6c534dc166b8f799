package cn.jixiao.tenantadmin.onboarding;

import cn.jixiao.tenantadmin.tenant.TenantSummary;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
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
        List<StepOutcome> steps) {

    /** The administrator as people call them, region first as in Chinese (东胜区地区管理员); the account is {@link #adminUsername}. */
    @JsonProperty("adminName")
    public String adminName() {
        return tenant.name() + OnboardingService.ADMIN_FIRST_NAME;
    }
}
