package cn.jixiao.portal.kiosk.summary;

import static cn.jixiao.portal.kiosk.summary.KioskSummaryQueries.BY_DEPARTMENT;
import static cn.jixiao.portal.kiosk.summary.KioskSummaryQueries.BY_POINT;
import static cn.jixiao.portal.kiosk.summary.KioskSummaryQueries.BY_TYPE;
import static cn.jixiao.portal.kiosk.summary.KioskSummaryQueries.TOTAL;

import cn.jixiao.platform.calendar.WorkingCalendar;
import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.department.Department;
import cn.jixiao.portal.kiosk.DeviceType;
import cn.jixiao.portal.kiosk.KioskAccess;
import cn.jixiao.portal.kiosk.OverdueGroups;
import cn.jixiao.portal.kiosk.PointStatus;
import cn.jixiao.portal.kiosk.ServicePoint;
import cn.jixiao.portal.kiosk.summary.KioskSummary.DepartmentFigures;
import cn.jixiao.portal.kiosk.summary.KioskSummary.IdlePoint;
import cn.jixiao.portal.kiosk.summary.KioskSummary.PointFigures;
import cn.jixiao.portal.kiosk.summary.KioskSummary.TypeFigures;
import cn.jixiao.portal.kiosk.summary.KioskSummaryQueries.Figures;
import cn.jixiao.portal.ratio.Ratio;
import cn.jixiao.portal.region.CalendarDay;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Computes the kiosk summary of a year from the device rows' milestone dates: a few grouped
 * queries, then one due date per (contract, trial start) for overdue acceptances.
 */
@ApplicationScoped
public class KioskSummaryService {
    private static final Figures NONE = new Figures(0, null, 0, 0, 0, 0, 0, 0, 0);

    @Inject
    KioskAccess access;

    /** The region's summary over the devices the user may read. */
    @Transactional
    public KioskSummary summary(int year, LocalDate today) {
        return compute(scope(year, today, Optional.empty()));
    }

    /** The same figures for the devices of one point (the point page). */
    @Transactional
    public KioskSummary forPoint(int year, LocalDate today, long pointId) {
        return compute(scope(year, today, Optional.of(pointId)));
    }

    /** The years worth choosing: from the first readable device's order to this year, newest first. */
    @Transactional
    public List<Integer> years(LocalDate today) {
        var query = Panache.getEntityManager()
                .createNativeQuery(
                        "select cast(min(extract(year from d.ordered_on)) as int) from device d where d.tenant_id = :tenant and "
                                + access.deviceFilterSql("d"))
                .setParameter("tenant", Tenancy.current().orElse(Tenancy.NO_TENANT));
        access.ownDepartmentParameter().ifPresent(id -> query.setParameter("ownDepartment", id));
        Object first = query.getSingleResult();
        int from = first == null ? today.getYear() : Math.min(((Number) first).intValue(), today.getYear());
        var years = new ArrayList<Integer>();
        for (int y = today.getYear(); y >= from; y--) {
            years.add(y);
        }
        return years;
    }

    private SummaryScope scope(int year, LocalDate today, Optional<Long> pointId) {
        return new SummaryScope(
                Tenancy.current().orElse(Tenancy.NO_TENANT),
                year,
                SummaryScope.asOf(year, today),
                access.deviceFilterSql("d"),
                access.ownDepartmentParameter(),
                pointId);
    }

