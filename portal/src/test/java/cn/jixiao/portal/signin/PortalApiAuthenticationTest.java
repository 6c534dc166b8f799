package cn.jixiao.portal.signin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.jixiao.testing.TestStack;
import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may call the portal's API, and how a refusal looks to a script (infrastructure/signin). */
@QuarkusTest
class PortalApiAuthenticationTest {
    private static final String SIGN_IN_FIRST = "请先登录 (authentication required)";

    @Test
    void apiWithoutCredentialsIs401JsonNotARedirectToTheLogin() {
        unauthorized(given().redirects().follow(false).get("/api/me").then());
        unauthorized(given().redirects()
                .follow(false)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "x"))
                .post("/api/projects")
                .then());
    }

    @Test
    void aPageWithoutCredentialsSendsTheBrowserToTheLogin() {
        given().redirects()
                .follow(false)
                .get("/")
                .then()
                .statusCode(302)
                .header("Location", containsString("/realms/jixiao/protocol/openid-connect/auth"));
    }

    @Test
    void anUnreadableSessionCookieIs401OnTheApiAndTheLoginOnPages() {
        unauthorized(given().redirects()
                .follow(false)
                .cookie("q_session", "forged-or-expired")
                .get("/api/me")
                .then());
        given().redirects()
                .follow(false)
                .cookie("q_session", "forged-or-expired")
                .get("/departments")
                .then()
                .statusCode(302)
                .header("Location", containsString("/realms/jixiao/"));
    }

    @Test
    void anInvalidBearerTokenIs401Json() {
        unauthorized(given().auth().oauth2("not.a.token").get("/api/me").then());
    }

    @Test
    void anIdTokenIsNotABearerTokenButTheAccessTokenOfTheSameLoginIs() {
        var grant = Tokens.grant(TestStack.config(), Tokens.PORTAL_CLI, "baoshan-dept", Tokens.DEMO_PASSWORD);
        unauthorized(given().auth()
                .oauth2(grant.getString("id_token"))
                .get("/api/me")
                .then());
        given().auth()
                .oauth2(grant.getString("access_token"))
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("username", equalTo("baoshan-dept"));
    }

    @Test
    void aTenantAdminTokenDoesNotOpenThePortal() {
        unauthorized(given().auth()
                .oauth2(Tokens.tenantAdminAccessToken("baoshan-dept"))
                .get("/api/me")
                .then());
    }

    @Test
    void aScriptsMultipartUploadNeedsNoCsrfToken() {
        byte[] csv = "\uFEFF部门编码,年度,本年收入（万元）\nzwfwglj,2088,1\n".getBytes(StandardCharsets.UTF_8);
        given().auth()
                .oauth2(Tokens.accessToken("baoshan-finance"))
                .multiPart("file", "预算.csv", csv, "text/csv")
                .post("/api/transfer/budgets/import?mode=preview")
                .then()
                .statusCode(200)
                .body("committed", equalTo(false));
    }

    @Test
    void logoutIsNotAGet() {
        given().auth()
                .oauth2(Tokens.accessToken("baoshan-dept"))
                .redirects()
                .follow(false)
                .get("/logout")
                .then()
                .statusCode(405);
    }

    private static void unauthorized(ValidatableResponse response) {
        response.statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType(ContentType.JSON)
                .body("status", equalTo(401))
                .body("message", equalTo(SIGN_IN_FIRST));
    }
}
