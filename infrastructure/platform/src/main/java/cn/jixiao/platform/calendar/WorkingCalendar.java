package cn.jixiao.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days as Chinese offices count them: Monday to Friday, less the configured public
 * holidays, plus the weekend days that are made working days (调休).
 */
public record WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> workingWeekends) {

    public static WorkingCalendar weekendsOnly() {
        return new WorkingCalendar(Set.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workingWeekends.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The n-th working day after {@code start} (start itself not counted); n = 0 gives start. */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0");
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
