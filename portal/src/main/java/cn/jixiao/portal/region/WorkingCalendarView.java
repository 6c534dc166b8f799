package cn.jixiao.portal.region;

import java.util.List;

/**
 * The region's configured holidays and worked weekend days of one year, by date, with the year's
 * version to send back when saving it ({@code -1}: never saved).
 */
public record WorkingCalendarView(int year, List<CalendarDayView> days, int version) {}
