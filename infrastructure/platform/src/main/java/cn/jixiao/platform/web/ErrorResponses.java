package cn.jixiao.platform.web;

import cn.jixiao.platform.web.input.JsonProblems;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns the exceptions a request can legitimately cause into 4xx answers with a readable message.
 * There is deliberately no catch-all: an unexpected failure stays a logged 500 without details.
 * A browser sees these answers as pages ({@link BrowserErrorPages}).
 */
public class ErrorResponses {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return json(ApiError.of(404, "not_found", StatusMessages.personal(e.getMessage(), 404)));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return json(ApiError.of(403, "forbidden", StatusMessages.personal(e.getMessage(), 403)));
    }

    @ServerExceptionMapper
    public Response notAuthorized(NotAuthorizedException e) {
        return json(ApiError.of(401, "unauthorized", StatusMessages.of(401).message()));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        var fields = e.getConstraintViolations().stream()
                .map(v -> new ApiError.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return json(new ApiError(400, "invalid", "输入有误，请检查标出的字段 (invalid input)", fields));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500 || e.getResponse().hasEntity()) {
            return e.getResponse();
        }
        // the JSON reader wraps what it could not parse (broken JSON, a repeated key, a huge number)
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return json(JsonProblems.describe(unreadable));
        }
        return json(ApiError.of(status, "request_failed", StatusMessages.personal(e.getMessage(), status)));
    }

    /**
     * A multipart body that ends before its closing boundary (a cut-off upload, or no parts at all)
     * is the sender's mistake. Any other I/O failure stays a 500 that says nothing about the server.
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e) {
        if (e.getMessage() != null && e.getMessage().startsWith("Connection terminated")) {
            return json(ApiError.of(
                    400, "unreadable_body", "上传的内容不完整或格式不对，请重新选择文件上传 (the multipart body is incomplete or malformed)"));
        }
        LOG.error("request failed", e);
        return json(ApiError.of(500, "server_error", StatusMessages.of(500).message()));
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    public static Response json(ApiError body) {
        return Response.status(body.status())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body)
                .build();
    }
}
