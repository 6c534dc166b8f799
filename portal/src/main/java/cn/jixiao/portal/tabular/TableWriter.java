package cn.jixiao.portal.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Writes a sheet row by row: the header first, then one call per row with the values in column
 * order (String, BigDecimal, Long/Integer, LocalDate, or a choice's code). Call {@link #finish()}
 * at the end; nothing is kept in memory beyond what the format itself needs.
 */
public interface TableWriter extends AutoCloseable {

    void row(Object[] values) throws IOException;

    /** True when the format can take no more rows (an XLSX sheet's limit); further rows are left out. */
    default boolean full() {
        return false;
    }

    void finish() throws IOException;

    @Override
    default void close() throws IOException {
        finish();
    }

    static TableWriter open(TableFormat format, TableSpec spec, OutputStream out) throws IOException {
        return format == TableFormat.XLSX ? new XlsxTableWriter(spec, out) : new CsvTableWriter(spec, out);
    }

    /** How a value reads as text: money without trailing zeros, dates as yyyy-MM-dd, choices by label. */
    static String text(Column column, Object value) {
        if (value == null) {
            return "";
        }
        return switch (column.type()) {
            case DECIMAL -> XlsxTableReader.plain((BigDecimal) value);
            case DATE -> ((LocalDate) value).toString();
            case CHOICE ->
                column.choiceByCode(value.toString()).map(Choice::label).orElse(value.toString());
            default -> value.toString();
        };
    }
}
