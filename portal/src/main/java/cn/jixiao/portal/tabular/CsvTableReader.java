package cn.jixiao.portal.tabular;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV as Excel writes it (RFC 4180 quoting, fields over several lines), in the encoding
 * {@link TextEncoding} finds; a file whose first line has tabs but no commas is read as
 * tab-separated (Excel's "Unicode text"). Row numbers count records, which is what Excel shows
 * when it opens the file, and empty lines are kept so the numbers stay right.
 */
final class CsvTableReader implements TableReader {

    @Override
    public void read(Path file, RowVisitor visitor) throws IOException {
        TextEncoding encoding = TextEncoding.detect(file);
        char delimiter = delimiter(file, encoding);
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false)
                .get();
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(encoding.bomLength());
            try (Reader reader = new BufferedReader(new InputStreamReader(in, encoding.charset()));
                    CSVParser parser = CSVParser.builder()
                            .setReader(reader)
                            .setFormat(format)
                            .get()) {
                for (CSVRecord record : parser) {
                    var cells = new ArrayList<RawCell>(record.size());
                    for (String value : record) {
                        cells.add(RawCell.text(value));
                    }
                    if (!visitor.visit(new RawRow((int) record.getRecordNumber(), cells))) {
                        return;
                    }
                }
            } catch (java.io.UncheckedIOException e) {
                throw new UnreadableFileException(
                        400, "CSV 文件格式有误（引号不成对？）：" + e.getCause().getMessage() + " (malformed CSV)", e);
            }
        }
    }

    private static char delimiter(Path file, TextEncoding encoding) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(encoding.bomLength());
            var reader = new BufferedReader(new InputStreamReader(in, encoding.charset()));
            char[] buffer = new char[4096];
            int n = reader.read(buffer);
            String head = n <= 0 ? "" : new String(buffer, 0, n);
            int lineEnd = head.indexOf('\n');
            String firstLine = lineEnd < 0 ? head : head.substring(0, lineEnd);
            return firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t' : ',';
        }
    }
}
