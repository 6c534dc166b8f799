package cn.jixiao.portal.web;

import cn.jixiao.platform.web.ApiError;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of a stale-version 409: the usual error fields, plus the version now stored (when the
 * refusal knows it), so a client can read the record again, merge its own input and save with it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StaleVersionError(
        int status, String error, String message, List<ApiError.FieldError> fields, Integer currentVersion) {}
