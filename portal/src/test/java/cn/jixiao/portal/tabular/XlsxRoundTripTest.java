package cn.jixiao.portal.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XLSX as Excel keeps it: number cells, date cells, text dates, and our own workbooks read back. */
class XlsxRoundTripTest {
    private static final TableSpec SPEC = TableParserTest.SPEC;

    @TempDir
    Path dir;

    private final TableParser parser = new TableParser(1000, 100);

    @Test
    void readsAWorkbookAsExcelUsersFillIt() throws IOException {
        Path file = dir.resolve("filled.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            var wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            ws.value(0, 0, "部门编码");
            ws.value(0, 1, "年度");
            ws.value(0, 2, "金额(万元)");
            ws.value(0, 3, "签订日期");
            ws.value(0, 4, "采购方式");
            ws.value(1, 0, 12345); // a code Excel turned into a number
            ws.value(1, 1, 2021);
            ws.value(1, 2, new BigDecimal("358.392"));
            ws.value(1, 3, LocalDate.of(2020, 6, 30)); // a real date cell
            ws.style(1, 3).format("yyyy/m/d").set();
            ws.value(1, 4, "询价");
            ws.value(2, 0, "czj");
            ws.value(2, 1, "2022"); // numbers typed as text
            ws.value(2, 2, "x");
            ws.value(2, 3, "2022年1月5日");
            ws.value(2, 4, "公开招标");
            wb.finish();
        }
        ParsedTable table = parser.parse(SPEC, TableFormat.sniff(file), file);
        assertEquals(TableFormat.XLSX, table.format());
        ParsedRow first = table.rows().get(0);
        assertEquals("12345", first.text("code"));
        assertEquals(2021L, first.integer("year"));
        assertEquals(new BigDecimal("358.392000"), first.decimal("amount"));
        assertEquals(LocalDate.of(2020, 6, 30), first.date("signedOn"));
        assertEquals(LocalDate.of(2022, 1, 5), table.rows().get(1).date("signedOn"));
        assertEquals(
                List.of("第 3 行「金额（万元）」：不是有效的数字 (not a valid number)"),
                table.errors().listed().stream().map(CellError::text).toList());
    }

    @Test
    void ourWorkbookHasBoldFrozenHeaderAndReadsBackExactly() throws IOException {
        Path file = dir.resolve("export.xlsx");
        var amount = new BigDecimal("1234567890.123456");
        try (OutputStream out = Files.newOutputStream(file);
                var writer = TableWriter.open(TableFormat.XLSX, SPEC, out)) {
            writer.row(
                    new Object[] {"zwfwglj", 2021L, amount, LocalDate.of(2021, 12, 31), "OPEN_TENDER", "保山市政务服务管理局"});
            writer.row(new Object[] {"+cmd", 2022L, new BigDecimal("0.000001"), null, null, null});
        }
        ParsedTable table = parser.parse(SPEC, TableFormat.sniff(file), file);
        assertTrue(table.errors().isEmpty(), () -> table.errors().listed().toString());
        assertEquals(amount, table.rows().get(0).decimal("amount"));
        assertEquals(LocalDate.of(2021, 12, 31), table.rows().get(0).date("signedOn"));
        assertEquals("OPEN_TENDER", table.rows().get(0).value("method"));
        assertEquals("+cmd", table.rows().get(1).text("code"));
        assertEquals(new BigDecimal("0.000001"), table.rows().get(1).decimal("amount"));

        try (var wb = new ReadableWorkbook(file.toFile())) {
            assertEquals("合同", wb.getFirstSheet().getName());
        }
        String sheetXml = unzip(file, "xl/worksheets/sheet1.xml");
        assertTrue(sheetXml.contains("<pane") && sheetXml.contains("state=\"frozen\""), "the header row is frozen");
        String styles = unzip(file, "xl/styles.xml");
        assertTrue(styles.contains("#,##0.000000"), "money has six decimals");
        assertTrue(styles.contains("<b/>") || styles.contains("<b val=\"true\"/>"), "the header is bold");
    }

    @Test
    void aZipThatIsNoWorkbookIsA400WithAMessage() throws IOException {
        Path file = dir.resolve("not-a-workbook.xlsx");
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("hello".getBytes());
            zip.closeEntry();
        }
        var e = assertThrows(UnreadableFileException.class, () -> parser.parse(SPEC, TableFormat.sniff(file), file));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().startsWith("无法读取该 Excel 文件"));
    }

    @Test
    void excelDateSerialsFollowThe1900And1904Systems() {
        assertEquals(LocalDate.of(1900, 1, 1), XlsxTableReader.serialDate(BigDecimal.ONE, false));
        assertEquals(LocalDate.of(2021, 3, 15), XlsxTableReader.serialDate(new BigDecimal("44270"), false));
        assertEquals(LocalDate.of(2021, 3, 15), XlsxTableReader.serialDate(new BigDecimal("44270.75"), false));
        assertEquals(LocalDate.of(1904, 1, 2), XlsxTableReader.serialDate(BigDecimal.ONE, true));
    }

    private static String unzip(Path file, String entry) throws IOException {
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(entry)).readAllBytes());
        }
    }
}
