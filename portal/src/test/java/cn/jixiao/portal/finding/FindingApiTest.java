package cn.jixiao.portal.finding;

import static cn.jixiao.portal.project.ProjectFixtures.YUEYANG;
import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.insert;
import static cn.jixiao.portal.project.ProjectFixtures.strings;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * The findings of seed 003's project, from an evaluation written with SQL (as the evaluations feature
 * will save it): found on a recheck, listed with counts, explained by the finance reviewer only, the
 * explanation kept across rechecks, fixed when the data is, and kept from other departments and regions.
 */
@QuarkusTest
class FindingApiTest {
    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    private void execute(String sql, Object... args) throws SQLException {
        try (Connection c = owner.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.execute();
        }
    }

    private long indicator(long evaluation, Long parent, int level, String name, String weight, String manual)
            throws SQLException {
        return insert(
                owner,
                "insert into evaluation_indicator (tenant_id, evaluation_id, parent_id, level, position, name, weight,"
                        + " rule, manual_score, score_reason) values (?, ?, ?, ?, 0, ?, ?::numeric, ?, ?::numeric, ?)",
                YUEYANG,
                evaluation,
                parent,
                level,
                name,
                weight,
                manual == null ? null : "MANUAL",
                manual,
                manual == null ? null : "评价组打分");
    }

    /** Seed 003's project evaluated: 项目实施 3/3 按计划完工 with the system not accepted, 环境效益 8/8 with nothing behind it. */
    private long seed003Evaluation() throws SQLException {
        String project = strings(
                        owner,
                        "select id from project where tenant_id = ? and budget_code = '087001' and year = 2019",
                        YUEYANG)
                .get(0);
        String department = strings(owner, "select department_id from project where id = ?", Long.parseLong(project))
                .get(0);
        execute(
                "delete from evaluation where tenant_id = ? and project_id = ? and year = 2019 and kind = 'FINANCE_REVIEW'",
                YUEYANG,
                Long.parseLong(project));
        long evaluation = insert(
                owner,
                "insert into evaluation (tenant_id, department_id, project_id, year, kind, total_score, grade, created_by)"
                        + " values (?, ?, ?, 2019, 'FINANCE_REVIEW', 98.00, 'EXCELLENT', 'finding-test')",
                YUEYANG,
                Long.parseLong(department),
                Long.parseLong(project));
        long management = indicator(evaluation, null, 1, "项目管理", "25", null);
        long implementation = indicator(evaluation, management, 2, "项目实施管理", "25", null);
        long onTime = indicator(evaluation, implementation, 3, "项目实施", "3", "3");
        execute("update evaluation_indicator set actual_text = '按计划完工' where id = ?", onTime);
        indicator(evaluation, implementation, 3, "制度执行有效性", "22", "20");
        long performance = indicator(evaluation, null, 1, "项目绩效", "75", null);
        long benefit = indicator(evaluation, performance, 2, "项目效益", "75", null);
        indicator(evaluation, benefit, 3, "环境效益", "8", "8");
        long social = indicator(evaluation, benefit, 3, "社会效益", "67", "67");
        execute(
                "update evaluation_indicator set target_text = '群众办事最多跑一次', actual_text = '综合窗口一次交件' where id = ?",
                social);
        return evaluation;
    }

    private static Map<String, Object> explain(String text, Object version) {
        var body = new java.util.HashMap<String, Object>();
        body.put("explanation", text);
        body.put("version", version);
        return body;
    }

