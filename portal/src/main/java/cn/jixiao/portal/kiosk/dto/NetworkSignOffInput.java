package cn.jixiao.portal.kiosk.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The network hook-up sign-off (联网验收) of an installed device; the version is checked when given. */
public record NetworkSignOffInput(
        @NotNull(message = "请填写联网验收日期 (on is required)") LocalDate on,

        @Size(max = 2000, message = "意见最多 2000 字 (note: at most 2000 characters)")
        String note,

        Integer version) {}
