package cn.jixiao.portal.project;

import static cn.jixiao.portal.project.ProjectFixtures.demoProjectId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectPagesTest {

    @Test
    void projectPageShowsTheFundsTableRatiosChartEntriesAndContracts() {
        String token = Tokens.accessToken("yueyang-dept");
        long id = demoProjectId(token);
        given().auth()
                .oauth2(token)
                .get("/projects/" + id)
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("岳阳市“无差别”一窗受理系统政府采购项目"),
                        containsString("<td id=\"total-planned\">358.392</td>"),
                        containsString("<td id=\"total-balance\">250.8744</td>"),
                        containsString("id=\"funds-arrival-rate\">100.00%"),
                        containsString("id=\"budget-execution-rate\">30.00%"),
                        containsString("<svg id=\"funds-chart\""),
                        containsString("市财政"),
                        containsString("2019年12月47#"),
                        containsString("江苏国泰新点软件有限公司"),
                        containsString("已付款但未验收合格"),
                        containsString("id=\"expenditure-form\""),
                        containsString("万元")));
    }

    @Test
    void projectsListIsPagedSortableAndHasAnEmptyState() {
        String token = Tokens.accessToken("yueyang-finance");
        given().auth()
                .oauth2(token)
                .get("/projects?sort=name")
                .then()
                .statusCode(200)
                .body(allOf(containsString("id=\"projects\""), containsString("087001"), containsString("第 1 /")));
        given().auth()
                .oauth2(token)
                .get("/projects?year=2001")
                .then()
                .statusCode(200)
                .body(containsString("id=\"projects-empty\""));
    }

    @Test
    void financeReviewerSeesApproveButtonsButNoEntryForm() {
        String finance = Tokens.accessToken("yijinhuoluo-finance");
        Number id = given().auth()
                .oauth2(finance)
                .get("/api/projects?year=2022")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.name == '伊金霍洛旗政务自助便民服务点建设项目' }.id");
        given().auth()
                .oauth2(finance)
                .get("/projects/" + id)
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("class=\"approve\""),
                        containsString("有 1 项变更尚未审批"),
                        containsString("不适用"),
                        containsString("上海卓繁信息技术股份有限公司"),
                        containsString("合同未注明签订日期"),
                        not(containsString("id=\"expenditure-form\""))));
    }

    @Test
    void contractPagesShowFlagsPaymentsAndTheRegionsThreshold() {
        String token = Tokens.accessToken("yueyang-dept");
        given().auth()
                .oauth2(token)
                .get("/contracts")
                .then()
                .statusCode(200)
                .body(allOf(containsString("采购限额标准"), containsString("江苏国泰新点软件有限公司")));
        Number contract = given().auth()
                .oauth2(token)
                .get("/api/contracts?projectId=" + demoProjectId(token))
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        given().auth()
                .oauth2(token)
                .get("/contracts/" + contract)
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("id=\"payment-table\""),
                        containsString("107.5176"),
                        containsString("公开招标"),
                        containsString("待验收"),
                        containsString("id=\"acceptance-form\"")));
    }

    @Test
    void aProjectWithNothingSpentSaysSoInsteadOfClaimingTheSpendingMatches() {
        String token = Tokens.accessToken("yueyang-dept");
        var body = ProjectFixtures.projectBody(
                ProjectFixtures.departmentId(token, "zwfwzx"), ProjectFixtures.unique("未支出项目"), null);
        body.put("funds", List.of(Map.of("level", "MUNICIPAL", "planned", 10, "arrived", 0, "spent", 0)));
        long id = ProjectFixtures.as(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/projects")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        given().auth()
                .oauth2(token)
                .get("/projects/" + id)
                .then()
                .statusCode(200)
                .body(containsString("id=\"nothing-spent\""))
                .body(not(containsString("id=\"spent-matches\"")));
    }
}
