package cn.jixiao.platform.web.input;

import cn.jixiao.platform.web.ApiError;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A JSON body the apps could not read, told in words a person understands: where it broke, which
 * key was repeated, which field had a value of the wrong type. Never the parser's own text.
 */
public final class JsonProblems {
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'", Pattern.DOTALL);

    private JsonProblems() {}

    public static ApiError describe(JsonProcessingException e) {
        if (e instanceof UnstorableInputException unstorable) {
            return invalid(path(unstorable), unstorable.personalMessage());
        }
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.find()) {
            String key = duplicate.group(1);
            return invalid(key, "「" + key + "」在 JSON 中出现了不止一次 (the key \"" + key + "\" is given more than once)");
        }
        if (e instanceof InputCoercionException) {
            return ApiError.of(400, "invalid_json", "数值超出允许范围" + where(e) + " (a number is out of range)");
        }
        if (e instanceof StreamConstraintsException) {
            return ApiError.of(400, "invalid_json", "JSON 内容超出限制（数字、文字过长或嵌套过深）(the JSON exceeds the limits)");
        }
        if (e instanceof MismatchedInputException mismatched
                && !mismatched.getPath().isEmpty()
                && mismatched.getTargetType() != null) {
            String field = path(mismatched);
            Class<?> type = mismatched.getTargetType();
            return invalid(
                    field,
                    "「" + field + "」格式不正确，应为" + expected(type) + " (wrong format, expected " + expectedEnglish(type)
                            + ")");
        }
        if (e instanceof DatabindException mapping
                && !((JsonMappingException) mapping).getPath().isEmpty()) {
            String field = path((JsonMappingException) mapping);
            return invalid(field, "「" + field + "」的值无效或类型不对 (" + field + " has an invalid value or the wrong type)");
        }
        if (e instanceof DatabindException) {
            return ApiError.of(
                    400, "invalid_json", "请求内容的结构不对，应为 JSON 对象 (the body does not have the expected JSON structure)");
        }
        return ApiError.of(400, "invalid_json", "JSON 格式有误" + where(e) + " (malformed JSON)");
    }

    /** a.b[2].c: the field at fault, as the client named it. */
    static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        return path.startsWith(".") ? path.substring(1) : path.isEmpty() ? "body" : path;
    }

    private static boolean numeric(Class<?> type) {
        return Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class);
    }

    private static boolean date(Class<?> type) {
        return java.time.temporal.Temporal.class.isAssignableFrom(type);
    }

    /** For a choice, the allowed codes: "OPEN_TENDER, INQUIRY, …". */
    private static String allowed(Class<?> type) {
        return java.util.Arrays.stream(type.getEnumConstants())
                .map(String::valueOf)
                .collect(Collectors.joining(", "));
    }

    private static String expected(Class<?> type) {
        return numeric(type)
                ? "数字"
                : date(type)
                        ? "日期 YYYY-MM-DD"
                        : type.isEnum() ? "以下之一：" + allowed(type) : type == String.class ? "文字" : "正确的值";
    }

    private static String expectedEnglish(Class<?> type) {
        return numeric(type)
                ? "a number"
                : date(type)
                        ? "a date YYYY-MM-DD"
                        : type.isEnum() ? "one of " + allowed(type) : type == String.class ? "text" : "a valid value";
    }

    private static String where(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return "（第 " + location.getLineNr() + " 行第 " + location.getColumnNr() + " 列）";
    }

    private static ApiError invalid(String field, String message) {
        return new ApiError(400, "invalid", message, List.of(new ApiError.FieldError(field, message)));
    }
}