    @Test
    void findingsOfSeed003AreExplainedByFinanceAndTheExplanationOutlivesARecheck() throws Exception {
        long evaluation = seed003Evaluation();
        String editor = Tokens.accessToken("yueyang-dept");
        String finance = Tokens.accessToken("yueyang-finance");

        // the save hook: the department's editor reruns the checks of its own evaluation
        as(editor)
                .post("/api/findings/recheck?evaluationId=" + evaluation)
                .then()
                .statusCode(200)
                .body(
                        "code",
                        hasItems(
                                "ON_TIME_WHILE_ACCEPTANCE_OPEN",
                                "FULL_MARKS_WITHOUT_BASIS",
                                "HIGH_GRADE_LOW_EXECUTION",
                                "CONTRACT_WITHOUT_SIGNING_DATE",
                                "WORK_BEFORE_SIGNING",
                                "PAID_BEFORE_ACCEPTANCE"))
                .body("code", not(hasItem("TOTAL_DOES_NOT_FOLLOW")))
                .body("code", not(hasItem("WEIGHTS_DO_NOT_ADD_UP")));

        var list = as(finance)
                .get("/api/findings?year=2019&evaluationId=" + evaluation + "&code=FULL_MARKS_WITHOUT_BASIS")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].severity", equalTo("BLOCKING"))
                .body("items[0].state", equalTo("OPEN"))
                // written once: a new finding is not rewritten at every later flush of the recheck
                .body("items[0].version", equalTo(0))
                .body("items[0].subjectName", equalTo("岳阳市“无差别”一窗受理系统政府采购项目"))
                .body("items[0].message", startsWith("指标「项目绩效 › 项目效益 › 环境效益」得满分 8.00/8.00，但没有目标值、没有实际完成值"))
                .body("byCode[0].code", equalTo("FULL_MARKS_WITHOUT_BASIS"))
                .body("byDepartment[0].departmentName", equalTo("岳阳市政务服务中心"))
                .extract();
        long finding = ((Number) list.path("items[0].id")).longValue();
        Object version = list.path("items[0].version");

        as(finance)
                .get("/api/findings?evaluationId=" + evaluation + "&code=HIGH_GRADE_LOW_EXECUTION")
                .then()
                .statusCode(200)
                .body("items[0].message", containsString("预算执行率仅 30.00%（支出 107.5176 万元 ÷ 到位资金 358.392 万元）"));
        as(finance)
                .get("/api/findings?evaluationId=" + evaluation + "&code=ON_TIME_WHILE_ACCEPTANCE_OPEN")
                .then()
                .statusCode(200)
                .body("items[0].message", containsString("指标「项目管理 › 项目实施管理 › 项目实施」得满分 3.00/3.00（按期完成），但1 份合同未验收合格"));

        // only the finance reviewer explains; an explanation is required
        as(editor)
                .body(explain("部门自行说明", version))
                .post("/api/findings/" + finding + "/explain")
                .then()
                .statusCode(403)
                .body("message", containsString("只有财政审核人可以说明核查发现"));
        as(finance)
                .body(explain("  ", version))
                .post("/api/findings/" + finding + "/explain")
                .then()
                .statusCode(400)
                .body(containsString("请填写说明"));
        as(finance)
                .body(explain("环境效益按评价组意见给分，证据另附", version))
                .post("/api/findings/" + finding + "/explain")
                .then()
                .statusCode(200)
                .body("state", equalTo("EXPLAINED"))
                .body("explained", equalTo(true))
                .body("explainedBy", equalTo("yueyang-finance"));

        // the region's recheck of the year keeps the explanation
        as(finance)
                .post("/api/findings/recheck?year=2019")
                .then()
                .statusCode(200)
                .body("evaluations", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        as(finance)
                .get("/api/findings/" + finding)
                .then()
                .statusCode(200)
                .body("state", equalTo("EXPLAINED"))
                .body("explanation", equalTo("环境效益按评价组意见给分，证据另附"));

        // once the data has a target and an actual value, the finding is fixed
        execute(
                "update evaluation_indicator set target_text = '无新增污染', actual_text = '无纸化办公' where evaluation_id = ? and name = '环境效益'",
                evaluation);
        as(editor)
                .post("/api/findings/recheck?evaluationId=" + evaluation)
                .then()
                .statusCode(200);
        as(finance).get("/api/findings/" + finding).then().statusCode(200).body("state", equalTo("FIXED"));
        as(finance).get("/api/findings/" + finding).then().body("explanation", equalTo("环境效益按评价组意见给分，证据另附"));

        // the page: the finding, its explanation, the counts; the finance reviewer gets the explain form
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(finance)
                .get("/findings?year=2019&evaluationId=" + evaluation)
                .then()
                .statusCode(200)
                .body(containsString("id=\"nav-findings\""))
                .body(containsString("id=\"finding-" + finding + "\""))
                .body(containsString("环境效益按评价组意见给分，证据另附"))
                .body(containsString("id=\"counts-by-code\""))
                .body(containsString("data-json-action=\"/api/findings/"));
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(editor)
                .get("/findings?year=1999")
                .then()
                .statusCode(200)
                .body(containsString("id=\"findings-empty\""))
                .body(not(containsString("class=\"explain-form\"")));

        // another region sees none of it
        String other = Tokens.accessToken("yijinhuoluo-finance");
        as(other).get("/api/findings/" + finding).then().statusCode(404);
        as(other)
                .body(explain("越权", 0))
                .post("/api/findings/" + finding + "/explain")
                .then()
                .statusCode(404);
        as(other)
                .get("/api/findings?evaluationId=" + evaluation)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        as(other)
                .post("/api/findings/recheck?evaluationId=" + evaluation)
                .then()
                .statusCode(404);
    }

