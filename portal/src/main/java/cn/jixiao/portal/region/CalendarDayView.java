package cn.jixiao.portal.region;

import java.time.LocalDate;

public record CalendarDayView(LocalDate day, CalendarDayKind kind, String kindLabel, String name) {

    static CalendarDayView of(CalendarDay d) {
        return new CalendarDayView(d.day, d.kind, d.kind.label, d.name);
    }
}
