package cn.jixiao.tenantadmin.onboarding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** The onboarding page as served; what it does in a browser is TenantAdminBrowserTest's. */
@QuarkusTest
class OnboardingPagesTest {

    @Test
    void formListsTheStepsItWillRun() {
        asPlatformAdmin()
                .get("/onboarding")
                .then()
                .statusCode(200)
                .body(containsString("创建 Keycloak 组织"))
                .body(containsString("name=\"adminUsername\""));
    }

    @Test
    void formPostsJsonToTheOnboardingApiThroughTheJsonFormsScript() {
        asPlatformAdmin()
                .get("/onboarding")
                .then()
                .statusCode(200)
                .body(containsString("data-json-action=\"/api/tenants\""))
                .body(containsString("data-answer=\"#onboarding-result\""))
                .body(containsString("<script src=\"/static/json-forms.js\""))
                .body(containsString("<meta name=\"csrf-token\""));
        given().get("/static/json-forms.js").then().statusCode(200).body(containsString("X-CSRF-Token"));
    }

    @Test
    void thereIsNoSecondWayToSubmitTheForm() {
        asPlatformAdmin()
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("code", "159999")
                .post("/onboarding")
                .then()
                .statusCode(405);
    }

    private static RequestSpecification asPlatformAdmin() {
        return given().auth().oauth2(Tokens.tenantAdminAccessToken("platform-admin"));
    }
}
