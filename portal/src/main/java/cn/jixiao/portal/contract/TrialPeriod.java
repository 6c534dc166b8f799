package cn.jixiao.portal.contract;

import cn.jixiao.portal.web.Refusals;
import java.time.Period;
import java.time.format.DateTimeParseException;

/**
 * A contract's trial period as ISO-8601 ("P1M", "P30D"): checked and normalised on the way in (weeks
 * become days, years months), shown in Chinese ("1个月", "30天") on the way out.
 */
public final class TrialPeriod {
    private static final String INVALID = "试运行期应为 ISO-8601 期间，如 P1M（一个月）或 P30D（30 天），且不超过 5 年 "
            + "(trialPeriod must be an ISO-8601 period such as P1M or P30D, at most 5 years)";

    private TrialPeriod() {}

    /** The normalised text to store, null for none; a 400 naming trialPeriod when it cannot be read. */
    public static String normalize(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Period period;
        try {
            period = Period.parse(text.strip()).normalized();
        } catch (DateTimeParseException e) {
            throw Refusals.invalid("trialPeriod", INVALID);
        }
        if (period.isNegative() || period.toTotalMonths() > 60 || period.getDays() > 1830) {
            throw Refusals.invalid("trialPeriod", INVALID);
        }
        return Period.of(0, (int) period.toTotalMonths(), period.getDays()).toString();
    }

    /** From the form's month and day fields; null when both are empty. */
    public static String of(Integer months, Integer days) {
        if (months == null && days == null) {
            return null;
        }
        return Period.of(0, months == null ? 0 : months, days == null ? 0 : days)
                .toString();
    }

    /** "1个月", "30天", "1个月15天", "无" for a zero period; null for none. */
    public static String label(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            Period p = Period.parse(stored);
            long months = p.toTotalMonths();
            String label = (months > 0 ? months + "个月" : "") + (p.getDays() > 0 ? p.getDays() + "天" : "");
            return label.isEmpty() ? "无" : label;
        } catch (DateTimeParseException e) {
            return stored;
        }
    }

    /** The months and days of a stored period, for the form's two fields. */
    public static int[] monthsAndDays(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            Period p = Period.parse(stored);
            return new int[] {(int) p.toTotalMonths(), p.getDays()};
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