    @Test
    void aDepartmentEditorSeesOnlyItsOwnDepartmentsFindings() throws Exception {
        seed003Evaluation();
        long finance =
                Long.parseLong(strings(owner, "select id from department where tenant_id = ? and code = 'czj'", YUEYANG)
                        .get(0));
        execute(
                "delete from evaluation where tenant_id = ? and department_id = ? and project_id is null and year = 2019"
                        + " and kind = 'FINANCE_REVIEW'",
                YUEYANG,
                finance);
        long other = insert(
                owner,
                "insert into evaluation (tenant_id, department_id, year, kind, total_score, grade, created_by)"
                        + " values (?, ?, 2019, 'FINANCE_REVIEW', 90, 'GOOD', 'finding-test')",
                YUEYANG,
                finance);
        String reviewer = Tokens.accessToken("yueyang-finance");
        as(reviewer)
                .post("/api/findings/recheck?evaluationId=" + other)
                .then()
                .statusCode(200)
                .body("code", hasItem("GRADE_DOES_NOT_FOLLOW"));
        long otherFinding = ((Number) as(reviewer)
                        .get("/api/findings?evaluationId=" + other + "&code=GRADE_DOES_NOT_FOLLOW")
                        .then()
                        .statusCode(200)
                        .body("items[0].message", startsWith("等级为「良」，但总分 90.00 按 90/80/60 分档应为「优」"))
                        .extract()
                        .path("items[0].id"))
                .longValue();

        String editor = Tokens.accessToken("yueyang-dept");
        as(editor)
                .get("/api/findings?year=2019&size=200")
                .then()
                .statusCode(200)
                .body("items.departmentName", everyItem(equalTo("岳阳市政务服务中心")))
                .body("items.evaluationId", not(hasItem((int) other)));
        as(editor).get("/api/findings?departmentId=" + finance).then().statusCode(403);
        as(editor).get("/api/findings/" + otherFinding).then().statusCode(403);
        as(editor).post("/api/findings/recheck?evaluationId=" + other).then().statusCode(403);
        as(editor).post("/api/findings/recheck?year=2019").then().statusCode(403);
        // bad filters are a 400 naming the parameter
        as(reviewer)
                .get("/api/findings?code=NO_SUCH_CHECK")
                .then()
                .statusCode(400)
                .body(containsString("code"));
        as(reviewer).get("/api/findings?state=CLOSED").then().statusCode(400).body(containsString("state"));
        as(reviewer).post("/api/findings/recheck").then().statusCode(400).body(containsString("year"));
        as(reviewer)
                .get("/api/findings/checks")
                .then()
                .statusCode(200)
                .body(
                        "code",
                        hasItems(
                                "ACTUAL_DIFFERS_FROM_RECORDS",
                                "RATIO_MISLABELLED",
                                "TARGET_MISSES_DELIVERABLE",
                                "OVER_THRESHOLD_WITHOUT_PROCUREMENT",
                                "CHANGE_NOT_APPROVED"));
    }

