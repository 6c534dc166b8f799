package cn.jixiao.portal.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.platform.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AcceptanceTermsTest {
    // 2022 National Day: 10-01..10-07 off, Saturday 10-08 and Sunday 10-09 worked (调休)
    private static final WorkingCalendar CALENDAR_2022 = new WorkingCalendar(
            Set.of(
                    LocalDate.of(2022, 10, 3),
                    LocalDate.of(2022, 10, 4),
                    LocalDate.of(2022, 10, 5),
                    LocalDate.of(2022, 10, 6),
                    LocalDate.of(2022, 10, 7)),
            Set.of(LocalDate.of(2022, 10, 8), LocalDate.of(2022, 10, 9)));
    private static final AcceptanceTerms MONTH_THEN_15_DAYS = new AcceptanceTerms(Period.ofMonths(1), 15);

    @Test
    void workingDaysSkipWeekends() {
        var calendar = WorkingCalendar.weekendsOnly();
        // Friday 2022-09-02 + 1 working day = Monday 2022-09-05
        assertEquals(LocalDate.of(2022, 9, 5), calendar.plusWorkingDays(LocalDate.of(2022, 9, 2), 1));
        assertEquals(LocalDate.of(2022, 9, 2), calendar.plusWorkingDays(LocalDate.of(2022, 9, 2), 0));
    }

    @Test
    void holidaysAreSkippedAndMakeUpWeekendsCount() {
        assertFalse(CALENDAR_2022.isWorkingDay(LocalDate.of(2022, 10, 3)));
        assertTrue(CALENDAR_2022.isWorkingDay(LocalDate.of(2022, 10, 8)));
        // Friday 09-30 + 1 -> Saturday 10-08 (a make-up working day), + 2 -> Sunday 10-09, + 3 -> Monday 10-10
        assertEquals(LocalDate.of(2022, 10, 8), CALENDAR_2022.plusWorkingDays(LocalDate.of(2022, 9, 30), 1));
        assertEquals(LocalDate.of(2022, 10, 10), CALENDAR_2022.plusWorkingDays(LocalDate.of(2022, 9, 30), 3));
    }

    @Test
    void acceptanceIsDueFifteenWorkingDaysAfterAOneMonthTrial() {
        // trial from 2022-09-01 ends 2022-10-01 (a holiday); 15 working days later, across National Day
        LocalDate due = MONTH_THEN_15_DAYS.dueDate(LocalDate.of(2022, 9, 1), CALENDAR_2022);
        // 10-08, 10-09, 10-10..10-14 (5), 10-17..10-21 (5), 10-24..10-26 (3) -> 15th is 10-26
        assertEquals(LocalDate.of(2022, 10, 26), due);
    }

    @Test
    void unacceptedDeviceIsOverdueAfterTheDueDate() {
        LocalDate trialStart = LocalDate.of(2022, 9, 1);
        assertEquals(
                Optional.empty(),
                MONTH_THEN_15_DAYS.daysOverdue(
                        trialStart, Optional.empty(), LocalDate.of(2022, 10, 26), CALENDAR_2022));
        assertEquals(
                Optional.of(6L),
                MONTH_THEN_15_DAYS.daysOverdue(trialStart, Optional.empty(), LocalDate.of(2022, 11, 1), CALENDAR_2022));
        // accepted late stays late
        assertEquals(
                Optional.of(1L),
                MONTH_THEN_15_DAYS.daysOverdue(
                        trialStart, Optional.of(LocalDate.of(2022, 10, 27)), LocalDate.of(2023, 1, 1), CALENDAR_2022));
    }
}