    private KioskSummary compute(SummaryScope scope) {
        Map<Integer, Map<Long, Figures>> sets = new HashMap<>();
        Figures total = NONE;
        for (Figures f : KioskSummaryQueries.figures(scope)) {
            if (f.set() == TOTAL) {
                total = f;
            } else {
                // HashMap keeps the null key: the devices at no point
                sets.computeIfAbsent(f.set(), s -> new HashMap<>()).put(f.key(), f);
            }
        }
        var overdue = KioskSummaryQueries.overdueCandidates(scope);
        var groups = OverdueGroups.of(
                overdue,
                scope.asOf(),
                overdue.isEmpty() ? WorkingCalendar.weekendsOnly() : CalendarDay.regionCalendar());

        // HashMap, not Map.of(): the point figures are looked up with the null key too
        List<PointFigures> byPoint = byPoint(scope, sets.getOrDefault(BY_POINT, new HashMap<>()));
        List<IdlePoint> idle = byPoint.stream()
                .filter(p -> p.pointId() != null && p.status() != PointStatus.CLOSED && p.inService() == 0)
                .map(p -> new IdlePoint(p.pointId(), p.code(), p.name(), p.status(), p.statusLabel()))
                .toList();
        return new KioskSummary(
                scope.year(),
                scope.asOf(),
                total.devices(),
                total.accepted(),
                rate(total.accepted(), total.devices()),
                total.inService(),
                rate(total.inService(), total.devices()),
                groups.count(),
                KioskSummaryQueries.overdueList(scope, groups.overdue()),
                total.paidNotAccepted(),
                total.paidNotAccepted() == 0 ? List.of() : KioskSummaryQueries.paidNotAcceptedList(scope),
                total.openFaults(),
                total.transactions(),
                total.days(),
                perDay(total.transactions(), total.days()),
                idle.size(),
                idle,
                byPoint,
                byType(sets.getOrDefault(BY_TYPE, Map.of())),
                byDepartment(sets.getOrDefault(BY_DEPARTMENT, Map.of()), groups));
    }

    /**
     * Every point the user has a reason to see: for whole-region readers all of them; for a
     * department, the points it keeps and those where it has devices. Closed points only while
     * devices are counted there. The devices at no point come last.
     */
    private List<PointFigures> byPoint(SummaryScope scope, Map<Long, Figures> figures) {
        var rows = new ArrayList<PointFigures>();
        var points = scope.pointId().isPresent()
                ? ServicePoint.<ServicePoint>list("id", scope.pointId().get())
                : ServicePoint.<ServicePoint>listAll(Sort.by("code"));
        for (ServicePoint p : points) {
            Figures f = figures.get(p.id);
            boolean own = scope.ownDepartment().isEmpty()
                    || scope.ownDepartment().get().equals(p.responsibleDepartmentId);
            if ((f == null && !own) || (f == null && p.status == PointStatus.CLOSED)) {
                continue;
            }
            f = f == null ? NONE : f;
            rows.add(new PointFigures(
                    p.id,
                    p.code,
                    p.name,
                    p.status,
                    p.status.label,
                    f.devices(),
                    f.accepted(),
                    f.inService(),
                    f.openFaults(),
                    f.transactions(),
                    perDay(f.transactions(), f.days())));
        }
        Figures unplaced = figures.get(null);
        if (unplaced != null) {
            rows.add(new PointFigures(
                    null,
                    null,
                    KioskSummary.NO_POINT,
                    null,
                    null,
                    unplaced.devices(),
                    unplaced.accepted(),
                    unplaced.inService(),
                    unplaced.openFaults(),
                    unplaced.transactions(),
                    perDay(unplaced.transactions(), unplaced.days())));
        }
        return rows;
    }

    /** The whole catalogue, so a type without devices shows as 0. */
    private static List<TypeFigures> byType(Map<Long, Figures> figures) {
        return DeviceType.<DeviceType>listAll(Sort.by("name")).stream()
                .map(t -> {
                    Figures f = figures.getOrDefault(t.id, NONE);
                    return new TypeFigures(t.id, t.name, f.devices(), f.accepted(), f.inService());
                })
                .toList();
    }

    /** The buying departments with counted devices, by name. */
    private static List<DepartmentFigures> byDepartment(Map<Long, Figures> figures, OverdueGroups overdue) {
        if (figures.isEmpty()) {
            return List.of();
        }
        return Department.<Department>list("id in ?1", figures.keySet()).stream()
                .sorted(Comparator.comparing((Department d) -> d.name, Collator.getInstance(Locale.CHINA)))
                .map(d -> {
                    Figures f = figures.get(d.id);
                    return new DepartmentFigures(
                            d.id, d.name, f.devices(), f.accepted(), f.inService(), overdue.ofDepartment(d.id));
                })
                .toList();
    }

    static BigDecimal rate(long part, long whole) {
        return Ratio.of(part, whole).value();
    }

    /** Transactions per device-day of recorded use, two decimals; null without any recorded day. */
    public static BigDecimal perDay(long transactions, long days) {
        return days == 0
                ? null
                : BigDecimal.valueOf(transactions).divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
    }
}
