package cn.jixiao.portal.target;

import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.createProject;
import static cn.jixiao.portal.project.ProjectFixtures.departmentId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The target table pages: the list with its filters and empty state, a table read and edited, a new draft. */
@QuarkusTest
class TargetPagesTest {

    private static long demoTargetId(String token) {
        Number id = as(token)
                .get("/api/targets?year=2019&size=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.subjectName == '岳阳市“无差别”一窗受理系统政府采购项目' }.id");
        return id.longValue();
    }

    @Test
    void theListFiltersByYearAndStatusAndHasAnEmptyState() {
        String finance = Tokens.accessToken("yueyang-finance");
        given().auth()
                .oauth2(finance)
                .get("/targets?year=2019&status=APPROVED")
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("id=\"targets\""),
                        containsString("岳阳市“无差别”一窗受理系统政府采购项目"),
                        containsString("已批复"),
                        containsString("id=\"nav-targets\""),
                        not(containsString("id=\"new-target\""))));
        given().auth()
                .oauth2(finance)
                .get("/targets?year=2001")
                .then()
                .statusCode(200)
                .body(containsString("id=\"targets-empty\""));
        given().auth().oauth2(finance).get("/targets?status=NOPE").then().statusCode(400);
        // the version filter: current versions by default, every version on request
        given().auth()
                .oauth2(finance)
                .get("/targets")
                .then()
                .statusCode(200)
                .body(containsString("id=\"targets-current-only\""));
        given().auth()
                .oauth2(finance)
                .get("/targets?includeSuperseded=true")
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("<option value=\"true\" selected>全部版本"),
                        not(containsString("id=\"targets-current-only\""))));
    }

    @Test
    void anApprovedTableReadsLikeTheDeclarationFormWithItsPlanAndReviewSteps() {
        String finance = Tokens.accessToken("yueyang-finance");
        long id = demoTargetId(finance);
        given().auth()
                .oauth2(finance)
                .get("/targets/" + id)
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("项目支出绩效目标申报表"),
                        containsString("358.392 万元"),
                        containsString("≥70%"),
                        containsString("实现政务4.0"),
                        containsString("试运行结束并验收"),
                        containsString("2019年10月31日"),
                        containsString("yueyang-finance · 审核通过"),
                        not(containsString("id=\"target-form\"")),
                        not(containsString("id=\"decide-form\""))));
        byte[] sheet = given().auth()
                .oauth2(finance)
                .get("/api/targets/" + id + ".xlsx")
                .then()
                .statusCode(200)
                .contentType(containsString("spreadsheetml"))
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract()
                .asByteArray();
        org.junit.jupiter.api.Assertions.assertEquals('P', (char) sheet[0]);
        org.junit.jupiter.api.Assertions.assertEquals('K', (char) sheet[1]);
        given().auth()
                .oauth2(Tokens.accessToken("baoshan-finance"))
                .get("/api/targets/" + id + ".xlsx")
                .then()
                .statusCode(404);
        // the department may revise it; the finance reviewer may not
        given().auth()
                .oauth2(Tokens.accessToken("yueyang-dept"))
                .get("/targets/" + id)
                .then()
                .statusCode(200)
                .body(containsString("id=\"revise-form\""));
    }

    @Test
    void aDraftIsEditedInPlaceAndASubmittedOneOffersTheFinanceReviewerTheDecision() {
        String editor = Tokens.accessToken("yueyang-dept");
        long project = createProject(editor, departmentId(editor, "zwfwzx"), "目标表页面测试");
        given().auth()
                .oauth2(editor)
                .get("/targets/new")
                .then()
                .statusCode(200)
                .body(allOf(containsString("id=\"target-new\""), containsString("目标表页面测试")));
        var body = TargetApiTest.table(departmentId(editor, "zwfwzx"), project, 2024);
        Number id = as(editor)
                .body(body)
                .post("/api/targets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(editor)
                .get("/targets/" + id)
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("id=\"target-form\""),
                        containsString("data-rows=\"indicators\""),
                        containsString("value=\"政务服务事项网上可办率\""),
                        containsString("id=\"submit-form\""),
                        containsString("/static/targets.js")));
        as(editor)
                .body(java.util.Map.of("version", 0))
                .post("/api/targets/" + id + "/submit")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.accessToken("yueyang-finance"))
                .get("/targets/" + id)
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("id=\"decide-form\""),
                        containsString("id=\"return-target\""),
                        not(containsString("id=\"target-form\""))));
        // the finance reviewer does not draft tables
        given().auth()
                .oauth2(Tokens.accessToken("yueyang-finance"))
                .get("/targets/new")
                .then()
                .statusCode(403);
    }
}
