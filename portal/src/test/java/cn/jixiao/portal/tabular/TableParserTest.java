package cn.jixiao.portal.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading CSV in the encodings Excel users produce, and checking every cell against its column. */
class TableParserTest {
    static final TableSpec SPEC = new TableSpec(
            "合同",
            List.of(
                    Column.text("code", "部门编码").required().maxLength(32),
                    Column.integer("year", "年度", 2000, 2100).required(),
                    Column.money("amount", "金额（万元）").required().aliases("金额"),
                    Column.date("signedOn", "签订日期"),
                    Column.choice(
                            "method",
                            "采购方式",
                            List.of(
                                    Choice.of("OPEN_TENDER", "公开招标"),
                                    Choice.of("INQUIRY", "询价"),
                                    Choice.of("SINGLE_SOURCE", "单一来源"))),
                    Column.text("name", "部门名称").exportOnly()));

    @TempDir
    Path dir;

    private final TableParser parser = new TableParser(100, 50);

    @Test
    void readsUtf8WithByteOrderMark() throws IOException {
        Path file =
                write("\uFEFF部门编码,年度,金额（万元）,签订日期,采购方式\nzwfwglj,2021,1011.16,2021-03-15,公开招标\n", StandardCharsets.UTF_8);
        ParsedTable table = parse(file);
        assertTrue(table.errors().isEmpty(), () -> table.errors().listed().toString());
        ParsedRow row = table.rows().get(0);
        assertEquals(2, row.number());
        assertEquals("zwfwglj", row.text("code"));
        assertEquals(2021L, row.integer("year"));
        assertEquals(new BigDecimal("1011.160000"), row.decimal("amount"));
        assertEquals(LocalDate.of(2021, 3, 15), row.date("signedOn"));
        assertEquals("OPEN_TENDER", row.value("method"));
    }

    @Test
    void readsUtf8WithoutByteOrderMark() throws IOException {
        ParsedTable table = parse(write("部门编码,年度,金额\n财政,2022,5\n", StandardCharsets.UTF_8));
        assertTrue(table.errors().isEmpty(), () -> table.errors().listed().toString());
        assertEquals("财政", table.rows().get(0).text("code"));
    }

    @Test
    void readsGb18030AsExcelSavesCsvOnChineseWindows() throws IOException {
        Path file = write("部门编码,年度,金额(万元),签订日期,采购方式\n政务局,2021,\"1,234.5\",2021/3/5,单一来源\n", Charset.forName("GB18030"));
        ParsedTable table = parse(file);
        assertTrue(table.errors().isEmpty(), () -> table.errors().listed().toString());
        ParsedRow row = table.rows().get(0);
        assertEquals("政务局", row.text("code"));
        assertEquals(0, new BigDecimal("1234.5").compareTo(row.decimal("amount")));
        assertEquals(LocalDate.of(2021, 3, 5), row.date("signedOn"));
        assertEquals("SINGLE_SOURCE", row.value("method"));
    }

    @Test
    void readsUtf16TabSeparatedUnicodeText() throws IOException {
        byte[] body = "部门编码\t年度\t金额\nczj\t2021\t3\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Path file = dir.resolve("unicode.txt");
        Files.write(file, withBom);
        ParsedTable table = parser.parse(SPEC, TableFormat.sniff(file), file);
        assertTrue(table.errors().isEmpty(), () -> table.errors().listed().toString());
        assertEquals("czj", table.rows().get(0).text("code"));
    }

    @Test
    void listsEveryBadCellByRowAndColumnInChinese() throws IOException {
        Path file = write("""
                部门编码,年度,金额（万元）,签订日期,采购方式
                zwfwglj,2021,12.5,2021-02-30,公开招标
                zwfwglj,二〇二一,abc,2021/13/1,招标
                ,2021,-1,,
                zwfwglj,1999,1.1234567,,询价
                """, StandardCharsets.UTF_8);
        ParsedTable table = parse(file);
        List<String> texts =
                table.errors().sorted().stream().map(CellError::text).toList();
        assertEquals(
                List.of(
                        "第 2 行「签订日期」：不是有效的日期，请写成 2021-03-15 或 2021/3/15，年份在 1900 至 2100 之间 (not a valid date; use yyyy-MM-dd or yyyy/M/d, a year from 1900 to 2100)",
                        "第 3 行「年度」：不是有效的整数 (not a whole number)",
                        "第 3 行「金额（万元）」：不是有效的数字 (not a valid number)",
                        "第 3 行「签订日期」：不是有效的日期，请写成 2021-03-15 或 2021/3/15，年份在 1900 至 2100 之间 (not a valid date; use yyyy-MM-dd or yyyy/M/d, a year from 1900 to 2100)",
                        "第 3 行「采购方式」：「招标」不是可选的值，可选：公开招标、询价、单一来源 (not one of the allowed values)",
                        "第 4 行「部门编码」：不能为空 (required)",
                        "第 4 行「金额（万元）」：不能小于 0 (must not be less than 0)",
                        "第 5 行「年度」：应在 2000 到 2100 之间 (must be between 2000 and 2100)",
                        "第 5 行「金额（万元）」：最多 6 位小数 (at most 6 decimals)"),
                texts);
        assertEquals(4, table.rows().size());
        assertFalse(table.rows().get(1).valid());
        assertEquals("abc", table.rows().get(1).typed(SPEC.indexOf("amount")));
        assertTrue(table.rows().get(0).date("signedOn") == null
                && !table.rows().get(0).valid());
    }

