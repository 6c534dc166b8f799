package cn.jixiao.portal.region;

import cn.jixiao.platform.calendar.WorkingCalendar;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.TenantId;

/** A configured holiday or 调休 working weekend day of the region. */
@Entity
@Table(name = "working_calendar_day")
public class CalendarDay extends PanacheEntityBase {
    @Id
    public LocalDate day;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Enumerated(EnumType.STRING)
    public CalendarDayKind kind;

    public String name;

    /** The region's working calendar, with every configured day. */
    public static WorkingCalendar regionCalendar() {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        for (CalendarDay d : CalendarDay.<CalendarDay>listAll()) {
            (d.kind == CalendarDayKind.HOLIDAY ? holidays : workdays).add(d.day);
        }
        return new WorkingCalendar(holidays, workdays);
    }
}
