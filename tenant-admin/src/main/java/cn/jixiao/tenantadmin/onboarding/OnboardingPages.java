package cn.jixiao.tenantadmin.onboarding;

import cn.jixiao.tenantadmin.web.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The onboarding form. It posts JSON to {@code POST /api/tenants} through the JSON-forms script, so the
 * page and scripts share one route, one set of rules and messages; the answer (each step's outcome, the
 * one-time password) is shown on the page.
 */
@Path("/onboarding")
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Produces(MediaType.TEXT_HTML)
public class OnboardingPages {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(List<OnboardingStep> steps);
    }

    @GET
    public TemplateInstance form() {
        return Templates.form(List.of(OnboardingStep.values()));
    }
}
