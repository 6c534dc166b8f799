package cn.jixiao.tenantadmin.web;

import cn.jixiao.platform.web.ApiError;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The answers tenant-admin adds to the platform's {@code ErrorResponses}: refused access, conflicts
 * with existing data and inconsistent input, each as JSON with a Chinese and English message.
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

    public static Response json(ApiError body) {
        return Response.status(body.status())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body)
                .build();
    }
}
