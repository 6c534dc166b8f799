package cn.jixiao.portal.region;

import java.util.List;

/** The region's configured holidays and worked weekend days of one year, by date. */
public record WorkingCalendarView(int year, List<CalendarDayView> days) {}
