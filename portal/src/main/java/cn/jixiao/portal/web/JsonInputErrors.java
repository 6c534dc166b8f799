package cn.jixiao.portal.web;

import cn.jixiao.platform.web.ApiError;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A JSON field that cannot be read (a date in the wrong form, an unknown enum value, a word for a
 * number) is a 400 naming the field, in Chinese and English, without Jackson's internals.
 */
public class JsonInputErrors {
    static final String MESSAGE = "输入有误，请检查标出的字段 (invalid input)";

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        String field = field(e);
        String message;
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String allowed = Arrays.stream(f.getTargetType().getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            message = "取值无效，可选：" + allowed + " (must be one of: " + allowed + ")";
        } else if (e instanceof InvalidFormatException) {
            message = "格式不正确，日期请写作 YYYY-MM-DD，金额写作数字 (wrong format: dates as YYYY-MM-DD, amounts as numbers)";
        } else {
            message = "类型不正确 (wrong type)";
        }
        return bad(new ApiError(400, "invalid", MESSAGE, List.of(new ApiError.FieldError(field, field + "：" + message))));
    }

    private static String field(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("body");
    }

    private static Response bad(ApiError body) {
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }
}
