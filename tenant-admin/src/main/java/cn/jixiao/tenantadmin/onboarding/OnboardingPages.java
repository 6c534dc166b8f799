package cn.jixiao.tenantadmin.onboarding;

import cn.jixiao.platform.web.ApiError;
import cn.jixiao.tenantadmin.keycloak.KeycloakFailure;
import cn.jixiao.tenantadmin.web.ConflictException;
import cn.jixiao.tenantadmin.web.InvalidInputException;
import cn.jixiao.tenantadmin.web.Roles;
import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestResponse;

/** The onboarding form and the page that shows each step's result. */
@Path("/onboarding")
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Produces(MediaType.TEXT_HTML)
public class OnboardingPages {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(OnboardingForm form);

        static native TemplateInstance result(OnboardingResult result);
    }

    @Inject
    OnboardingService onboarding;

    @Inject
    Validator validator;

    @GET
    public TemplateInstance form() {
        return Templates.form(OnboardingForm.blank());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> submit(OnboardingFormData data) {
        OnboardingRequest request = data.toRequest();
        Map<String, String> errors = validator.validate(request).stream()
                .collect(Collectors.toMap(
                        v -> v.getPropertyPath().toString(),
                        ConstraintViolation::getMessage,
                        (a, b) -> a + "；" + b,
                        TreeMap::new));
        if (!errors.isEmpty()) {
            return page(400, new OnboardingForm(request, errors, "输入有误，请检查标出的字段 (invalid input)"));
        }
        try {
            return RestResponse.ok(Templates.result(onboarding.onboard(request)));
        } catch (InvalidInputException e) {
            var fields = e.fields().stream()
                    .collect(Collectors.toMap(ApiError.FieldError::field, ApiError.FieldError::message));
            return page(400, new OnboardingForm(request, fields, e.getMessage()));
        } catch (ConflictException e) {
            return page(409, new OnboardingForm(request, Map.of(), e.getMessage()));
        } catch (KeycloakFailure e) {
            Log.warnf("onboarding of %s stopped: %s", request.slug(), e.getMessage());
            return page(
                    502,
                    new OnboardingForm(
                            request,
                            Map.of(),
                            "身份认证服务（Keycloak）调用失败，请稍后再次提交；已完成的步骤不会重复 (the identity service failed; submit again later)"));
        }
    }

    private static RestResponse<TemplateInstance> page(int status, OnboardingForm form) {
        return RestResponse.ResponseBuilder.<TemplateInstance>create(status)
                .entity(Templates.form(form))
                .build();
    }
}
