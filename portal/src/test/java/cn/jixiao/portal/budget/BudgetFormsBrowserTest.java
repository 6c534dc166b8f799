package cn.jixiao.portal.budget;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.portal.BookFixtures;
import cn.jixiao.testing.Browser;
import cn.jixiao.testing.Tokens;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The budget form as people use it: it sends JSON to BudgetApi, shows the API's messages beside the
 * fields, saves nothing until every field is right, and tells the user when someone else saved first.
 */
@QuarkusTest
class BudgetFormsBrowserTest {
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

    private Page signedIn(String path, String username) {
        var page = browser.newPage();
        page.navigate(portal + path);
        Browser.signIn(page, username, "demo");
        return page;
    }

    @Test
    void budgetFormShowsTheApisMessagesBesideTheFieldsAndSavesOnlyACorrectForm() {
        long id = BookFixtures.departmentId("530500", "zwfwglj");
        String token = Tokens.accessToken("baoshan-dept");
        BudgetApiTest.ensureBudget(token, id, 2035);
        String stored =
                given().auth().oauth2(token).get(BudgetApiTest.url(id, 2035)).asString();

        var page = signedIn("departments/" + id + "/budget/edit?year=2035", "baoshan-dept");
        Browser.await(page, "#budget-form");
        page.fill("#f-finalAccounts", "九百");
        page.click("#save-budget");
        Browser.await(page, "#error-finalAccounts");
        assertTrue(page.textContent("#error-finalAccounts").contains("应为数字"), page.textContent("#budget-form"));

        page.fill("#f-finalAccounts", "1,000.50"); // as finance staff type amounts
        page.fill("#f-carryOver", "-3");
        page.click("#save-budget");
        Browser.await(page, "#error-carryOver");
        assertTrue(page.textContent("#error-carryOver").contains("不能为负数"), page.textContent("#error-carryOver"));
        Browser.assertAccessible(page); // the form with the API's messages beside its fields
        assertEquals(
                stored,
                given().auth().oauth2(token).get(BudgetApiTest.url(id, 2035)).asString(),
                "nothing saved");

        page.fill("#f-carryOver", "28");
        page.click("#save-budget");
        Browser.await(page, "#notice");
        assertEquals("1000.50 万元", page.textContent("#figure-finalAccounts").strip());
    }

    @Test
    void aBudgetFormOpenedBeforeSomeoneElseSavedIsRefusedWithTheConflictMessage() {
        long id = BookFixtures.departmentId("530500", "zwfwglj");
        String token = Tokens.accessToken("baoshan-dept");
        BudgetApiTest.ensureBudget(token, id, 2036);
        var page = signedIn("departments/" + id + "/budget/edit?year=2036", "baoshan-dept");
        Browser.await(page, "#budget-form");

        // meanwhile a colleague saves the same budget
        int version =
                given().auth().oauth2(token).get(BudgetApiTest.url(id, 2036)).path("version");
        String other = BudgetApiTest.amountOtherThan(page.inputValue("#f-finalAccounts"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(BookFixtures.budgetBody(version, other))
                .put(BudgetApiTest.url(id, 2036))
                .then()
                .statusCode(200);

        page.fill("#f-finalAccounts", "1.23");
        page.click("#save-budget");
        Browser.await(page, "#budget-form .form-result.error");
        assertTrue(page.textContent("#budget-form .form-result").contains("此记录已被他人修改"));
        String kept = given().auth()
                .oauth2(token)
                .get(BudgetApiTest.url(id, 2036))
                .path("finalAccounts")
                .toString();
        assertEquals(0, new BigDecimal(other).compareTo(new BigDecimal(kept)), "the colleague's save stands");
    }
}
