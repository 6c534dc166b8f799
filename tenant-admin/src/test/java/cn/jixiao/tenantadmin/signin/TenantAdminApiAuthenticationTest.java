package cn.jixiao.tenantadmin.signin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.jixiao.testing.TestStack;
import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Who may call tenant-admin's API, and how a refusal looks to a script. */
@QuarkusTest
class TenantAdminApiAuthenticationTest {

    @Test
    void apiWithoutCredentialsIs401JsonNotARedirectToTheLogin() {
        given().redirects()
                .follow(false)
                .get("/api/tenants")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType(ContentType.JSON)
                .body("status", equalTo(401))
                .body("message", equalTo("请先登录 (authentication required)"));
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
    void anAccessTokenIssuedForTenantAdminOpensTheApi() {
        given().auth()
                .oauth2(Tokens.tenantAdminAccessToken("platform-admin"))
                .get("/api/tenants")
                .then()
                .statusCode(200);
    }

    @Test
    void aPortalTokenDoesNotOpenTenantAdmin() {
        given().auth()
                .oauth2(Tokens.accessToken("platform-admin"))
                .get("/api/tenants")
                .then()
                .statusCode(401)
                .contentType(ContentType.JSON);
    }

    @Test
    void anIdTokenIsNotABearerToken() {
        String idToken = Tokens.grant(TestStack.config(), Tokens.TENANT_ADMIN_CLI, "platform-admin", "demo")
                .getString("id_token");
        given().auth()
                .oauth2(idToken)
                .get("/api/tenants")
                .then()
                .statusCode(401)
                .body("message", equalTo("请先登录 (authentication required)"));
    }
}
