package cn.jixiao.publicsite.web;

import cn.jixiao.platform.web.ApiError;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/** A validated page of a result list (page from 1, at most {@link #MAX_SIZE} per page). */
public record Paging(int page, int size) {
    public static final int MAX_PAGE = 500;
    public static final int MAX_SIZE = 50;
    public static final int DEFAULT_SIZE = 10;

    /** For the API: a wrong value is a 400 answer naming the field. */
    public static Paging strict(String page, String size) {
        var errors = new ArrayList<ApiError.FieldError>();
        Integer pageNumber = parse(page, 1, MAX_PAGE, 1);
        Integer pageSize = parse(size, 1, MAX_SIZE, DEFAULT_SIZE);
        if (pageNumber == null) {
            errors.add(new ApiError.FieldError(
                    "page",
                    "页码须为 1 到 " + MAX_PAGE + " 之间的整数 (page must be a whole number from 1 to " + MAX_PAGE + ")"));
        }
        if (pageSize == null) {
            errors.add(new ApiError.FieldError(
                    "size",
                    "每页条数须为 1 到 " + MAX_SIZE + " 之间的整数 (size must be a whole number from 1 to " + MAX_SIZE + ")"));
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return new Paging(pageNumber, pageSize);
    }

    /** For pages: a wrong page number shows the first page. */
    public static Paging lenient(String page) {
        Integer pageNumber = parse(page, 1, MAX_PAGE, 1);
        return new Paging(pageNumber == null ? 1 : pageNumber, DEFAULT_SIZE);
    }

    static Integer parse(String value, int min, int max, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            return number < min || number > max ? null : number;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static WebApplicationException invalid(List<ApiError.FieldError> fields) {
        var body = new ApiError(400, "invalid", fields.getFirst().message(), List.copyOf(fields));
        return new WebApplicationException(Response.status(400)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body)
                .build());
    }
}
