package cn.jixiao.portal.finding;

import static cn.jixiao.portal.project.ProjectFixtures.YUEYANG;
import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.insert;
import static cn.jixiao.portal.project.ProjectFixtures.strings;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
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
}
