package cn.jixiao.portal.project;

import static cn.jixiao.portal.project.ProjectFixtures.createProject;
import static cn.jixiao.portal.project.ProjectFixtures.departmentId;
import static cn.jixiao.portal.project.ProjectFixtures.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.Browser;
import cn.jixiao.testing.Tokens;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project page's forms as people use them: each sends JSON to the project APIs and shows the API's
 * messages beside its fields; nothing is saved until the form is right; a stale edit is refused.
 */
@QuarkusTest
class ProjectFormsBrowserTest {
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

    private Page signedIn(String path) {
        var page = browser.newPage();
        page.navigate(portal + path);
        Browser.signIn(page, "yueyang-dept", "demo");
        return page;
    }

    @Test
    void aFinanceReviewerAssignsAnEvaluatorChosenByNameAndSeesThemListed() {
        String suffix = unique("").substring(1);
        String evaluator =
                KeycloakUsers.create(unique("yy-eval").toLowerCase(), "评审" + suffix, "孙", "evaluator", "yueyang");
        try {
            String token = Tokens.accessToken("yueyang-dept");
            long id = createProject(token, departmentId(token, "zwfwzx"), unique("浏览器指派评价人"));
            var page = browser.newPage();
            page.navigate(portal + "projects/" + id);
            Browser.signIn(page, "yueyang-finance", "demo");
            Browser.await(page, "#assignment-form");

            page.selectOption("#assignment-form select[name=username]", evaluator);
            page.click("#assignment-form button[type=submit]");
            Browser.await(page, "#evaluator-list");
            assertEquals(
                    "评审" + suffix + " 孙",
                    page.textContent("#evaluator-list .person").strip());
            assertEquals(evaluator, page.getAttribute("#evaluator-list .person", "title"));
        } finally {
            KeycloakUsers.delete(evaluator);
        }
    }

    @Test
    void aProjectEndingBeforeItStartsIsRefusedBesideTheEndDateAndNotSaved() {
        String name = unique("日期校验项目");
        var page = signedIn("projects/new");
        Browser.await(page, "#project-form");
        page.fill("#f-name", name);
        page.fill("#f-startsOn", "2024-03-01");
        page.fill("#f-endsOn", "2024-01-01");
        page.click("#save-project");
        Browser.await(page, "#error-endsOn");
        assertTrue(page.textContent("#error-endsOn").contains("结束日期不能早于开始日期"));
        Browser.assertAccessible(page);
        ProjectFixtures.as(Tokens.accessToken("yueyang-dept"))
                .get("/api/projects?year=" + page.inputValue("#f-year") + "&size=200")
                .then()
                .statusCode(200)
                .body("items.findAll { it.name == '" + name + "' }.size()", equalTo(0));
    }

    @Test
    void anEditOpenedBeforeSomeoneElseSavedIsRefusedAndTheirSaveStands() {
        String token = Tokens.accessToken("yueyang-dept");
        long id = createProject(token, departmentId(token, "zwfwzx"), unique("并发修改"));
        var page = signedIn("projects/" + id + "/edit");
        Browser.await(page, "#project-form");

        var project = ProjectFixtures.as(token)
                .get("/api/projects/" + id)
                .then()
                .extract()
                .jsonPath();
        var body = ProjectFixtures.projectBody(project.getLong("departmentId"), "同事先改的名称", null);
        body.put("version", project.getInt("version"));
        body.put("budgetCode", project.getString("budgetCode"));
        ProjectFixtures.as(token)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/projects/" + id)
                .then()
                .statusCode(200);

        page.fill("#f-name", "过期的修改");
        page.click("#save-project");
        Browser.await(page, "#project-form .form-result.error");
        assertTrue(page.textContent("#project-form .form-result").contains("此记录已被他人修改"));
        ProjectFixtures.as(token).get("/api/projects/" + id).then().body("name", equalTo("同事先改的名称"));
    }

    @Test
    void aBadExpenditureEntryIsExplainedAndACorrectOneIsListed() {
        String token = Tokens.accessToken("yueyang-dept");
        long id = createProject(token, departmentId(token, "zwfwzx"), unique("支出表单"));
        var page = signedIn("projects/" + id);
        Browser.await(page, "#expenditure-form");
        page.fill("#expenditure-form input[name=content]", "办公设备");
        page.fill("#expenditure-form input[name=amount]", "abc");
        page.fill("#expenditure-form input[name=spentOn]", "2024-05-01");
        page.click("#expenditure-form button[type=submit]");
        Browser.await(page, "#error-amount");
        assertTrue(page.textContent("#error-amount").contains("应为数字"), page.textContent("#error-amount"));
        ProjectFixtures.as(token)
                .get("/api/projects/" + id + "/expenditures")
                .then()
                .body("size()", equalTo(0));

        page.fill("#expenditure-form input[name=amount]", "1.25");
        page.click("#expenditure-form button[type=submit]");
        Browser.await(page, "#expenditure-table td:has-text('办公设备')");
        ProjectFixtures.as(token)
                .get("/api/projects/" + id + "/expenditures")
                .then()
                .body("content", equalTo(List.of("办公设备")));
        assertEquals("1.25", page.textContent("#expenditure-total").strip());
    }
}
