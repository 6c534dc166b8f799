package cn.jixiao.portal.kiosk.usage;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer to a usage import: rows read, devices named, the days covered, the daily rows
 * inserted and updated (or that would be, in a preview), and the first errors by line.
 */
public record UsageReport(
        String mode,
        boolean committed,
        String message,
        long rows,
        long devices,
        LocalDate firstDay,
        LocalDate lastDay,
        long inserted,
        long updated,
        long errorCount,
        List<UsageError> errors) {

    public boolean valid() {
        return errors.isEmpty();
    }
}
