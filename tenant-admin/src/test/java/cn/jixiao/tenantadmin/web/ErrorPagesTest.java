package cn.jixiao.tenantadmin.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;

import cn.jixiao.testing.ErrorAnswerChecks;
import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** Operators' browsers get error pages in tenant-admin's layout; the API keeps its JSON. */
@QuarkusTest
class ErrorPagesTest {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String LAYOUT = "/static/admin.css";

    private static RequestSpecification browserOf(String username) {
        return given().auth().oauth2(Tokens.tenantAdminAccessToken(username)).accept(BROWSER);
    }

    @Test
    void anUnknownPageIsA404PageInTheLayout() {
        var response = browserOf("platform-admin").get("/no-such-page");
        ErrorAnswerChecks.assertErrorPage(response, 404, LAYOUT);
    }

    @Test
    void aRegionAdministratorIsShownA403Page() {
        var response = browserOf("yijinhuoluo-admin").get("/onboarding");
        ErrorAnswerChecks.assertErrorPage(response, 403, LAYOUT);
        response.then().body(containsString("platform-admin"));
    }

    @Test
    void aMethodThePageDoesNotTakeIsA405Page() {
        ErrorAnswerChecks.assertErrorPage(browserOf("platform-admin").delete("/onboarding"), 405, LAYOUT);
    }

    @Test
    void aContentTypeTheApiDoesNotTakeIsA415InJsonEvenForABrowser() {
        // the onboarding form posts JSON to the API (json-forms.js); the page itself takes no POST
        browserOf("platform-admin")
                .contentType("multipart/form-data")
                .multiPart("name", "县")
                .post("/api/tenants")
                .then()
                .statusCode(415)
                .contentType(containsString("application/json"))
                .body("message", not(emptyOrNullString()));
    }

    @Test
    void badInputCaughtBeforeTheAppIsAPageInTheLayoutToo() {
        var response = browserOf("platform-admin")
                .contentType("application/x-www-form-urlencoded")
                .body("name=%00")
                .post("/onboarding");
        ErrorAnswerChecks.assertErrorPage(response, 400, LAYOUT);
    }

    @Test
    void aFormLargerThanTheLimitIsA413Page() {
        var response = browserOf("platform-admin")
                .contentType(io.restassured.http.ContentType.URLENC.withCharset("UTF-8"))
                .formParam("name", "县".repeat(150_000)) // 1.35 MB: over the 1 MB form limit, under the 3 MB body limit
                .post("/onboarding");
        ErrorAnswerChecks.assertErrorPage(response, 413, LAYOUT);
    }

    @Test
    void theApiAnswersJsonEvenToABrowser() {
        given().auth()
                .oauth2(Tokens.tenantAdminAccessToken("yijinhuoluo-admin"))
                .accept("application/json")
                .get("/api/tenants")
                .then()
                .statusCode(403)
                .contentType(containsString("application/json"));
        browserOf("platform-admin")
                .get("/api/no-such-thing")
                .then()
                .statusCode(404)
                .contentType(containsString("application/json"));
    }
}
