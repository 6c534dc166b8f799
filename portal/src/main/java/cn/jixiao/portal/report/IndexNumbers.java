package cn.jixiao.portal.report;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 索引号 as the published reports print it: the department's organisation code, the catalog's category
 * letter, then {@code /}, the year, {@code -}, MMDD of the publication date and a three-digit sequence
 * of the region and year: {@code 57980172-X-/2022-0712008}.
 */
public final class IndexNumbers {
    public static final int MAX_SEQUENCE = 999;
    static final Pattern FORM = Pattern.compile("^([0-9A-Z]{8}-[0-9A-Z])-([A-Z]?)/(\\d{4})-(\\d{2})(\\d{2})(\\d{3})$");

    private IndexNumbers() {}

    public static String of(String orgCode, ReportCatalog catalog, LocalDate publishedOn, int sequence) {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        return "%s-%s/%04d-%02d%02d%03d"
                .formatted(
                        orgCode,
                        catalog.letter,
                        publishedOn.getYear(),
                        publishedOn.getMonthValue(),
                        publishedOn.getDayOfMonth(),
                        sequence);
    }

    public static boolean valid(String indexNo) {
        return indexNo != null && FORM.matcher(indexNo).matches();
    }

    /** The sequence part of a valid 索引号 (e.g. 8 of …-0712008). */
    public static int sequence(String indexNo) {
        Matcher m = FORM.matcher(indexNo);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an index number: " + indexNo);
        }
        return Integer.parseInt(m.group(6));
    }
}
