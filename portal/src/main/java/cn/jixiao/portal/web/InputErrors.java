package cn.jixiao.portal.web;

import cn.jixiao.platform.web.ApiError;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
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
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        String field = fieldOf(e);
        var error = new ApiError.FieldError(
                field.isEmpty() ? "body" : field,
                "格式不正确，应为" + expected(e) + " (wrong format, expected " + expectedEnglish(e) + ")");
        return Refusals.response(new ApiError(400, "invalid", Refusals.INVALID, List.of(error)));
    }

    /** The JSON path as Bean Validation writes it: {@code funds[1].planned}. */
    private static String fieldOf(JsonMappingException e) {
        var path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
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
}
