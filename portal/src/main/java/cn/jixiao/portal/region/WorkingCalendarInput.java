package cn.jixiao.portal.region;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * All configured days of one year; a PUT replaces the year's days with these. {@code version} is the
 * one read ({@code -1} for a year never saved).
 */
public record WorkingCalendarInput(
        @NotNull(message = "请提供当年的日期列表 (days is required; [] clears the year)")
        @Size(max = 366, message = "一年最多 366 天 (at most 366 days)")
        List<@Valid @NotNull(message = "日期项不能为空 (a day cannot be null)") CalendarDayInput> days,

        Integer version) {}