    @Test
    void missingRequiredColumnIsReportedOnceAtTheHeader() throws IOException {
        ParsedTable table = parse(write("部门编码,金额\nczj,1\nczj,2\n", StandardCharsets.UTF_8));
        assertEquals(
                List.of("第 1 行「年度」：缺少必填列 (required column is missing)"),
                table.errors().listed().stream().map(CellError::text).toList());
        assertTrue(table.rows().isEmpty());
    }

    @Test
    void titleRowsAndBlankRowsKeepExcelRowNumbers() throws IOException {
        ParsedTable table = parse(write("""
                2021年部门预算表,,
                ,,
                部门编码,年度,金额,备注
                czj,2021,1

                czj,2022,oops
                """, StandardCharsets.UTF_8));
        assertEquals(2, table.rows().size());
        assertEquals(4, table.rows().get(0).number());
        assertEquals(6, table.rows().get(1).number());
        assertEquals(
                "第 6 行「金额（万元）」：不是有效的数字 (not a valid number)",
                table.errors().listed().get(0).text());
        assertTrue(table.notes().get(0).contains("备注"), table.notes().toString());
    }

    @Test
    void aFileWithoutHeaderIsRefusedWithAMessage() throws IOException {
        ParsedTable table = parse(write("a,b,c\n1,2,3\n", StandardCharsets.UTF_8));
        assertTrue(table.errors().listed().get(0).text().startsWith("文件：找不到表头行"));
    }

    @Test
    void tooManyRowsStopsWithAnError() throws IOException {
        var body = new StringBuilder("部门编码,年度,金额\n");
        for (int i = 0; i < 101; i++) {
            body.append("czj,2021,1\n");
        }
        ParsedTable table = parse(write(body.toString(), StandardCharsets.UTF_8));
        assertEquals(100, table.rows().size());
        assertEquals(
                "第 102 行：文件超过 100 行数据的上限，请分批导入 (more than 100 data rows; split the file)",
                table.errors().listed().get(0).text());
    }

    @Test
    void errorsAreAllCountedButOnlySomeListed() throws IOException {
        var body = new StringBuilder("部门编码,年度,金额\n");
        for (int i = 0; i < 80; i++) {
            body.append("czj,x,y\n");
        }
        ParsedTable table = parse(write(body.toString(), StandardCharsets.UTF_8));
        assertEquals(160, table.errors().total());
        assertEquals(50, table.errors().listed().size());
    }

    @Test
    void csvWriterGuardsFormulasAndTheReaderTakesTheGuardOff() throws IOException {
        Path file = dir.resolve("out.csv");
        try (var out = Files.newOutputStream(file);
                var writer = TableWriter.open(TableFormat.CSV, SPEC, out)) {
            writer.row(
                    new Object[] {"=1+1", 2021L, new BigDecimal("7.500000"), LocalDate.of(2020, 1, 2), "INQUIRY", "名"});
        }
        byte[] bytes = Files.readAllBytes(file);
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 with a byte-order mark, so Excel opens it");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("'=1+1,2021,7.5,2020-01-02,询价,名"), text);
        ParsedRow row = parse(file).rows().get(0);
        assertEquals("=1+1", row.text("code"));
        assertNull(row.value("name"), "export-only columns are not imported");
    }

    @Test
    void sniffsContentNotNames() throws IOException {
        Path xls = dir.resolve("old.csv");
        Files.write(xls, new byte[] {
            (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0
        });
        var old = org.junit.jupiter.api.Assertions.assertThrows(
                UnreadableFileException.class, () -> TableFormat.sniff(xls));
        assertEquals(415, old.status());
        assertTrue(old.getMessage().contains(".xls"));
        Path png = dir.resolve("image.csv");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});
        assertEquals(
                415,
                org.junit.jupiter.api.Assertions.assertThrows(
                                UnreadableFileException.class, () -> TableFormat.sniff(png))
                        .status());
        Path empty = dir.resolve("empty.csv");
        Files.write(empty, new byte[0]);
        assertEquals(
                400,
                org.junit.jupiter.api.Assertions.assertThrows(
                                UnreadableFileException.class, () -> TableFormat.sniff(empty))
                        .status());
    }

    private ParsedTable parse(Path file) throws IOException {
        return parser.parse(SPEC, TableFormat.sniff(file), file);
    }

    private Path write(String text, Charset charset) throws IOException {
        Path file = Files.createTempFile(dir, "t", ".csv");
        Files.write(file, text.getBytes(charset));
        return file;
    }
}
