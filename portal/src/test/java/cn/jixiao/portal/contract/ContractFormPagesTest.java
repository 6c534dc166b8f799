package cn.jixiao.portal.contract;

import static cn.jixiao.portal.project.ProjectFixtures.createProject;
import static cn.jixiao.portal.project.ProjectFixtures.departmentId;
import static cn.jixiao.portal.project.ProjectFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.portal.project.ProjectFixtures;
import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The contract new/edit form (HTML, bearer token instead of a session). */
@QuarkusTest
class ContractFormPagesTest {
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @Test
    void editorCreatesAContractForAProjectThenEditsItAndAStaleEditIsAConflict() {
        String token = Tokens.accessToken("yueyang-dept");
        String projectName = unique("合同表单项目");
        long project = createProject(token, departmentId(token, "zwfwzx"), projectName);
        given().auth()
                .oauth2(token)
                .get("/contracts")
                .then()
                .statusCode(200)
                .body(containsString("id=\"new-contract\""));
        given().auth()
                .oauth2(token)
                .get("/contracts/new")
                .then()
                .statusCode(200)
                .body(allOf(containsString(projectName), containsString(">公开招标</option>")));
        String title = unique("表单合同");
        String location = given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .contentType(FORM)
                .formParam("projectId", String.valueOf(project))
                .formParam("title", title)
                .formParam("vendor", "测试供应商")
                .formParam("amount", "12.5")
                .formParam("signedOn", "2024-04-01")
                .formParam("procurementMethod", "INQUIRY")
                .post("/contracts")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        ProjectFixtures.as(token)
                .get("/api/contracts/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo(title))
                .body("projectId", equalTo((int) project))
                .body("procurementMethod", equalTo("INQUIRY"));
        given().auth()
                .oauth2(token)
                .get("/contracts/" + id + "/edit")
                .then()
                .statusCode(200)
                .body(allOf(containsString("value=\"INQUIRY\" selected"), containsString("value=\"12.5\"")));

        // a bad form: messages beside the fields, nothing saved
        String stored = given().auth()
                .oauth2(token)
                .get("/api/contracts/" + id)
                .then()
                .extract()
                .asString();
        given().auth()
                .oauth2(token)
                .contentType(FORM)
                .formParam("version", "0")
                .formParam("title", "")
                .formParam("vendor", "v")
                .formParam("amount", "abc")
                .formParam("procurementMethod", "")
                .post("/contracts/" + id + "/edit")
                .then()
                .statusCode(400)
                .body(allOf(
                        containsString("id=\"error-title\""),
                        containsString("id=\"error-amount\""),
                        containsString("id=\"error-procurementMethod\"")));
        given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .contentType(FORM)
                .formParam("version", "0")
                .formParam("title", title + "（改）")
                .formParam("vendor", "测试供应商")
                .formParam("procurementMethod", "OPEN_TENDER")
                .post("/contracts/" + id + "/edit")
                .then()
                .statusCode(303);
        stored = given().auth()
                .oauth2(token)
                .get("/api/contracts/" + id)
                .then()
                .extract()
                .asString();
        given().auth()
                .oauth2(token)
                .contentType(FORM)
                .formParam("version", "0")
                .formParam("title", "过期")
                .formParam("vendor", "v")
                .formParam("procurementMethod", "INQUIRY")
                .post("/contracts/" + id + "/edit")
                .then()
                .statusCode(409)
                .body(containsString("数据已被他人修改，请刷新后重试"));
        assertEquals(
                stored,
                given().auth()
                        .oauth2(token)
                        .get("/api/contracts/" + id)
                        .then()
                        .extract()
                        .asString());

        String finance = Tokens.accessToken("yueyang-finance");
        given().auth().oauth2(finance).get("/contracts/new").then().statusCode(403);
        given().auth().oauth2(finance).get("/contracts/" + id + "/edit").then().statusCode(403);
    }

    @Test
    void theFormTakesTheTrialTermsAsMonthsDaysAndWorkingDays() {
        String token = Tokens.accessToken("yueyang-dept");
        String title = unique("试运行条款合同");
        given().auth()
                .oauth2(token)
                .contentType(FORM)
                .formParam("title", title)
                .formParam("vendor", "测试供应商")
                .formParam("procurementMethod", "INQUIRY")
                .formParam("trialMonths", "-1")
                .formParam("acceptanceWorkingDays", "400")
                .post("/contracts")
                .then()
                .statusCode(400)
                .body(allOf(
                        containsString("id=\"error-trialMonths\""),
                        containsString("id=\"error-acceptanceWorkingDays\"")));
        String location = given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .contentType(FORM)
                .formParam("title", title)
                .formParam("vendor", "测试供应商")
                .formParam("procurementMethod", "INQUIRY")
                .formParam("trialMonths", "1")
                .formParam("acceptanceWorkingDays", "15")
                .post("/contracts")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        ProjectFixtures.as(token)
                .get("/api/contracts/" + id)
                .then()
                .statusCode(200)
                .body("trialPeriod", equalTo("P1M"))
                .body("acceptanceWorkingDays", equalTo(15));
        given().auth()
                .oauth2(token)
                .get("/contracts/" + id)
                .then()
                .statusCode(200)
                .body(allOf(containsString("1个月"), containsString("试运行期满后 15 个工作日内")));
        given().auth()
                .oauth2(token)
                .get("/contracts/" + id + "/edit")
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("name=\"trialMonths\" type=\"text\" inputmode=\"numeric\" value=\"1\""),
                        containsString(
                                "name=\"acceptanceWorkingDays\" type=\"text\" inputmode=\"numeric\" value=\"15\"")));
        given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .contentType(FORM)
                .formParam("version", "0")
                .formParam("title", title)
                .formParam("vendor", "测试供应商")
                .formParam("procurementMethod", "INQUIRY")
                .formParam("trialDays", "30")
                .post("/contracts/" + id + "/edit")
                .then()
                .statusCode(303);
        ProjectFixtures.as(token)
                .get("/api/contracts/" + id)
                .then()
                .body("trialPeriod", equalTo("P30D"))
                .body("trialPeriodLabel", equalTo("30天"))
                .body("acceptanceWorkingDays", equalTo(null));
    }
}
