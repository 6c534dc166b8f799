package cn.jixiao.portal.evaluation.sheet;

import static cn.jixiao.portal.evaluation.review.EvaluationRows.evaluation;
import static cn.jixiao.portal.evaluation.review.EvaluationRows.exec;
import static cn.jixiao.portal.project.ProjectFixtures.YUEYANG;
import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.demoProjectId;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SelfEvaluationTableTest {
    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    static long ownDepartment(String token) {
        Number id = as(token).get("/api/me").then().statusCode(200).extract().path("department.id");
        return id.longValue();
    }

    private static List<Row> rows(byte[] xlsx) throws IOException {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getFirstSheet().read();
        }
    }

    private static String text(List<Row> rows, int r, int c) {
        Row row = rows.stream().filter(x -> x.getRowNum() == r + 1).findFirst().orElseThrow();
        return row.getCellAsString(c).orElse(null);
    }

    private static BigDecimal number(List<Row> rows, int r, int c) {
        Row row = rows.stream().filter(x -> x.getRowNum() == r + 1).findFirst().orElseThrow();
        Cell cell = row.getCell(c);
        return cell == null || cell.getRawValue() == null
                ? null
                : row.getCellAsNumber(c).orElse(null);
    }

    private static void assertNumber(String expected, BigDecimal actual) {
        assertTrue(
                actual != null && actual.compareTo(new BigDecimal(expected)) == 0,
                expected + " expected, got " + actual);
    }

    private static String sheetXml(byte[] xlsx) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("self-evaluation-table", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (var zip = new ZipFile(file.toFile())) {
                ZipEntry sheet = zip.stream()
                        .filter(e -> e.getName().startsWith("xl/worksheets/sheet"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no worksheet in the workbook"));
                return new String(zip.getInputStream(sheet).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void projectTableCarriesSeed003sFundsGoalsIndicatorsAndTotal() throws Exception {
        String editor = Tokens.accessToken("yueyang-dept");
        long department = ownDepartment(editor);
        long project = demoProjectId(editor);
        var built = evaluation(owner, YUEYANG, department, project, 2020, "FINANCE_REVIEW", null);
        exec(
                owner,
                "update evaluation_indicator set deviation_reason = '部分事项仍需现场核验材料' where id = ?",
                built.secondLeafId());

        byte[] xlsx = as(Tokens.accessToken("yueyang-finance"))
                .get("/api/evaluations/" + built.evaluationId() + "/self-evaluation-table.xlsx")
                .then()
                .statusCode(200)
                .contentType(SelfEvaluationTableApi.XLSX)
                .header("Content-Disposition", containsString("filename*=UTF-8''2020"))
                .extract()
                .asByteArray();
        List<Row> rows = rows(xlsx);
        assertEquals("项目支出绩效自评表", text(rows, 0, 0));
        assertEquals("（2020年度）", text(rows, 1, 0));
        assertEquals("项目名称", text(rows, 2, 0));
        assertEquals("岳阳市“无差别”一窗受理系统政府采购项目", text(rows, 2, 2));
        assertEquals("主管部门", text(rows, 3, 0));
        assertEquals("实施单位", text(rows, 3, 4));
        assertEquals("岳阳市政务服务中心", text(rows, 3, 6));
        // funds block (万元): 计划安排 358.392, 到位 358.392, 支出 107.5176, all municipal
        assertEquals("项目资金（万元）", text(rows, 4, 0));
        assertEquals("年初预算数", text(rows, 4, 2));
        assertEquals("得分", text(rows, 4, 7));
        assertEquals("年度资金总额", text(rows, 5, 1));
        assertNumber("358.392", number(rows, 5, 2));
        assertNumber("358.392", number(rows, 5, 3));
        assertNumber("107.5176", number(rows, 5, 4));
        assertNumber("10", number(rows, 5, 5));
        assertNumber("30.00", number(rows, 5, 6));
        assertNull(number(rows, 5, 7), "no 预算执行率 indicator in this system: no funds score");
        assertEquals("其中：当年财政拨款", text(rows, 6, 1));
        assertNumber("107.5176", number(rows, 6, 4));
        assertEquals("上年结转资金", text(rows, 7, 1));
        assertNull(number(rows, 7, 2));
        assertEquals("其他资金", text(rows, 8, 1));
        assertNull(number(rows, 8, 2));
        // goals
        assertEquals("年度总体目标", text(rows, 9, 0));
        assertEquals("预期目标", text(rows, 9, 1));
        assertEquals("实际完成情况", text(rows, 9, 5));
        assertEquals("实现一窗进出、受办分离", text(rows, 10, 1));
        assertEquals("按期完成招投标；按期完成试运行；系统尚未验收", text(rows, 10, 5));
        // indicators
        assertEquals(
                List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"),
                java.util.stream.IntStream.range(0, 8)
                        .mapToObj(c -> text(rows, 11, c))
                        .toList());
        assertEquals("项目产出指标", text(rows, 12, 0));
        assertEquals("数量指标", text(rows, 12, 1));
        assertEquals("政务服务事项网上可办率不低于70%", text(rows, 12, 2));
        assertEquals("≥70%", text(rows, 12, 3));
        assertEquals("70%", text(rows, 12, 4));
        assertNumber("60", number(rows, 12, 5));
        assertNumber("60", number(rows, 12, 6));
        assertEquals("企业和群众到政府办事提供的材料减少60%以上", text(rows, 13, 2));
        assertEquals("57%", text(rows, 13, 4));
        assertNumber("38", number(rows, 13, 6));
        assertEquals("部分事项仍需现场核验材料", text(rows, 13, 7));
        assertEquals("总分", text(rows, 14, 0));
        assertNumber("100", number(rows, 14, 5));
        assertNumber("98", number(rows, 14, 6));
        assertEquals("评价等次：优", text(rows, 14, 7));

        String xml = sheetXml(xlsx);
        for (String merged :
                List.of("A1:H1", "C3:H3", "A5:A9", "A10:A11", "B11:E11", "A13:A14", "B13:B14", "A15:E15")) {
            assertTrue(xml.contains("<mergeCell ref=\"" + merged + "\"/>"), "merged " + merged);
        }
    }

    @Test
    void departmentTableTakesTheDepartmentsBudgetOfTheYear() throws Exception {
        String editor = Tokens.accessToken("baoshan-dept");
        long department = ownDepartment(editor);
        var built = evaluation(owner, "530500", department, null, 2021, "FINANCE_REVIEW", null);
        byte[] xlsx = as(editor)
                .get("/api/evaluations/" + built.evaluationId() + "/self-evaluation-table.xlsx")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        List<Row> rows = rows(xlsx);
        assertEquals("部门整体支出绩效自评表", text(rows, 0, 0));
        assertEquals("部门（单位）名称", text(rows, 2, 0));
        assertEquals("年度资金（万元）", text(rows, 4, 0));
        // seed 004: 本年收入 983.16 + 上年结转 28 = 1011.16, adjusted by −28.15 to 983.01, spent 983.01
        assertNumber("1011.16", number(rows, 5, 2));
        assertNumber("983.01", number(rows, 5, 3));
        assertNumber("983.01", number(rows, 5, 4));
        assertNumber("100.00", number(rows, 5, 6));
        assertNumber("983.16", number(rows, 6, 2));
        assertNumber("28", number(rows, 7, 2));
    }

    @Test
    void anotherRegionFindsNoTableAndAnotherDepartmentIsRefused() throws Exception {
        String editor = Tokens.accessToken("yueyang-dept");
        long department = ownDepartment(editor);
        long id = evaluation(owner, YUEYANG, department, null, 2019, "FINANCE_REVIEW", null)
                .evaluationId();
        as(Tokens.accessToken("baoshan-finance"))
                .get("/api/evaluations/" + id + "/self-evaluation-table.xlsx")
                .then()
                .statusCode(404);
        as(Tokens.accessToken("baoshan-finance"))
                .get("/evaluations/" + id + "/table")
                .then()
                .statusCode(404);

        String yijinhuoluo = Tokens.accessToken("yijinhuoluo-dept");
        long own = evaluation(owner, "150627", ownDepartment(yijinhuoluo), null, 2016, "FINANCE_REVIEW", null)
                .evaluationId();
        as(Tokens.accessToken("yijinhuoluo-shebao"))
                .get("/api/evaluations/" + own + "/self-evaluation-table.xlsx")
                .then()
                .statusCode(403);
    }
}
