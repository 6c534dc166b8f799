package cn.jixiao.publicsite.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.jixiao.testing.ErrorAnswerChecks;
import cn.jixiao.testing.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Browsers get error pages in the site's layout; the API and other clients keep the JSON answer. */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
class ErrorPagesTest {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String LAYOUT = "/static/site.css";

    @Test
    void anUnknownPageIsA404PageInTheLayout() {
        var response = given().accept(BROWSER).get("/no-such-page");
        ErrorAnswerChecks.assertErrorPage(response, 404, LAYOUT);
        response.then().body(containsString("未找到")).body(containsString("Not found"));
    }

    @Test
    void aRequestMethodThePageDoesNotTakeIsA405Page() {
        ErrorAnswerChecks.assertErrorPage(given().accept(BROWSER).delete("/search"), 405, LAYOUT);
    }

    @Test
    void badInputFromABrowserIsA400PageNamingTheField() {
        var response = given().accept(BROWSER).urlEncodingEnabled(false).get("/search?q=%00");
        ErrorAnswerChecks.assertErrorPage(response, 400, LAYOUT);
        response.then().body(containsString("「q」"));
    }

    @Test
    void theApiKeepsJsonEvenForABrowser() {
        given().accept(BROWSER)
                .get("/api/reports/999999999")
                .then()
                .statusCode(404)
                .contentType(containsString("application/json"))
                .body("status", equalTo(404));
    }

    @Test
    void clientsThatDoNotAskForHtmlGetJson() {
        given().get("/no-such-page")
                .then()
                .statusCode(404)
                .contentType(containsString("application/json"))
                .body("message", containsString("不存在"));
        given().delete("/search").then().statusCode(405).contentType(containsString("application/json"));
    }

    @Test
    void aReportThatIsNotPublishedKeepsItsOwnPage() {
        given().accept(BROWSER).get("/reports/999999999").then().statusCode(404).body(containsString("未找到该报告"));
    }
}
