package cn.jixiao.tenantadmin.web;

import cn.jixiao.platform.web.ApiError;
import java.util.List;

/**
 * Input that passed the field rules but makes no sense as a whole (answered with 400 and the
 * fields at fault), e.g. a province with a parent region.
 */
public class InvalidInputException extends RuntimeException {
    private final List<ApiError.FieldError> fields;

    public InvalidInputException(String field, String message) {
        super(message);
        this.fields = List.of(new ApiError.FieldError(field, message));
    }

    public List<ApiError.FieldError> fields() {
        return fields;
    }
}
