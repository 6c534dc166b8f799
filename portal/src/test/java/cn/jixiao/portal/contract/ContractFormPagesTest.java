package cn.jixiao.portal.contract;

import static cn.jixiao.portal.project.ProjectFixtures.createProject;
import static cn.jixiao.portal.project.ProjectFixtures.departmentId;
import static cn.jixiao.portal.project.ProjectFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.portal.project.ProjectFixtures;
import cn.jixiao.testing.Browser;
import cn.jixiao.testing.Tokens;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract form: what its page offers (HTML), and filling it in a browser against ContractApi. */
@QuarkusTest
class ContractFormPagesTest {
    private static Browser browser;

    @TestHTTPResource("/")
    URL portal;

    @BeforeAll
    static void launch() {
        browser = Browser.launch();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void newContractFormOffersTheDepartmentsProjectsMethodsAndTrialPeriods() {
        String token = Tokens.accessToken("yueyang-dept");
        String projectName = unique("合同表单项目");
        createProject(token, departmentId(token, "zwfwzx"), projectName);
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
                .body(allOf(
                        containsString(projectName),
                        containsString(">公开招标</option>"),
                        containsString("<option value=\"P1M\">1个月</option>"),
                        containsString("data-json-action=\"/api/contracts\"")));
        String finance = Tokens.accessToken("yueyang-finance");
        given().auth().oauth2(finance).get("/contracts/new").then().statusCode(403);
    }

    @Test
    void editorCreatesAContractWithItsTrialTermsAfterCorrectingAMarkedFieldAndAStaleEditIsRefused() {
        String token = Tokens.accessToken("yueyang-dept");
        String projectName = unique("合同表单项目");
        long project = createProject(token, departmentId(token, "zwfwzx"), projectName);
        String title = unique("表单合同");

        Page page = browser.newPage();
        page.navigate(portal + "contracts/new");
        Browser.signIn(page, "yueyang-dept", "demo");
        Browser.await(page, "#contract-form");
        page.selectOption("#f-projectId", String.valueOf(project));
        page.fill("#f-title", title);
        page.fill("#f-vendor", "测试供应商");
        page.fill("#f-amount", "12.5");
        page.fill("#f-signedOn", "2024-04-01");
        page.selectOption("#f-procurementMethod", "INQUIRY");
        page.selectOption("#f-trialPeriod", "P1M");
        page.fill("#f-acceptanceWorkingDays", "400");
        page.click("#save-contract");
        Browser.await(page, "#error-acceptanceWorkingDays");
        assertTrue(page.textContent("#error-acceptanceWorkingDays").contains("0 至 365"));

        page.fill("#f-acceptanceWorkingDays", "15");
        page.click("#save-contract");
        Browser.await(page, "#contract-title");
        assertTrue(page.textContent("#trial-period").contains("1个月"));
        assertTrue(page.textContent("#acceptance-working-days").contains("试运行期满后 15 个工作日内"));
        long id = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
        ProjectFixtures.as(token)
                .get("/api/contracts/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo(title))
                .body("projectId", equalTo((int) project))
                .body("procurementMethod", equalTo("INQUIRY"))
                .body("trialPeriod", equalTo("P1M"))
                .body("acceptanceWorkingDays", equalTo(15));

        // the editor opens the edit form; a colleague saves first; the editor's save is refused
        page.navigate(portal + "contracts/" + id + "/edit");
        Browser.await(page, "#contract-form");
        ProjectFixtures.as(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "departmentId",
                        departmentId(token, "zwfwzx"),
                        "title",
                        title + "（同事改）",
                        "vendor",
                        "测试供应商",
                        "procurementMethod",
                        "INQUIRY",
                        "version",
                        0))
                .put("/api/contracts/" + id)
                .then()
                .statusCode(200);
        page.fill("#f-title", "过期的修改");
        page.click("#save-contract");
        Browser.await(page, "#contract-form .form-result.error");
        assertTrue(page.textContent("#contract-form .form-result").contains("此记录已被他人修改"));
        ProjectFixtures.as(token).get("/api/contracts/" + id).then().body("title", equalTo(title + "（同事改）"));
    }
}
