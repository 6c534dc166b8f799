package cn.jixiao.portal.kiosk.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** 修复: the day the device worked again, what was done, and the version of the fault read. */
public record FaultClosing(
        @NotNull(message = "请填写修复日期 (closedOn is required)") LocalDate closedOn,

        @NotBlank(message = "请填写处理结果 (resolution is required)")
        @Size(max = 2000, message = "处理结果最多 2000 字 (resolution: at most 2000 characters)")
        String resolution,

        @NotNull(message = "请提供读取时的版本号 (version is required)")
        Integer version) {}
