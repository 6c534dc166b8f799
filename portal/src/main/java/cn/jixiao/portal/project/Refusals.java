package cn.jixiao.portal.project;

import cn.jixiao.platform.web.ApiError;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** 4xx answers that the bean constraints cannot express: cross-field rules and state conflicts. */
public final class Refusals {
    private Refusals() {}

    /** 400 naming the field, like a constraint violation would. */
    public static BadRequestException invalid(String field, String message) {
        var body = new ApiError(
                400, "invalid", "输入有误，请检查标出的字段 (invalid input)", List.of(new ApiError.FieldError(field, message)));
        return new BadRequestException(json(400, body));
    }

    /** 409 for a request that no longer fits the record's state (e.g. a change already decided). */
    public static ClientErrorException conflict(String error, String message) {
        return new ClientErrorException(json(409, ApiError.of(409, error, message)));
    }

    private static Response json(int status, ApiError body) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body)
                .build();
    }
}
