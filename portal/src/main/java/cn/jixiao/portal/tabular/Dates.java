package cn.jixiao.portal.tabular;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people type them in spreadsheets: 2021-03-15, 2021/3/15, 2021.3.15, 2021年3月15日, with
 * full-width digits too. Years outside 1900–2100 are no budget year and are refused like a typo (the
 * database could not keep year 0 anyway).
 */
public final class Dates {
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;
    private static final Pattern LOOSE =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    private Dates() {}

    /** The date the text names, or null when it names none. */
    public static LocalDate parse(String text) {
        String strip = text.strip();
        LocalDate fast = isoOrSlashed(strip);
        if (fast != null) {
            return fast;
        }
        Matcher m = LOOSE.matcher(Normalizer.normalize(strip, Normalizer.Form.NFKC));
        if (!m.matches()) {
            return null;
        }
        return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** A date cell's value as Excel keeps it (a serial day), checked like a typed one. */
    public static LocalDate inRange(LocalDate date) {
        return date == null || date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR ? null : date;
    }

    /** yyyy-MM-dd and yyyy/M/d without a regex: millions of usage rows go through here. */
    private static LocalDate isoOrSlashed(String text) {
        int n = text.length();
        if (n < 8 || n > 10) {
            return null;
        }
        char sep = text.charAt(4);
        if (sep != '-' && sep != '/') {
            return null;
        }
        int second = text.indexOf(sep, 5);
        if (second < 0) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, second);
        int day = digits(text, second + 1, n);
        return year < 0 || month < 0 || day < 0 ? null : date(year, month, day);
    }

    private static int digits(String text, int from, int to) {
        if (to <= from || to - from > 4) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return inRange(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
