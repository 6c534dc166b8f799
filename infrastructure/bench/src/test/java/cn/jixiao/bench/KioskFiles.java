package cn.jixiao.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The CSV files a region's staff would upload: the devices sheet and the vendors' monthly usage
 * exports. Rows are written to disk one by one (a month of 100,000 devices is ~3 million rows,
 * ~70 MB), never held in memory.
 */
final class KioskFiles {
    /** Device codes are BK000001…; the SQL fills read the number back with substr(code, 3). */
    static final String CODE_PREFIX = "BK";

    static final String USAGE_HEADER = "设备编号,日期,办件量";

    private KioskFiles() {}

    static String code(int n) {
        return CODE_PREFIX + String.format("%06d", n);
    }

    /** Device n's count on a day: the same formula as the SQL fills (small-tenant.sql, usage-month.sql). */
    static int transactions(int n, int dayOfYear) {
        return (n * 7 + dayOfYear * 13) % 41;
    }

    /** The region's catalogue as the sheet names it: type names, department codes, point codes. */
    record Catalogue(List<String> types, List<String> departments, List<String> points) {
        String type(int n) {
            return types.get(n % types.size());
        }

        String department(int n) {
            return departments.get(n % departments.size());
        }

        String point(int n) {
            return points.get(n % points.size());
        }
    }

    /**
     * Where device n stands in its lifecycle, the same mix as small-tenant.sql: 70% in service,
     * 10% accepted but not yet serving, 10% on trial run, 5% installed, 5% delivered.
     */
    record Lifecycle(
            String status,
            LocalDate ordered,
            LocalDate delivered,
            LocalDate installed,
            LocalDate trialStarted,
            LocalDate accepted,
            LocalDate inService,
            String result,
            LocalDate networkSignedOff,
            LocalDate paid) {

        static Lifecycle of(int n) {
            int k = n % 20;
            String status = k < 14
                    ? "IN_SERVICE"
                    : k < 16 ? "ACCEPTED" : k < 18 ? "TRIAL_RUN" : k < 19 ? "INSTALLED" : "DELIVERED";
            boolean accepted = k < 16;
            return new Lifecycle(
                    status,
                    LocalDate.of(2021, 9, 1),
                    LocalDate.of(2021, 10, 8),
                    k < 19 ? LocalDate.of(2021, 10, 20) : null,
                    k < 18 ? LocalDate.of(2021, 11, 1) : null,
                    accepted ? LocalDate.of(2021, 12, 15) : null,
                    k < 14 ? LocalDate.of(2022, 1, 1) : null,
                    accepted ? "PASSED" : null,
                    accepted ? LocalDate.of(2021, 12, 10) : null,
                    k < 18 ? LocalDate.of(2021, 12, 20) : null);
        }
    }

    /** Devices {@code from}..{@code to} (inclusive) as one devices sheet. */
    static Path devices(Path dir, int from, int to, Catalogue catalogue) throws IOException {
        Path file = dir.resolve("devices-" + from + "-" + to + ".csv");
        try (Writer out = writer(file)) {
            out.write(String.join(",", DeviceSheet.HEADERS));
            out.write('\n');
            for (int n = from; n <= to; n++) {
                out.write(DeviceSheet.row(n, catalogue, Lifecycle.of(n)));
                out.write('\n');
            }
        }
        return file;
    }

    /** A vendor's export of one month: every device, every day, device by device. */
    static Path usageMonth(Path dir, YearMonth month, int devices) throws IOException {
        Path file = dir.resolve("usage-" + month + ".csv");
        var line = new StringBuilder(32);
        try (Writer out = writer(file)) {
            out.write(USAGE_HEADER);
            out.write('\n');
            for (int n = 1; n <= devices; n++) {
                String code = code(n);
                for (int d = 1; d <= month.lengthOfMonth(); d++) {
                    LocalDate day = month.atDay(d);
                    line.setLength(0);
                    line.append(code)
                            .append(',')
                            .append(day)
                            .append(',')
                            .append(transactions(n, day.getDayOfYear()))
                            .append('\n');
                    out.append(line);
                }
            }
        }
        return file;
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20);
    }
}
