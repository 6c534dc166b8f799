package cn.jixiao.portal.region;

import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.kiosk.KioskAccess;
import cn.jixiao.portal.web.Refusals;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The region's working calendar, a year at a time: read by everyone (acceptance deadlines are
 * counted in it), replaced by the region's admin or finance reviewer, audited.
 */
@ApplicationScoped
public class WorkingCalendarService {
    static final String ENTITY = "WorkingCalendar";

    @Inject
    KioskAccess access;

    @Inject
    AuditTrail audit;

    @Transactional
    public WorkingCalendarView year(int year) {
        return new WorkingCalendarView(
                year, daysOf(year).stream().map(CalendarDayView::of).toList(), CalendarYears.version(year));
    }

    @Transactional
    public WorkingCalendarView replace(int year, WorkingCalendarInput input) {
        access.access().requireRegionSettingsKeeper("工作日历");
        check(year, input.days());
        var before = year(year);
        CalendarYears.take(year, input.version());
        Map<LocalDate, CalendarDay> existing = new HashMap<>();
        daysOf(year).forEach(d -> existing.put(d.day, d));
        for (CalendarDayInput in : input.days()) {
            CalendarDay day = existing.remove(in.day());
            if (day == null) {
                day = new CalendarDay();
                day.day = in.day();
            }
            day.kind = in.kind();
            day.name = in.name().strip();
            day.persist();
        }
        existing.values().forEach(CalendarDay::delete);
        CalendarDay.getEntityManager().flush();
        var after = year(year);
        audit.record("UPDATE", ENTITY, (long) year, before, after);
        return after;
    }

    private static List<CalendarDay> daysOf(int year) {
        return CalendarDay.list(
                "day >= ?1 and day <= ?2", Sort.by("day"), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Each day in the year, once; a worked day only on a weekend (a weekday is worked anyway). */
    private static void check(int year, List<CalendarDayInput> days) {
        Map<String, String> wrong = new LinkedHashMap<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            CalendarDayInput d = days.get(i);
            String field = "days[" + i + "].day";
            if (d.day().getYear() != year) {
                wrong.put(field, d.day() + " 不在 " + year + " 年内 (" + d.day() + " is not in " + year + ")");
            } else if (!seen.add(d.day())) {
                wrong.put(field, d.day() + " 重复出现 (" + d.day() + " is listed twice)");
            } else if (d.kind() == CalendarDayKind.WORKDAY && !weekend(d.day())) {
                wrong.put(
                        field,
                        d.day() + " 是工作日，无需登记为调休上班 (" + d.day()
                                + " is a weekday; only a weekend day can be made a working day)");
            }
        }
        if (!wrong.isEmpty()) {
            throw Refusals.invalid(wrong);
        }
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
