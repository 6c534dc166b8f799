package cn.jixiao.publicsite.opendata;

import cn.jixiao.platform.web.ApiError;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * Which published reports the open data holds: of one region (6-digit code) and/or one 年度, or all.
 */
public record OpenDataFilter(String region, Integer year) {

    /** A wrong value is a 400 answer naming the field (zh-CN and English). */
    public static OpenDataFilter of(String region, String year) {
        var errors = new ArrayList<ApiError.FieldError>();
        String code = blank(region) ? null : region.strip();
        Integer fiscalYear = null;
        if (code != null && !code.matches("[0-9]{6}")) {
            errors.add(
                    new ApiError.FieldError("region", "地区代码须为 6 位数字，如 150627 (region must be a 6-digit region code)"));
        }
        if (!blank(year)) {
            String y = year.strip();
            if (y.matches("[0-9]{4}") && Integer.parseInt(y) >= 2000 && Integer.parseInt(y) <= 2100) {
                fiscalYear = Integer.valueOf(y);
            } else {
                errors.add(new ApiError.FieldError(
                        "year", "年度须为 2000 到 2100 之间的四位年份 (year must be a year from 2000 to 2100)"));
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return new OpenDataFilter(code, fiscalYear);
    }

    /** For a file name: reports-150627-2021 */
    public String fileStem() {
        return "reports" + (region == null ? "" : "-" + region) + (year == null ? "" : "-" + year);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static WebApplicationException invalid(List<ApiError.FieldError> fields) {
        var body = new ApiError(400, "invalid", fields.getFirst().message(), List.copyOf(fields));
        return new WebApplicationException(Response.status(400)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body)
                .build());
    }
}
