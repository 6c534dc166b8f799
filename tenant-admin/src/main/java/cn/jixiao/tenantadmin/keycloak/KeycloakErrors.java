package cn.jixiao.tenantadmin.keycloak;

import cn.jixiao.platform.web.ApiError;
import cn.jixiao.tenantadmin.web.TenantAdminErrors;
import io.quarkus.logging.Log;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A Keycloak outage is the caller's to retry: finished steps are found again, not repeated. */
public class KeycloakErrors {

    @ServerExceptionMapper
    public Response keycloakFailed(KeycloakFailure e) {
        Log.warnf("Keycloak call failed: %s", e.getMessage());
        return TenantAdminErrors.json(ApiError.of(
                502,
                "identity_service_failed",
                "身份认证服务（Keycloak）调用失败，请稍后重试；已完成的步骤在重试时会被跳过"
                        + " (the identity service failed; retry later, finished steps are kept)"));
    }
}
