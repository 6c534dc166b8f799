package cn.jixiao.portal.tabular;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Turns one cell into its column's value, or says in Chinese (then English) what is wrong with it.
 * Lenient where people differ harmlessly: full-width digits, thousands separators, spaces, dates
 * as 2021-03-15, 2021/3/15, 2021.3.15 or 2021年3月15日, choices by label or code.
 */
final class CellParser {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private CellParser() {}

    /** The outcome for one cell: a value (null for a blank optional cell) or an error message. */
    record Result(Object value, String error) {
        static Result ok(Object value) {
            return new Result(value, null);
        }

        static Result fail(String message) {
            return new Result(null, message);
        }
    }

    static Result parse(Column column, RawCell cell) {
        if (cell.isBlank()) {
            return column.isRequired() ? Result.fail("不能为空 (required)") : Result.ok(null);
        }
        return switch (column.type()) {
            case TEXT -> text(column, cell);
            case DECIMAL -> decimal(column, cell);
            case INTEGER -> integer(column, cell);
            case DATE -> date(cell);
            case CHOICE -> choice(column, cell);
        };
    }

    private static Result text(Column column, RawCell cell) {
        String value = FormulaGuard.unguard(cell.text().strip());
        if (value.codePointCount(0, value.length()) > column.maxLength()) {
            return Result.fail("超过 " + column.maxLength() + " 个字符 (longer than " + column.maxLength() + " characters)");
        }
        return Result.ok(value);
    }

    private static Result decimal(Column column, RawCell cell) {
        BigDecimal value = cell.number() != null ? cell.number() : number(cell.text());
        if (value == null) {
            return Result.fail("不是有效的数字 (not a valid number)");
        }
        if (value.stripTrailingZeros().scale() > Column.MONEY_SCALE) {
            return Result.fail("最多 " + Column.MONEY_SCALE + " 位小数 (at most " + Column.MONEY_SCALE + " decimals)");
        }
        String bounds = bounds(column, value);
        return bounds != null ? Result.fail(bounds) : Result.ok(value.setScale(Column.MONEY_SCALE));
    }

    private static Result integer(Column column, RawCell cell) {
        BigDecimal value = cell.number() != null ? cell.number() : number(cell.text());
        if (value == null || value.stripTrailingZeros().scale() > 0) {
            return Result.fail("不是有效的整数 (not a whole number)");
        }
        String bounds = bounds(column, value);
        return bounds != null ? Result.fail(bounds) : Result.ok(value.longValueExact());
    }

    private static String bounds(Column column, BigDecimal value) {
        BigDecimal min = column.min();
        BigDecimal max = column.max();
        if (column.minExclusive() && min != null && value.compareTo(min) <= 0) {
            return "必须大于 " + XlsxTableReader.plain(min) + " (must be greater than " + XlsxTableReader.plain(min) + ")";
        }
        boolean tooSmall = min != null && value.compareTo(min) < 0;
        boolean tooBig = max != null && value.compareTo(max) > 0;
        if (column.type() == ColumnType.INTEGER && (tooSmall || tooBig)) {
            String range = XlsxTableReader.plain(min) + " 到 " + XlsxTableReader.plain(max);
            return "应在 " + range + " 之间 (must be between " + range.replace(" 到 ", " and ") + ")";
        }
        if (tooSmall) {
            return "不能小于 " + XlsxTableReader.plain(min) + " (must not be less than " + XlsxTableReader.plain(min) + ")";
        }
        if (tooBig) {
            return "数值过大，最大为 " + XlsxTableReader.plain(max) + " (too large; at most " + XlsxTableReader.plain(max)
                    + ")";
        }
        return null;
    }

    /** "1,234.5", "１２３４．５", " 12 " → the number; anything else → null. */
    static BigDecimal number(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .strip()
                .replace(",", "")
                .replace(" ", "");
        if (!NUMBER.matcher(folded).matches()) {
            return null;
        }
        try {
            return new BigDecimal(folded);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Result date(RawCell cell) {
        if (cell.number() != null) {
            LocalDate serial = Dates.inRange(cell.serialDate());
            return serial != null ? Result.ok(serial) : Result.fail(badDate());
        }
        LocalDate parsed = Dates.parse(cell.text());
        return parsed == null ? Result.fail(badDate()) : Result.ok(parsed);
    }

    private static String badDate() {
        return "不是有效的日期，请写成 2021-03-15 或 2021/3/15，年份在 1900 至 2100 之间 (not a valid date; use yyyy-MM-dd or yyyy/M/d, a year from 1900 to 2100)";
    }

    private static Result choice(Column column, RawCell cell) {
        return column.choiceByLabel(cell.text())
                .map(c -> Result.ok(c.code()))
                .orElseGet(() -> Result.fail("「" + cell.text().strip() + "」不是可选的值，可选：" + column.choiceLabels()
                        + " (not one of the allowed values)"));
    }
}
