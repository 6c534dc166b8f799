package cn.jixiao.portal.kiosk.dto;

import cn.jixiao.portal.kiosk.PointStatus;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Moves a point to its next status on a date; {@code expectedOpenOn} only when it goes under construction. */
public record PointStatusInput(
        @NotNull(message = "请选择新状态 (status is required)") PointStatus status,
        @NotNull(message = "请填写日期 (on is required)") LocalDate on,
        LocalDate expectedOpenOn,
        Integer version) {}
