package cn.jixiao.portal.finding;

import jakarta.validation.constraints.NotBlank;

/** A region's severity for a rule (BLOCKING or WARNING), with the version of the region's settings read. */
public record SeverityInput(
        @NotBlank(message = "请选择严重程度 BLOCKING 或 WARNING (severity is required)")
        String severity,

        Integer version) {}
