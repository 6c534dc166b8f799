package cn.jixiao.tenantadmin.onboarding;

import org.jboss.resteasy.reactive.RestForm;

/** The onboarding form's fields as the browser posts them. */
public class OnboardingFormData {
    @RestForm
    public String code;

    @RestForm
    public String name;

    @RestForm
    public String level;

    @RestForm
    public String parentCode;

    @RestForm
    public String parentName;

    @RestForm
    public String slug;

    @RestForm
    public String adminUsername;

    @RestForm
    public String adminEmail;

    @RestForm
    public String adminPassword;

    OnboardingRequest toRequest() {
        return new OnboardingRequest(
                        code, name, level, parentCode, parentName, slug, adminUsername, adminEmail, adminPassword)
                .normalized();
    }
}
