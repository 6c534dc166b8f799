package cn.jixiao.tenantadmin.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.SecurityHeaderChecks;
import cn.jixiao.testing.TestStack;
import cn.jixiao.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityHeadersTest {

    @TestHTTPResource("/signed-out")
    URL signedOut;

    @Test
    void theSignInRedirectCarriesTheHeadersAndIsNotStored() {
        var response = given().redirects().follow(false).accept("text/html").get("/");
        assertEquals(302, response.statusCode());
        SecurityHeaderChecks.assertSecured(response, "sign-in redirect");
        assertEquals("no-store", response.header("Cache-Control"));
        String keycloak = TestStack.config().keycloakUrl();
        assertTrue(
                response.header("Content-Security-Policy").contains("form-action 'self' " + keycloak),
                "forms may lead to the sign-in server: " + response.header("Content-Security-Policy"));
    }

    @Test
    void signedInApiAnswersCarryTheHeadersAndAreNotStored() {
        var response = given().auth()
                .oauth2(Tokens.tenantAdminAccessToken("platform-admin"))
                .get("/api/tenants");
        assertEquals(200, response.statusCode());
        SecurityHeaderChecks.assertSecured(response, "/api/tenants");
        assertEquals("no-store", response.header("Cache-Control"));
        assertNull(response.header("Strict-Transport-Security"), "HSTS over plain HTTP");
    }

    @Test
    void signedInPagesAreNotStored() {
        var response = given().auth()
                .oauth2(Tokens.tenantAdminAccessToken("platform-admin"))
                .get("/onboarding");
        assertEquals(200, response.statusCode());
        SecurityHeaderChecks.assertSecured(response, "/onboarding");
        assertEquals("no-store", response.header("Cache-Control"));
    }

    @Test
    void stylesheetsStayCacheable() {
        var response = given().get("/static/admin.css");
        assertEquals(200, response.statusCode());
        SecurityHeaderChecks.assertSecured(response, "/static/admin.css");
        assertNotEquals("no-store", response.header("Cache-Control"));
    }

    @Test
    void strictTransportSecurityOnlyWhenATrustedProxySaysHttps() throws Exception {
        String trusted =
                given().header("X-Forwarded-Proto", "https").get("/signed-out").header("Strict-Transport-Security");
        assertTrue(trusted != null && trusted.contains("max-age="), "HSTS behind the trusted proxy: " + trusted);

        var spoofed = SecurityHeaderChecks.getFromUntrustedAddress(signedOut.toString(), "X-Forwarded-Proto", "https");
        assertEquals(200, spoofed.statusCode());
        assertTrue(spoofed.headers().firstValue("Strict-Transport-Security").isEmpty(), "HSTS from a spoofed header");
    }
}
