package cn.jixiao.portal.web;

import cn.jixiao.platform.web.ApiError;
import java.util.List;
import java.util.Map;

/** Input that Bean Validation cannot judge alone (a rule across fields or records): a 400 with field messages. */
public class InvalidInputException extends RuntimeException {
    private final transient List<ApiError.FieldError> fields;

    public InvalidInputException(Map<String, String> fieldMessages) {
        super("invalid input");
        this.fields = fieldMessages.entrySet().stream()
                .map(e -> new ApiError.FieldError(e.getKey(), e.getValue()))
                .toList();
    }

    public InvalidInputException(String field, String message) {
        this(Map.of(field, message));
    }

    public List<ApiError.FieldError> fields() {
        return fields;
    }
}
