package cn.jixiao.portal.web;

import cn.jixiao.platform.web.ApiError;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Bad request bodies: a value of the wrong type ("abc" for an amount, "6月30日" for a date) is a 400
 * naming its field. Never echoes class names or parser internals. (Broken JSON is already a plain
 * 400 from the JSON reader.)
 */
public class InputErrors {
    static final String MESSAGE = "输入有误，请检查标出的字段 (invalid input)";

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        return badRequest(new ApiError(400, "invalid", MESSAGE, e.fields()));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        String field = fieldOf(e);
        var error = new ApiError.FieldError(
                field.isEmpty() ? "body" : field,
                "格式不正确，应为" + expected(e) + " (wrong format, expected " + expectedEnglish(e) + ")");
        return badRequest(new ApiError(400, "invalid", MESSAGE, List.of(error)));
    }

    private static String fieldOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static boolean numeric(MismatchedInputException e) {
        Class<?> type = e.getTargetType();
        return type != null && (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class));
    }

    private static boolean date(MismatchedInputException e) {
        return e.getTargetType() == LocalDate.class;
    }

    private static boolean choice(MismatchedInputException e) {
        return e.getTargetType() != null && e.getTargetType().isEnum();
    }

    /** For a choice, the allowed codes: "one of OPEN_TENDER, INQUIRY, …". */
    private static String allowed(MismatchedInputException e) {
        return Arrays.stream(e.getTargetType().getEnumConstants())
                .map(String::valueOf)
                .collect(Collectors.joining(", "));
    }

    private static String expected(MismatchedInputException e) {
        return numeric(e) ? "数字" : date(e) ? "日期 YYYY-MM-DD" : choice(e) ? "以下之一：" + allowed(e) : "正确的值";
    }

    private static String expectedEnglish(MismatchedInputException e) {
        return numeric(e)
                ? "a number"
                : date(e) ? "a date YYYY-MM-DD" : choice(e) ? "one of " + allowed(e) : "a valid value";
    }

    private static Response badRequest(ApiError body) {
        return Response.status(400)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body)
                .build();
    }
}
