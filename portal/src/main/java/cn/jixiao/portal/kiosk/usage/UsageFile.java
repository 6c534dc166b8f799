package cn.jixiao.portal.kiosk.usage;

import cn.jixiao.portal.tabular.Column;
import cn.jixiao.portal.tabular.Dates;
import cn.jixiao.portal.tabular.FormulaGuard;
import cn.jixiao.portal.tabular.RawCell;
import cn.jixiao.portal.tabular.RawRow;
import cn.jixiao.portal.tabular.TableFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

/**
 * Streams a daily usage file (设备编号, 日期, 办件量) row by row, as CSV (UTF-8 or GBK, as the tabular
 * readers detect) or XLSX, and hands each good row on; a bad cell is reported with its line and
 * column and the row is skipped, so every parse error of the file is found in one pass.
 */
final class UsageFile {
    static final String CODE = "设备编号";
    static final String DAY = "日期";
    static final String COUNT = "办件量";
    private static final List<Column> COLUMNS = List.of(
            Column.text("code", CODE).aliases("终端编号", "设备编码"),
            Column.date("day", DAY).aliases("办件日期", "统计日期", "业务日期"),
            Column.text("transactions", COUNT).aliases("办件数", "业务量", "交易量", "办件量（件）"));
    private static final int ROWS_BEFORE_HEADER = 20;

    /** Receives the good rows. */
    @FunctionalInterface
    interface Sink {
        void row(long line, String code, LocalDate day, int transactions) throws IOException;
    }

    /** Receives the problems. */
    @FunctionalInterface
    interface Problems {
        void add(long line, String column, String message);
    }

    private final Sink sink;
    private final Problems problems;
    private int[] positions;
    private int rowsSeen;
    private long rows;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private IOException failure;

    UsageFile(Sink sink, Problems problems) {
        this.sink = sink;
        this.problems = problems;
    }

    long rows() {
        return rows;
    }

    LocalDate firstDay() {
        return firstDay;
    }

    LocalDate lastDay() {
        return lastDay;
    }

    void read(Path file) throws IOException {
        TableFormat format = TableFormat.sniff(file);
        format.reader().read(file, this::visit);
        if (failure != null) {
            throw failure;
        }
        if (positions == null) {
            problems.add(0, null, "找不到表头行，请确认第一行是列名「设备编号」「日期」「办件量」 (no header row found)");
        }
    }

    private boolean visit(RawRow raw) {
        if (raw.isBlank()) {
            return true;
        }
        if (positions == null) {
            return header(raw);
        }
        try {
            row(raw);
            return true;
        } catch (IOException e) {
            failure = e;
            return false;
        } catch (UncheckedIOException e) {
            failure = e.getCause();
            return false;
        }
    }

    /** Finds the three columns; a row naming none of them is a title above the header. */
    private boolean header(RawRow raw) {
        int[] found = {-1, -1, -1};
        boolean any = false;
        for (int i = 0; i < raw.cells().size(); i++) {
            String typed = raw.cell(i).text().strip();
            for (int c = 0; c < COLUMNS.size(); c++) {
                if (!typed.isEmpty() && found[c] < 0 && COLUMNS.get(c).matches(typed)) {
                    found[c] = i;
                    any = true;
                }
            }
        }
        if (!any) {
            return ++rowsSeen < ROWS_BEFORE_HEADER;
        }
        boolean complete = true;
        for (int c = 0; c < COLUMNS.size(); c++) {
            if (found[c] < 0) {
                problems.add(raw.number(), COLUMNS.get(c).header(), "缺少必填列 (required column is missing)");
                complete = false;
            }
        }
        positions = found;
        return complete;
    }

    private void row(RawRow raw) throws IOException {
        long line = raw.number();
        rows++;
        String code = code(raw.cell(positions[0]));
        LocalDate day = day(raw.cell(positions[1]));
        long count = count(raw.cell(positions[2]));
        boolean ok = true;
        if (code == null) {
            problems.add(line, CODE, "不能为空 (required)");
            ok = false;
        }
        if (day == null) {
            problems.add(
                    line, DAY, "不是有效的日期，请写成 2022-03-15 或 2022/3/15 (not a valid date; use yyyy-MM-dd or yyyy/M/d)");
            ok = false;
        }
        if (count < 0) {
            problems.add(
                    line,
                    COUNT,
                    count == NEGATIVE ? "不能为负数 (must not be negative)" : "不是有效的非负整数 (not a whole number of 0 or more)");
            ok = false;
        }
        if (!ok) {
            return;
        }
        if (firstDay == null || day.isBefore(firstDay)) {
            firstDay = day;
        }
        if (lastDay == null || day.isAfter(lastDay)) {
            lastDay = day;
        }
        sink.row(line, code, day, (int) count);
    }

    private static String code(RawCell cell) {
        String text = FormulaGuard.unguard(cell.text().strip());
        return text.isEmpty() || text.length() > 60 ? null : text;
    }

    static LocalDate day(RawCell cell) {
        return cell.number() != null ? Dates.inRange(cell.serialDate()) : Dates.parse(cell.text());
    }

    private static final long NEGATIVE = -2;
    private static final long INVALID = -1;

    /** The count, or NEGATIVE / INVALID. */
    static long count(RawCell cell) {
        BigDecimal number = cell.number();
        if (number == null) {
            String text = cell.text().strip();
            if (text.isEmpty()) {
                return INVALID;
            }
            long plain = plainDigits(text);
            if (plain >= 0) {
                return plain;
            }
            try {
                number = new BigDecimal(Normalizer.normalize(text, Normalizer.Form.NFKC)
                        .replace(",", "")
                        .strip());
            } catch (NumberFormatException e) {
                return INVALID;
            }
        }
        if (number.signum() < 0) {
            return NEGATIVE;
        }
        if (number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return INVALID;
        }
        return number.longValue();
    }

    private static long plainDigits(String text) {
        if (text.length() > 9) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }
}
