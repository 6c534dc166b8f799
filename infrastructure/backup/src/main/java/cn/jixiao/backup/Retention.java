package cn.jixiao.backup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which backups to keep (grandfather-father-son): the newest of each of the last {@code days} days, of each
 * of the last {@code weeks} ISO weeks and of each of the last {@code months} months, counted in China's
 * calendar; the newest backup of all is always kept. The defaults keep 7 daily, 5 weekly and 8 monthly
 * backups: with nightly backups the oldest copy is then always more than six months old (网络安全法 Art. 21: six months of logs;
 * the audit log lives in the database).
 */
public record Retention(int days, int weeks, int months) {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public Retention {
        if (days < 1 || weeks < 0 || months < 0) {
            throw new IllegalArgumentException("retention needs at least one daily backup, and no negative count");
        }
    }

    /** From JIXIAO_BACKUP_KEEP_DAILY, _WEEKLY, _MONTHLY (7, 5, 8). */
    public static Retention from(Map<String, String> env) {
        return new Retention(
                number(env, "JIXIAO_BACKUP_KEEP_DAILY", 7),
                number(env, "JIXIAO_BACKUP_KEEP_WEEKLY", 5),
                number(env, "JIXIAO_BACKUP_KEEP_MONTHLY", 8));
    }

    /** The names of {@code backups} (name → when it was taken) to keep at {@code now}; the rest may go. */
    public Set<String> keep(Map<String, Instant> backups, Instant now) {
        Set<String> kept = new HashSet<>();
        LocalDate today = now.atZone(CHINA).toLocalDate();
        keepNewestPer(backups, kept, date -> ChronoUnit.DAYS.between(date, today), days);
        keepNewestPer(backups, kept, date -> weeksBetween(date, today), weeks);
        keepNewestPer(
                backups,
                kept,
                date -> ChronoUnit.MONTHS.between(date.withDayOfMonth(1), today.withDayOfMonth(1)),
                months);
        backups.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(newest -> kept.add(newest.getKey()));
        return kept;
    }

    /** Keeps the newest backup of each period {@code age} 0 … {@code count - 1} (0 = the current one). */
    private static void keepNewestPer(
            Map<String, Instant> backups, Set<String> kept, Function<LocalDate, Long> age, int count) {
        backups.entrySet().stream()
                .filter(b -> {
                    long periodsAgo = age.apply(b.getValue().atZone(CHINA).toLocalDate());
                    return periodsAgo >= 0 && periodsAgo < count;
                })
                .collect(Collectors.groupingBy(
                        b -> age.apply(b.getValue().atZone(CHINA).toLocalDate()),
                        Collectors.maxBy(Comparator.comparing(Map.Entry::getValue))))
                .values()
                .forEach(newest -> newest.ifPresent(b -> kept.add(b.getKey())));
    }

    /** Whole ISO weeks (Monday to Sunday) between the weeks of {@code date} and {@code today}. */
    private static long weeksBetween(LocalDate date, LocalDate today) {
        LocalDate weekStart = date.minusDays(date.getDayOfWeek().getValue() - 1L);
        LocalDate thisWeekStart = today.minusDays(today.getDayOfWeek().getValue() - 1L);
        return ChronoUnit.WEEKS.between(weekStart, thisWeekStart);
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }
}
