package cn.jixiao.portal.evaluation.web;

import static cn.jixiao.portal.evaluation.review.EvaluationRows.evaluation;
import static cn.jixiao.portal.project.ProjectFixtures.YUEYANG;
import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.createProject;
import static cn.jixiao.portal.project.ProjectFixtures.insert;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvaluationPagesTest {
    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    static long ownDepartment(String token) {
        Number id = as(token).get("/api/me").then().statusCode(200).extract().path("department.id");
        return id.longValue();
    }

    @Test
    void departmentAndFinanceSeeTheListTheEvaluationAndItsTable() throws Exception {
        String editor = Tokens.accessToken("yueyang-dept");
        String finance = Tokens.accessToken("yueyang-finance");
        long department = ownDepartment(editor);
        long project = createProject(editor, department, "页面测试一窗受理项目");
        var built = evaluation(owner, YUEYANG, department, project, 2027, "SELF", null);
        long id = built.evaluationId();
        insert(
                owner,
                "insert into evaluation_item (tenant_id, evaluation_id, kind, text, owner_name, due_on, status)"
                        + " values (?, ?, 'RECTIFICATION', '系统尚未验收，尽快组织验收', '岳阳市政务服务中心', date '2027-12-31', 'OPEN')",
                YUEYANG,
                id);
        insert(
                owner,
                "insert into finding (tenant_id, evaluation_id, department_id, year, code, severity, message)"
                        + " values (?, ?, ?, 2027, 'ON_TIME_WHILE_ACCEPTANCE_OPEN', 'WARNING', '称按期完成，但验收尚未完成')",
                YUEYANG,
                id,
                department);

        given().auth()
                .oauth2(editor)
                .get("/evaluations?year=2027")
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("页面测试一窗受理项目"),
                        containsString("绩效自评"),
                        containsString("草稿"),
                        containsString("grade-EXCELLENT"),
                        containsString("id=\"score-chart\""),
                        containsString("id=\"start-evaluation\""),
                        containsString("id=\"nav-evaluations\"")));
        given().auth()
                .oauth2(finance)
                .get("/evaluations?year=2027&kind=SELF&status=DRAFT")
                .then()
                .statusCode(200)
                .body(allOf(containsString("页面测试一窗受理项目"), containsString("岳阳市政务服务中心")));
        given().auth()
                .oauth2(finance)
                .get("/evaluations?year=2027&status=APPROVED")
                .then()
                .statusCode(200)
                .body(allOf(containsString("id=\"evaluations-empty\""), not(containsString("id=\"evaluations\""))));
        given().auth()
                .oauth2(finance)
                .get("/evaluations?year=2027&kind=NOPE")
                .then()
                .statusCode(400);

        // the department fills it: indicator forms, the group, its own opinions, submit; no decision buttons
        given().auth()
                .oauth2(editor)
                .get("/evaluations/" + id)
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("id=\"evaluation-status\">草稿"),
                        containsString("项目产出指标"),
                        containsString("政务服务事项网上可办率不低于70%"),
                        containsString("≥70%"),
                        containsString("/api/evaluations/" + id + "/indicators/" + built.firstLeafId()),
                        containsString("称按期完成，但验收尚未完成"),
                        containsString("系统尚未验收，尽快组织验收"),
                        containsString("项目单位意见"),
                        containsString("财政部门归口业务科室意见"),
                        containsString("评价组组长（签字）"),
                        containsString("id=\"submit-form\""),
                        containsString("id=\"evaluators-form\""),
                        not(containsString("id=\"decision-form\""))));
        given().auth()
                .oauth2(finance)
                .get("/evaluations/" + id)
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("项目产出指标"),
                        not(containsString("id=\"submit-form\"")),
                        not(containsString("id=\"decision-form\""))));

        as(editor)
                .body(Map.of(
                        "evaluators",
                        List.of(Map.of("name", "杨胜", "title", "副主任", "unit", "政务服务中心", "leader", true)),
                        "version",
                        0))
                .put("/api/evaluations/" + id + "/evaluators")
                .then()
                .statusCode(200);
        as(editor)
                .body(Map.of("version", 1, "comment", "请审核"))
                .post("/api/evaluations/" + id + "/submit")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(finance)
                .get("/evaluations/" + id)
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("已提交"),
                        containsString("id=\"decision-form\""),
                        containsString("提交审核</strong>：请审核"),
                        containsString("杨胜 <small>（组长）</small>")));
        given().auth()
                .oauth2(editor)
                .get("/evaluations/" + id)
                .then()
                .statusCode(200)
                .body(allOf(not(containsString("id=\"submit-form\"")), not(containsString("id=\"evaluators-form\""))));

        given().auth()
                .oauth2(finance)
                .get("/evaluations/" + id + "/table")
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("项目支出绩效自评表"),
                        containsString("（2027年度）"),
                        containsString("页面测试一窗受理项目"),
                        containsString("年初预算数"),
                        containsString("偏差原因分析及改进措施"),
                        containsString("rowspan=\"2\">项目产出指标"),
                        containsString("id=\"total-score\">98"),
                        containsString("评价等次：优"),
                        containsString("/static/evaluations.css")));
        given().get("/static/evaluations.css")
                .then()
                .statusCode(200)
                .body(allOf(containsString("@media print"), containsString("size: A4 portrait")));
    }

    @Test
    void anotherRegionAndAnotherDepartmentCannotOpenThePages() throws Exception {
        String owning = Tokens.accessToken("yijinhuoluo-dept");
        long department = ownDepartment(owning);
        long id = evaluation(
                        owner, "150627", department, createProject(owning, department, "页面隔离测试"), 2027, "SELF", null)
                .evaluationId();
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-shebao"))
                .get("/evaluations/" + id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-shebao"))
                .get("/evaluations?year=2027")
                .then()
                .statusCode(200)
                .body(not(containsString("页面隔离测试")));
        given().auth()
                .oauth2(Tokens.accessToken("yueyang-finance"))
                .get("/evaluations/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-finance"))
                .get("/evaluations?year=2027")
                .then()
                .statusCode(200)
                .body(containsString("页面隔离测试"));
    }
}
