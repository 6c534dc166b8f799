package cn.jixiao.portal.kiosk;

import cn.jixiao.platform.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Overdue acceptances without a per-device loop: devices awaiting acceptance come grouped by
 * contract and trial start (one due date each), and a due date is worked out once per distinct
 * (trial start, terms), however many contracts share it.
 */
public final class OverdueGroups {

    /** Devices of one buyer under one contract whose trial began on one day, not accepted by asOf. */
    public record Group(
            long contractId,
            LocalDate trialStartedOn,
            long departmentId,
            String trialPeriod,
            int workingDays,
            long devices) {}

    /** A (contract, trial start) pair that is overdue, with its due date. */
    public record Due(long contractId, LocalDate trialStartedOn, LocalDate dueOn) {}

    private final List<Due> overdue = new ArrayList<>();
    private final Map<Long, Long> byDepartment = new HashMap<>();
    private long count;

    private OverdueGroups() {}

    /** Keeps the groups whose due date lies before {@code asOf}; unreadable terms are skipped. */
    public static OverdueGroups of(List<Group> groups, LocalDate asOf, WorkingCalendar calendar) {
        var result = new OverdueGroups();
        Map<Terms, LocalDate> dueDates = new HashMap<>();
        var seen = new HashSet<Due>();
        for (Group g : groups) {
            LocalDate due = dueDates.computeIfAbsent(
                    new Terms(g.trialStartedOn(), g.trialPeriod(), g.workingDays()), t -> t.dueDate(calendar));
            if (due == null || !due.isBefore(asOf)) {
                continue;
            }
            result.count += g.devices();
            result.byDepartment.merge(g.departmentId(), g.devices(), Long::sum);
            // a contract's devices may have several buyers: one pair for the list query
            var pair = new Due(g.contractId(), g.trialStartedOn(), due);
            if (seen.add(pair)) {
                result.overdue.add(pair);
            }
        }
        return result;
    }

    private record Terms(LocalDate trialStartedOn, String trialPeriod, int workingDays) {
        /** Null when the stored terms cannot be read (they are checked on input; old rows may not be). */
        LocalDate dueDate(WorkingCalendar calendar) {
            try {
                return new AcceptanceTerms(Period.parse(trialPeriod), workingDays).dueDate(trialStartedOn, calendar);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                return null;
            }
        }
    }

    public long count() {
        return count;
    }

    public long ofDepartment(long departmentId) {
        return byDepartment.getOrDefault(departmentId, 0L);
    }

    public List<Due> overdue() {
        return overdue;
    }
}
