package cn.jixiao.tenantadmin.onboarding;

import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Map;

/** The onboarding form as shown: the values typed so far, the errors per field, a general message. */
@TemplateData
public record OnboardingForm(OnboardingRequest values, Map<String, String> errors, String message) {

    static final OnboardingRequest BLANK = new OnboardingRequest("", "", "COUNTY", "", "", "", "", "", null);

    static OnboardingForm blank() {
        return new OnboardingForm(BLANK, Map.of(), null);
    }

    /** {form.value('code')}: the typed value, the password never. */
    public String value(String field) {
        String value = switch (field) {
            case "code" -> values.code();
            case "name" -> values.name();
            case "level" -> values.level();
            case "parentCode" -> values.parentCode();
            case "parentName" -> values.parentName();
            case "slug" -> values.slug();
            case "adminUsername" -> values.adminUsername();
            case "adminEmail" -> values.adminEmail();
            default -> null;
        };
        return value == null ? "" : value;
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    /** The steps an onboarding runs, listed on the form before it starts. */
    public List<OnboardingStep> steps() {
        return List.of(OnboardingStep.values());
    }
}
