package cn.jixiao.portal.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.platform.calendar.WorkingCalendar;
import cn.jixiao.portal.kiosk.OverdueGroups.Due;
import cn.jixiao.portal.kiosk.OverdueGroups.Group;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The overdue count from grouped devices: one due date per (contract, trial start), holidays respected. */
class OverdueGroupsTest {
    static final LocalDate AS_OF = LocalDate.of(2022, 12, 31);

    @Test
    void countsTheDevicesOfOverdueGroupsPerBuyerAndListsEachPairOnce() {
        var groups = List.of(
                // trial 07-25 + 1 month = 08-25, + 15 working days (中秋 09-12 off) = 09-16
                new Group(1, LocalDate.of(2022, 7, 25), 10, "P1M", 15, 4),
                new Group(1, LocalDate.of(2022, 7, 25), 11, "P1M", 15, 1),
                // trial 12-01 + 1 month = 2023-01-01: not yet due
                new Group(2, LocalDate.of(2022, 12, 1), 10, "P1M", 15, 7));
        var calendar = new WorkingCalendar(Set.of(LocalDate.of(2022, 9, 12)), Set.of());
        var overdue = OverdueGroups.of(groups, AS_OF, calendar);

        assertEquals(5, overdue.count());
        assertEquals(4, overdue.ofDepartment(10));
        assertEquals(1, overdue.ofDepartment(11));
        assertEquals(List.of(new Due(1, LocalDate.of(2022, 7, 25), LocalDate.of(2022, 9, 16))), overdue.overdue());
    }

    @Test
    void aHolidayCanMoveTheDueDatePastTheReferenceDay() {
        // trial 11-15 + 1 month = 12-15, + 10 working days = 12-29; with 12-26 and 12-27 off, 2006-01-02
        var group = List.of(new Group(1, LocalDate.of(2005, 11, 15), 1, "P1M", 10, 1));
        LocalDate asOf = LocalDate.of(2005, 12, 31);
        assertEquals(
                1, OverdueGroups.of(group, asOf, WorkingCalendar.weekendsOnly()).count());
        var holidays = new WorkingCalendar(Set.of(LocalDate.of(2005, 12, 26), LocalDate.of(2005, 12, 27)), Set.of());
        assertEquals(0, OverdueGroups.of(group, asOf, holidays).count());
    }

    @Test
    void aDeviceDueOnTheReferenceDayIsNotYetOverdueAndUnreadableTermsAreSkipped() {
        // trial 2022-11-30 + 1 month = 12-30 (Fri), + 0 working days = 12-30; as of 12-30 it is on time
        var due = List.of(new Group(1, LocalDate.of(2022, 11, 30), 1, "P1M", 0, 1));
        assertEquals(
                0,
                OverdueGroups.of(due, LocalDate.of(2022, 12, 30), WorkingCalendar.weekendsOnly())
                        .count());
        assertEquals(
                1, OverdueGroups.of(due, AS_OF, WorkingCalendar.weekendsOnly()).count());
        var broken = List.of(new Group(1, LocalDate.of(2022, 1, 3), 1, "one month", 15, 3));
        assertEquals(
                0,
                OverdueGroups.of(broken, AS_OF, WorkingCalendar.weekendsOnly()).count());
    }
}
