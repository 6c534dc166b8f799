package cn.jixiao.platform.web;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns the exceptions a request can legitimately cause into 4xx answers with a readable message.
 * There is deliberately no catch-all: an unexpected failure stays a logged 500 without details.
 */
public class ErrorResponses {

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return json(404, "not_found", message(e, "未找到该资源 (not found)"));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return json(403, "forbidden", message(e, "无权访问 (forbidden)"));
    }

    @ServerExceptionMapper
    public Response notAuthorized(NotAuthorizedException e) {
        return json(401, "unauthorized", "请先登录 (authentication required)");
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        var fields = e.getConstraintViolations().stream()
                .map(v -> new ApiError.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        var body = new ApiError(400, "invalid", "输入有误，请检查标出的字段 (invalid input)", fields);
        return Response.status(400)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body)
                .build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500 || e.getResponse().hasEntity()) {
            return e.getResponse();
        }
        return json(status, "request_failed", message(e, "请求无法处理 (request failed)"));
    }

    private static String message(WebApplicationException e, String fallback) {
        String message = e.getMessage();
        // JAX-RS fills in "HTTP 404 Not Found" when no message was given; a person needs more
        return message == null || message.startsWith("HTTP ") ? fallback : message;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static Response json(int status, String error, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(ApiError.of(status, error, message))
                .build();
    }
}
