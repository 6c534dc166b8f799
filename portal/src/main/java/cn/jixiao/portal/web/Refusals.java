package cn.jixiao.portal.web;

import cn.jixiao.platform.web.ApiError;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * The one way the portal refuses a request with a 4xx (or a 503 when a service it needs is away): a body
 * a person understands (Chinese, then English), with the fields it is about. Bean Validation, JSON
 * reading and the tenancy 404s have their mappers; everything a service decides goes through here.
 */
public final class Refusals {
    public static final String INVALID = "输入有误，请检查标出的字段 (invalid input)";
    public static final String BODY_REQUIRED = "请求内容不能为空 (a JSON body is required)";
    public static final String STALE = "此记录已被他人修改，您的修改未保存：请打开最新内容核对合并后再保存"
            + " (someone else changed this record; yours was not saved: open the latest, merge and save again)";

    private Refusals() {}

    /** 400 naming the field; the field's message is the answer's message too, as nothing else is wrong. */
    public static ClientErrorException invalid(String field, String message) {
        return new ClientErrorException(
                response(new ApiError(400, "invalid", message, List.of(new ApiError.FieldError(field, message)))));
    }

    /** 400 naming several fields (in the order given), under the general message. */
    public static ClientErrorException invalid(Map<String, String> fieldMessages) {
        List<ApiError.FieldError> fields = fieldMessages.entrySet().stream()
                .map(e -> new ApiError.FieldError(e.getKey(), e.getValue()))
                .toList();
        return new ClientErrorException(response(new ApiError(400, "invalid", INVALID, fields)));
    }

    /** 409 for a request that no longer fits the record's state (e.g. a change already decided). */
    public static ClientErrorException conflict(String error, String message) {
        return of(409, error, message);
    }

    /** 409: the client edited an older version than the one stored (which is not known here). */
    public static ClientErrorException staleVersion() {
        return new ClientErrorException(staleVersionResponse(null));
    }

    /** 409: the client edited an older version than {@code currentVersion}, the one stored now. */
    public static ClientErrorException staleVersion(int currentVersion) {
        return new ClientErrorException(staleVersionResponse(currentVersion));
    }

    public static Response staleVersionResponse(Integer currentVersion) {
        return Response.status(409)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new StaleVersionError(409, "conflict", STALE, List.of(), currentVersion))
                .build();
    }

    /** Any other 4xx with its error code and message (413 too large, 415 unsupported type, …). */
    public static ClientErrorException of(int status, String error, String message) {
        return new ClientErrorException(response(ApiError.of(status, error, message)));
    }

    /** 503: a service the answer depends on (e.g. Keycloak) cannot be asked now; nothing was changed. */
    public static ServiceUnavailableException unavailable(String error, String message) {
        return new ServiceUnavailableException(response(ApiError.of(503, error, message)));
    }

    public static Response response(ApiError body) {
        return Response.status(body.status())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body)
                .build();
    }
}
