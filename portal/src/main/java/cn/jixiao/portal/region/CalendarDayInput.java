package cn.jixiao.portal.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** One configured day: a public holiday on a weekday, or a weekend day worked (调休). */
public record CalendarDayInput(
        @NotNull(message = "请填写日期 (day is required)") LocalDate day,

        @NotNull(message = "请选择类型 HOLIDAY 或 WORKDAY (kind is required)")
        CalendarDayKind kind,

        @NotBlank(message = "请填写名称，如“中秋节” (name is required)")
        @Size(max = 50, message = "名称最多 50 字 (name: at most 50 characters)")
        String name) {}