    static final List<String> EXPORT_HEADERS =
            List.of("编号", "规则代码", "规则", "严重程度", "状态", "年度", "部门", "对象", "说明", "证据", "解释", "发现时间", "最近变化");

    /** The export's rows as text, the header first. */
    private static List<List<String>> xlsx(byte[] bytes) throws IOException {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            var rows = new ArrayList<List<String>>();
            for (Row row : workbook.getFirstSheet().read()) {
                var cells = new ArrayList<String>();
                for (int c = 0; c < EXPORT_HEADERS.size(); c++) {
                    Cell cell = c < row.getCellCount() ? row.getCell(c) : null;
                    cells.add(cell == null || cell.getRawValue() == null ? "" : cell.getText());
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private byte[] export(String token, String query, int status) {
        return as(token)
                .get("/api/findings/export?" + query)
                .then()
                .statusCode(status)
                .extract()
                .asByteArray();
    }

    private static long findingId(String token, long evaluation, String code) {
        return ((Number) as(token)
                        .get("/api/findings?evaluationId=" + evaluation + "&code=" + code)
                        .then()
                        .statusCode(200)
                        .body("total", equalTo(1))
                        .extract()
                        .path("items[0].id"))
                .longValue();
    }

    private static void severity(String token, String code, String level) {
        Number version = as(token)
                .get("/api/findings/checks")
                .then()
                .statusCode(200)
                .extract()
                .path("find { it.code == '" + code + "' }.settingsVersion");
        as(token)
                .body(Map.of("severity", level, "version", version))
                .put("/api/findings/checks/" + code + "/severity")
                .then()
                .statusCode(200);
    }

    @Test
    void aFindingsHistoryRecordsFoundExplainedFixedFoundAgainAndSeverityWithWhenAndWho() throws Exception {
        long evaluation = seed003Evaluation();
        String editor = Tokens.accessToken("yueyang-dept");
        String finance = Tokens.accessToken("yueyang-finance");
        as(editor)
                .post("/api/findings/recheck?evaluationId=" + evaluation)
                .then()
                .statusCode(200);
        long finding = findingId(finance, evaluation, "FULL_MARKS_WITHOUT_BASIS");

        // found by the checks
        as(editor)
                .get("/api/findings/" + finding + "/history")
                .then()
                .statusCode(200)
                .body("kind", contains("OPENED"))
                .body("[0].actorLabel", equalTo("系统检查"))
                .body("[0].state", equalTo("OPEN"))
                .body("[0].severity", equalTo("BLOCKING"))
                .body("[0].recorded", equalTo(true));

        // explained by the finance reviewer, the text kept in the history
        Object version =
                as(finance).get("/api/findings/" + finding).then().extract().path("version");
        as(finance)
                .body(explain("环境效益按评价组意见给分，证据另附", version))
                .post("/api/findings/" + finding + "/explain")
                .then()
                .statusCode(200)
                .body("lastChange.kind", equalTo("EXPLAINED"))
                .body("lastChange.actorLabel", equalTo("yueyang-finance"));

        // the data corrected and rechecked: fixed by the checks
        execute(
                "update evaluation_indicator set target_text = '无新增污染', actual_text = '无纸化办公' where evaluation_id = ? and name = '环境效益'",
                evaluation);
        as(editor)
                .post("/api/findings/recheck?evaluationId=" + evaluation)
                .then()
                .statusCode(200);
        // a recheck that finds nothing new records nothing
        as(editor)
                .post("/api/findings/recheck?evaluationId=" + evaluation)
                .then()
                .statusCode(200);

        // broken again: found again
        execute(
                "update evaluation_indicator set target_text = null, actual_text = null where evaluation_id = ? and name = '环境效益'",
                evaluation);
        as(editor)
                .post("/api/findings/recheck?evaluationId=" + evaluation)
                .then()
                .statusCode(200);

        // the region lowers the rule: the kept finding takes the new severity at once, naming who
        severity(finance, "FULL_MARKS_WITHOUT_BASIS", "WARNING");
        try {
            as(finance)
                    .get("/api/findings/" + finding)
                    .then()
                    .statusCode(200)
                    .body("severity", equalTo("WARNING"))
                    .body("state", equalTo("OPEN"))
                    .body("lastChange.kind", equalTo("SEVERITY"));
            as(finance)
                    .get("/api/findings/" + finding + "/history")
                    .then()
                    .statusCode(200)
                    .body("kind", contains("OPENED", "EXPLAINED", "FIXED", "REOPENED", "SEVERITY"))
                    .body("actorLabel", contains("系统检查", "yueyang-finance", "系统检查", "系统检查", "yueyang-finance"))
                    .body("state", contains("OPEN", "EXPLAINED", "FIXED", "OPEN", "OPEN"))
                    .body("[1].note", equalTo("环境效益按评价组意见给分，证据另附"))
                    .body("[4].previousSeverity", equalTo("BLOCKING"))
                    .body("[4].severity", equalTo("WARNING"))
                    .body("[4].kindLabel", equalTo("严重程度调整：阻断 → 提示"))
                    .body("[4].note", containsString("提示"));
            // the list carries the latest change
            as(finance)
                    .get("/api/findings?evaluationId=" + evaluation + "&code=FULL_MARKS_WITHOUT_BASIS")
                    .then()
                    .body("items[0].lastChange.kind", equalTo("SEVERITY"))
                    .body("items[0].lastChange.actorLabel", equalTo("yueyang-finance"));
        } finally {
            severity(finance, "FULL_MARKS_WITHOUT_BASIS", "BLOCKING");
        }
        assertEquals(
                List.of("OPENED", "EXPLAINED", "FIXED", "REOPENED", "SEVERITY", "SEVERITY"),
                strings(owner, "select kind from finding_event where finding_id = ? order by id", finding));

        // the page shows the timeline
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(finance)
                .get("/findings?year=2019&evaluationId=" + evaluation + "&code=FULL_MARKS_WITHOUT_BASIS")
                .then()
                .statusCode(200)
                .body(containsString("id=\"history-" + finding + "\""))
                .body(containsString("data-kind=\"REOPENED\""))
                .body(containsString("id=\"findings-export-xlsx\""))
                .body(containsString(
                        "/api/findings/export?year=2019&amp;code=FULL_MARKS_WITHOUT_BASIS&amp;evaluationId="
                                + evaluation + "&amp;format=xlsx"));

        // another region: no such finding; bad id: 404, not 500
        String other = Tokens.accessToken("yijinhuoluo-finance");
        as(other).get("/api/findings/" + finding + "/history").then().statusCode(404);
        as(finance).get("/api/findings/0/history").then().statusCode(404);
        as(finance).get("/api/findings/abc/history").then().statusCode(404);
    }

    @Test
    void theFindingsExportToExcelWithTheListsFiltersAndRights() throws Exception {
        long evaluation = seed003Evaluation();
        String editor = Tokens.accessToken("yueyang-dept");
        String finance = Tokens.accessToken("yueyang-finance");
        as(editor)
                .post("/api/findings/recheck?evaluationId=" + evaluation)
                .then()
                .statusCode(200);
        int total = ((Number) as(finance)
                        .get("/api/findings?evaluationId=" + evaluation)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("total"))
                .intValue();
        assertTrue(total >= 6, "seed 003's evaluation has at least six findings, got " + total);

        var response = as(finance).get("/api/findings/export?year=2019&evaluationId=" + evaluation);
        response.then()
                .statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", containsString("filename*=UTF-8''%E6%A0%B8%E6%9F%A5%E5%8F%91%E7%8E%B0"));
        List<List<String>> rows = xlsx(response.asByteArray());
        assertEquals(EXPORT_HEADERS, rows.get(0));
        assertEquals(total + 1, rows.size());
        assertTrue(rows.stream().skip(1).allMatch(r -> r.get(6).equals("岳阳市政务服务中心")));
        assertTrue(rows.stream().skip(1).allMatch(r -> r.get(12).contains("发现（系统检查）")));

        // the kind filter: one row, every column filled from the finding
        List<List<String>> full =
                xlsx(export(finance, "evaluationId=" + evaluation + "&kind=FULL_MARKS_WITHOUT_BASIS", 200));
        assertEquals(2, full.size());
        List<String> row = full.get(1);
        assertEquals(String.valueOf(findingId(finance, evaluation, "FULL_MARKS_WITHOUT_BASIS")), row.get(0));
        assertEquals("FULL_MARKS_WITHOUT_BASIS", row.get(1));
        assertEquals("阻断", row.get(3));
        assertEquals("待处理", row.get(4));
        assertEquals("2019", row.get(5));
        assertEquals("岳阳市“无差别”一窗受理系统政府采购项目", row.get(7));
        assertTrue(row.get(8).startsWith("指标「项目绩效 › 项目效益 › 环境效益」得满分 8.00/8.00"), row.get(8));
        assertTrue(row.get(9).contains("指标"), row.get(9));
        assertEquals("", row.get(10));
        assertTrue(row.get(11).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"), row.get(11));

        // explained: the explanation and the latest change follow; the state filter is honoured
        long finding = findingId(finance, evaluation, "FULL_MARKS_WITHOUT_BASIS");
        Object version =
                as(finance).get("/api/findings/" + finding).then().extract().path("version");
        as(finance)
                .body(explain("环境效益按评价组意见给分，证据另附", version))
                .post("/api/findings/" + finding + "/explain")
                .then()
                .statusCode(200);
        List<List<String>> explained = xlsx(export(finance, "evaluationId=" + evaluation + "&state=EXPLAINED", 200));
        assertEquals(2, explained.size());
        assertEquals("已说明", explained.get(1).get(4));
        assertTrue(explained.get(1).get(10).startsWith("环境效益按评价组意见给分，证据另附（yueyang-finance"));
        assertTrue(explained.get(1).get(12).contains("已说明（yueyang-finance）：环境效益按评价组意见给分"));
        assertEquals(
                total, xlsx(export(finance, "evaluationId=" + evaluation, 200)).size() - 1);
        assertEquals(
                total - 1,
                xlsx(export(finance, "evaluationId=" + evaluation + "&state=OPEN", 200))
                                .size()
                        - 1);

        // CSV too, same rows
        String csv = as(finance)
                .get("/api/findings/export?format=csv&evaluationId=" + evaluation + "&kind=FULL_MARKS_WITHOUT_BASIS")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asString();
        assertTrue(csv.contains("规则代码") && csv.contains("FULL_MARKS_WITHOUT_BASIS"), csv);

        // the department sees its own; another department is refused
        List<List<String>> own = xlsx(export(editor, "year=2019", 200));
        assertTrue(own.size() > 1);
        assertTrue(own.stream().skip(1).allMatch(r -> r.get(6).equals("岳阳市政务服务中心")));
        long financeDepartment =
                Long.parseLong(strings(owner, "select id from department where tenant_id = ? and code = 'czj'", YUEYANG)
                        .get(0));
        as(editor)
                .get("/api/findings/export?departmentId=" + financeDepartment)
                .then()
                .statusCode(403);

        // another region gets the header and no rows
        String other = Tokens.accessToken("yijinhuoluo-finance");
        List<List<String>> none = xlsx(export(other, "evaluationId=" + evaluation, 200));
        assertEquals(List.of(EXPORT_HEADERS), none);
        assertTrue(xlsx(export(other, "year=2019", 200)).stream()
                .skip(1)
                .noneMatch(r -> r.get(6).startsWith("岳阳")));

        // bad input: 400 in Chinese naming the parameter
        as(finance)
                .get("/api/findings/export?format=pdf")
                .then()
                .statusCode(400)
                .body(containsString("xlsx"));
        as(finance)
                .get("/api/findings/export?kind=NO_SUCH_CHECK")
                .then()
                .statusCode(400)
                .body(containsString("没有这项核查"));
        as(finance)
                .get("/api/findings/export?state=CLOSED")
                .then()
                .statusCode(400)
                .body(containsString("state"));
        as(finance).get("/api/findings/export?year=20x9").then().statusCode(400).body(containsString("year"));
    }
}
