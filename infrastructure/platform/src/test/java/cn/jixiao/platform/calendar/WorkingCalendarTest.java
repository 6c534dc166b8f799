package cn.jixiao.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.platform.publication.record.PublicationRecords;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The 20-working-day rule counted in the State Council's 2022 and 2023 holiday arrangements: 春节 and
 * 国庆 (with 中秋 in 2023), each with its 调休 working weekend days.
 */
class WorkingCalendarTest {
    private static final WorkingCalendar CHINA_2022_2023 = new WorkingCalendar(
            days(
                    // 2022 春节 01-31..02-06, 国庆 10-01..10-07 (the weekdays among them)
                    "2022-01-31",
                    "2022-02-01",
                    "2022-02-02",
                    "2022-02-03",
                    "2022-02-04",
                    "2022-10-03",
                    "2022-10-04",
                    "2022-10-05",
                    "2022-10-06",
                    "2022-10-07",
                    // 2023 元旦 01-02, 春节 01-21..01-27, 中秋国庆 09-29..10-06
                    "2023-01-02",
                    "2023-01-23",
                    "2023-01-24",
                    "2023-01-25",
                    "2023-01-26",
                    "2023-01-27",
                    "2023-09-29",
                    "2023-10-02",
                    "2023-10-03",
                    "2023-10-04",
                    "2023-10-05",
                    "2023-10-06"),
            days(
                    // 调休: weekends worked
                    "2022-01-29",
                    "2022-01-30",
                    "2022-10-08",
                    "2022-10-09",
                    "2023-01-28",
                    "2023-01-29",
                    "2023-10-07",
                    "2023-10-08"));

    private static Set<LocalDate> days(String... isoDays) {
        return new HashSet<>(Stream.of(isoDays).map(LocalDate::parse).toList());
    }

    private static LocalDate legal(String readyOn) {
        return PublicationRecords.legalDue(LocalDate.parse(readyOn), CHINA_2022_2023);
    }

    @Test
    void holidaysAreRestDaysAndSwappedWeekendsAreWorkingDays() {
        assertFalse(CHINA_2022_2023.isWorkingDay(LocalDate.parse("2022-10-05")), "国庆 weekday");
        assertTrue(CHINA_2022_2023.isWorkingDay(LocalDate.parse("2022-10-08")), "国庆调休 Saturday");
        assertFalse(CHINA_2022_2023.isWorkingDay(LocalDate.parse("2022-10-15")), "an ordinary Saturday");
        assertTrue(CHINA_2022_2023.isWorkingDay(LocalDate.parse("2023-01-29")), "春节调休 Sunday");
    }

    @Test
    void twentyWorkingDaysAcrossTheSpringFestivalOf2022() {
        // 01-25..28 (4), 调休 01-29, 01-30 (6), 春节 01-31..02-06, then 02-07.. → the 20th is 02-24
        assertEquals(LocalDate.parse("2022-02-24"), legal("2022-01-24"));
    }

    @Test
    void twentyWorkingDaysAcrossNationalDayOf2022() {
        // 09-27..30 (4), 国庆 10-01..07, 调休 10-08, 10-09 (6), then 10-10.. → 10-27 (weekends only: 10-24)
        assertEquals(LocalDate.parse("2022-10-27"), legal("2022-09-26"));
        assertEquals(
                LocalDate.parse("2022-10-24"),
                PublicationRecords.legalDue(LocalDate.parse("2022-09-26"), WorkingCalendar.weekendsOnly()));
    }

    @Test
    void informationFormedOnAHolidayCountsFromTheNextWorkingDay() {
        // formed on 10-01 (国庆): the first working day is the 调休 Saturday 10-08 → the 20th is 11-02
        assertEquals(LocalDate.parse("2022-11-02"), legal("2022-10-01"));
    }

    @Test
    void twentyWorkingDaysAcrossTheSpringFestivalOf2023() {
        // 01-17..20 (4), 春节 01-21..27, 调休 01-28, 01-29 (6), then 01-30.. → 02-16
        assertEquals(LocalDate.parse("2023-02-16"), legal("2023-01-16"));
    }

    @Test
    void twentyWorkingDaysAcrossMidAutumnAndNationalDayOf2023() {
        // 09-26..28 (3), 中秋国庆 09-29..10-06, 调休 10-07, 10-08 (5), then 10-09.. → 10-27
        assertEquals(LocalDate.parse("2023-10-27"), legal("2023-09-25"));
    }

    @Test
    void zeroWorkingDaysIsTheStartAndNegativeIsRefused() {
        assertEquals(LocalDate.parse("2023-01-16"), CHINA_2022_2023.plusWorkingDays(LocalDate.parse("2023-01-16"), 0));
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> CHINA_2022_2023.plusWorkingDays(LocalDate.parse("2023-01-16"), -1));
    }
}
