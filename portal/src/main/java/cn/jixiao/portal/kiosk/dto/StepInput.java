package cn.jixiao.portal.kiosk.dto;

import cn.jixiao.portal.kiosk.DeviceStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A lifecycle step: delivered, installed, trial run, in service or retired, on a date, with the version read. */
public record StepInput(
        @NotNull(message = "请选择新状态 (status is required)") DeviceStatus status,
        @NotNull(message = "请填写日期 (on is required)") LocalDate on,

        @Size(max = 2000, message = "备注最多 2000 字 (note: at most 2000 characters)")
        String note,

        @NotNull(message = "请提供读取时的版本号 (version is required)")
        Integer version) {}
