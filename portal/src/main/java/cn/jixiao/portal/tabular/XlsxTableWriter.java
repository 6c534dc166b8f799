package cn.jixiao.portal.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An .xlsx workbook written by fastexcel's streaming writer (rows are flushed as they go): one
 * sheet named after the table, a bold frozen header row, money with six decimals, dates as dates. A
 * sheet holds 1,048,575 rows besides the header; more are left out and a note sheet says so.
 */
final class XlsxTableWriter implements TableWriter {
    static final String MONEY_FORMAT = "#,##0.000000";
    static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final int FLUSH_EVERY = 1000;
    /** Excel's rows per sheet, less the header. */
    static final int MAX_ROWS = 1_048_575;

    private final TableSpec spec;
    private final Workbook workbook;
    private final Worksheet sheet;
    private int next = 1;
    private boolean truncated;
    private boolean finished;

    XlsxTableWriter(TableSpec spec, OutputStream out) {
        this.spec = spec;
        this.workbook = new Workbook(out, "jixiao", "1.0");
        this.sheet = workbook.newWorksheet(spec.name());
        for (int c = 0; c < spec.size(); c++) {
            String header = spec.columns().get(c).header();
            sheet.value(0, c, header);
            sheet.style(0, c).bold().fillColor("EEF1F4").set();
            sheet.width(c, Math.max(10, Math.min(60, header.length() * 2.2 + 2)));
        }
        sheet.freezePane(0, 1);
    }

    @Override
    public void row(Object[] values) throws IOException {
        if (full()) {
            truncated = true;
            return;
        }
        int r = next++;
        for (int c = 0; c < spec.size(); c++) {
            Column column = spec.columns().get(c);
            Object value = values[c];
            if (value == null) {
                continue;
            }
            switch (column.type()) {
                case DECIMAL -> {
                    sheet.value(r, c, (BigDecimal) value);
                    sheet.style(r, c).format(MONEY_FORMAT).set();
                }
                case INTEGER -> sheet.value(r, c, (Number) value);
                case DATE -> {
                    sheet.value(r, c, (LocalDate) value);
                    sheet.style(r, c).format(DATE_FORMAT).set();
                }
                default -> sheet.value(r, c, TableWriter.text(column, value));
            }
        }
        if (r % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public boolean full() {
        return next > MAX_ROWS;
    }

    @Override
    public void finish() throws IOException {
        if (!finished) {
            finished = true;
            sheet.finish();
            if (truncated) {
                Worksheet note = workbook.newWorksheet("说明");
                note.value(
                        0,
                        0,
                        "数据超过 Excel 单表上限，只导出了前 " + MAX_ROWS + " 行；请导出 CSV，或缩小范围分批导出 "
                                + "(more rows than an Excel sheet holds; only the first " + MAX_ROWS
                                + " were written: export CSV or narrow the export)");
                note.finish();
            }
            workbook.finish();
        }
    }
}
