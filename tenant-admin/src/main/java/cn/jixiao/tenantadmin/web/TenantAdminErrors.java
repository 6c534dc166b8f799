package cn.jixiao.tenantadmin.web;

import cn.jixiao.platform.web.ApiError;
import cn.jixiao.tenantadmin.keycloak.KeycloakFailure;
import io.quarkus.logging.Log;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The answers tenant-admin adds to the platform's {@code ErrorResponses}: refused access, conflicts
 * with existing data, inconsistent input and a failing Keycloak, each as JSON with a Chinese and
 * English message.
 */
public class TenantAdminErrors {

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return json(ApiError.of(
                403,
                "forbidden",
                "仅平台运维人员（platform-admin）可以使用地区开通功能 (only platform administrators may use tenant-admin)"));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return json(ApiError.of(401, "unauthorized", "请先登录 (authentication required)"));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return json(ApiError.of(409, "conflict", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response invalid(InvalidInputException e) {
        return json(new ApiError(400, "invalid", "输入有误，请检查标出的字段 (invalid input)", e.fields()));
    }

    /** Keycloak failed mid-way: the steps done so far stay done, and sending the request again finishes. */
    @ServerExceptionMapper
    public Response keycloakFailed(KeycloakFailure e) {
        Log.warnf("a call to Keycloak failed: %s", e.getMessage());
        return json(ApiError.of(
                502,
                "identity_service_failed",
                "身份认证服务（Keycloak）调用失败，请稍后再次提交；已完成的步骤不会重复 (the identity service failed; submit again later)"));
    }

    public static Response json(ApiError body) {
        return Response.status(body.status())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body)
                .build();
    }
}
