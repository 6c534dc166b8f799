package cn.jixiao.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RetentionTest {
    private static final Retention DEFAULT = Retention.from(Map.of());
    /** Friday 4 December 2026, 09:00 in China. */
    private static final Instant NOW = china(LocalDate.of(2026, 12, 4), 9);

    @Test
    void aYearOfNightlyBackupsKeepsSevenDaysFiveWeeksAndEightMonths() {
        Map<String, Instant> nightly = new TreeMap<>();
        for (int daysAgo = 0; daysAgo < 400; daysAgo++) {
            LocalDate day = LocalDate.of(2026, 12, 4).minusDays(daysAgo);
            nightly.put(day.toString(), china(day, 2));
        }

        Set<String> kept = DEFAULT.keep(nightly, NOW);

        // 7 days: 28 Nov to 4 Dec; 5 weeks (from Monday 2 Nov): the Sundays 8, 15, 22 Nov (29 Nov and 4 Dec
        // are days already); 8 months (from May): the last day of May … Oct (30 Nov and 4 Dec are days already)
        for (int daysAgo = 0; daysAgo < 7; daysAgo++) {
            assertTrue(
                    kept.contains(LocalDate.of(2026, 12, 4).minusDays(daysAgo).toString()), "day " + daysAgo);
        }
        for (String sunday : new String[] {"2026-11-08", "2026-11-15", "2026-11-22"}) {
            assertTrue(kept.contains(sunday), sunday);
        }
        for (String monthEnd :
                new String[] {"2026-05-31", "2026-06-30", "2026-07-31", "2026-08-31", "2026-09-30", "2026-10-31"}) {
            assertTrue(kept.contains(monthEnd), monthEnd);
        }
        assertEquals(7 + 3 + 6, kept.size(), kept.toString());
        Instant oldest = kept.stream().map(nightly::get).min(Instant::compareTo).orElseThrow();
        assertTrue(
                Duration.between(oldest, NOW).toDays() >= 180,
                "the oldest copy kept is at least six months old: " + oldest);
    }

    @Test
    void twoBackupsOfOneDayKeepTheNewer() {
        LocalDate today = LocalDate.of(2026, 12, 4);
        Map<String, Instant> backups =
                Map.of("early", china(today, 1), "late", china(today, 8), "yesterday", china(today.minusDays(1), 2));
        assertEquals(Set.of("late", "yesterday"), DEFAULT.keep(backups, NOW));
    }

    @Test
    void theNewestBackupIsKeptHoweverOldItIs() {
        Map<String, Instant> backups = Map.of(
                "two-years-ago",
                china(LocalDate.of(2024, 12, 1), 2),
                "three-years-ago",
                china(LocalDate.of(2023, 12, 1), 2));
        assertEquals(Set.of("two-years-ago"), DEFAULT.keep(backups, NOW));
    }

    @Test
    void daysAreCountedInChina() {
        // 16:30 UTC on 3 December is 00:30 on 4 December in China: today's backup, not yesterday's
        Instant justAfterMidnightInChina = Instant.parse("2026-12-03T16:30:00Z");
        Instant eveningBefore = Instant.parse("2026-12-03T15:30:00Z");
        Retention oneDay = new Retention(1, 0, 0);
        assertEquals(
                Set.of("after"), oneDay.keep(Map.of("after", justAfterMidnightInChina, "before", eveningBefore), NOW));
    }

    @Test
    void settingsComeFromTheEnvironmentAndNonsenseIsRefused() {
        assertEquals(
                new Retention(14, 8, 12),
                Retention.from(Map.of(
                        "JIXIAO_BACKUP_KEEP_DAILY", "14",
                        "JIXIAO_BACKUP_KEEP_WEEKLY", "8",
                        "JIXIAO_BACKUP_KEEP_MONTHLY", "12")));
        var wrong = assertThrows(
                IllegalArgumentException.class, () -> Retention.from(Map.of("JIXIAO_BACKUP_KEEP_DAILY", "seven")));
        assertTrue(wrong.getMessage().contains("JIXIAO_BACKUP_KEEP_DAILY"), wrong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Retention(0, 5, 7));
    }

    private static Instant china(LocalDate day, int hour) {
        return ZonedDateTime.of(LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)), Retention.CHINA)
                .toInstant();
    }
}
