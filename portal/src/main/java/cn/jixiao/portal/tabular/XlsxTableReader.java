package cn.jixiao.portal.tabular;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the first sheet of an .xlsx workbook with fastexcel's streaming reader: the sheet's XML is
 * parsed row by row from the zip file on disk, never loaded whole. Number cells keep their exact
 * decimal text; a number that is a valid Excel date serial also carries that date, which a date
 * column uses (Excel stores dates as numbers).
 */
final class XlsxTableReader implements TableReader {
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    /** 9999-12-31 in the 1900 system. */
    private static final long MAX_SERIAL = 2_958_465;

    @Override
    public void read(Path file, RowVisitor visitor) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(false, false));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            boolean date1904 = workbook.isDate1904();
            Iterator<Row> it = rows.iterator();
            while (it.hasNext()) {
                if (!visitor.visit(toRaw(it.next(), date1904))) {
                    return;
                }
            }
        } catch (IOException
                | UncheckedIOException
                | ExcelReaderException
                | IllegalStateException
                | IllegalArgumentException
                | NullPointerException e) {
            // a broken, encrypted or non-Excel zip fails somewhere in the zip or XML layers below
            throw new UnreadableFileException(
                    400, "无法读取该 Excel 文件，请确认是 .xlsx 工作簿且未加密 (cannot read this .xlsx workbook)", e);
        }
    }

    private static RawRow toRaw(Row row, boolean date1904) {
        int count = row.getCellCount();
        var cells = new ArrayList<RawCell>(count);
        for (int i = 0; i < count; i++) {
            cells.add(row.hasCell(i) ? toRaw(row.getCell(i), date1904) : RawCell.EMPTY);
        }
        return new RawRow(row.getRowNum(), cells);
    }

    private static RawCell toRaw(Cell cell, boolean date1904) {
        if (cell == null) {
            return RawCell.EMPTY;
        }
        String raw = cell.getRawValue();
        return switch (cell.getType()) {
            case NUMBER -> number(raw, date1904);
            case FORMULA -> numberOrText(raw, date1904);
            case BOOLEAN -> RawCell.text("1".equals(raw) ? "TRUE" : "FALSE");
            case EMPTY -> RawCell.EMPTY;
            default -> RawCell.text(cell.getText());
        };
    }

    /** A formula cell carries its last computed value; use it as a number when it is one. */
    private static RawCell numberOrText(String raw, boolean date1904) {
        if (raw == null) {
            return RawCell.EMPTY;
        }
        try {
            new BigDecimal(raw);
            return number(raw, date1904);
        } catch (NumberFormatException e) {
            return RawCell.text(raw);
        }
    }

    private static RawCell number(String raw, boolean date1904) {
        if (raw == null || raw.isBlank()) {
            return RawCell.EMPTY;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            return RawCell.text(raw);
        }
        return new RawCell(plain(value), value, serialDate(value, date1904));
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** Excel's date serial (days since 1899-12-30, with the 1900 leap-year bug below 61; or since 1904). */
    static LocalDate serialDate(BigDecimal value, boolean date1904) {
        if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(MAX_SERIAL)) > 0) {
            return null;
        }
        long days = value.longValue();
        if (date1904) {
            return EPOCH_1904.plusDays(days);
        }
        return days < 61 ? EPOCH_1900.plusDays(days + 1) : EPOCH_1900.plusDays(days);
    }
}
