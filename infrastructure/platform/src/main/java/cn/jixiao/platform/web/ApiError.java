package cn.jixiao.platform.web;

import java.util.List;

/** The body of every 4xx answer: a message a person understands, in Chinese and English. */
public record ApiError(int status, String error, String message, List<FieldError> fields) {

    public record FieldError(String field, String message) {}

    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, List.of());
    }
}
