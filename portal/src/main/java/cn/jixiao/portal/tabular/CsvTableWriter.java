package cn.jixiao.portal.tabular;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV in UTF-8 with a byte-order mark (without it Excel on Windows reads UTF-8 as GBK and shows
 * garbage), CRLF line ends, and text that Excel would take for a formula (= + - @ first) guarded
 * with an apostrophe, which the reader takes off again.
 */
final class CsvTableWriter implements TableWriter {
    private final TableSpec spec;
    private final BufferedWriter writer;
    private final CSVPrinter printer;
    private boolean finished;

    CsvTableWriter(TableSpec spec, OutputStream out) throws IOException {
        this.spec = spec;
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(spec.headers());
    }

    @Override
    public void row(Object[] values) throws IOException {
        var cells = new String[spec.size()];
        for (int i = 0; i < cells.length; i++) {
            Column column = spec.columns().get(i);
            String text = TableWriter.text(column, values[i]);
            cells[i] = column.type() == ColumnType.TEXT ? FormulaGuard.guard(text) : text;
        }
        printer.printRecord((Object[]) cells);
    }

    @Override
    public void finish() throws IOException {
        if (!finished) {
            finished = true;
            printer.flush();
            writer.flush();
        }
    }
}
