package cn.jixiao.portal.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.SecurityHeaderChecks;
import cn.jixiao.testing.TestStack;
import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The portal's answers carry the platform's security headers; what a signed-in person sees is never
 * stored by the browser or a proxy; HSTS only when a trusted proxy says the request came over HTTPS.
 */
@QuarkusTest
class SecurityHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/departments", "/kiosks/points", "/no-such-page"})
    void signedInPagesCarryTheHeadersAndAreNotStored(String path) {
        var response = given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-finance"))
                .accept("text/html")
                .get(path);
        assertTrue(response.contentType().startsWith("text/html"), path + " is a page: " + response.contentType());
        SecurityHeaderChecks.assertSecured(response, path);
        assertEquals("no-store", response.header("Cache-Control"), path);
        assertNull(response.header("Strict-Transport-Security"), path + ": HSTS over plain HTTP");
    }

    @Test
    void apiAnswersAndRefusalsCarryTheHeadersAndAreNotStored() {
        var answer =
                given().auth().oauth2(Tokens.accessToken("yijinhuoluo-finance")).get("/api/departments");
        assertEquals(200, answer.statusCode());
        SecurityHeaderChecks.assertSecured(answer, "/api/departments");
        assertEquals("no-store", answer.header("Cache-Control"));

        var refusal = given().get("/api/departments");
        assertEquals(401, refusal.statusCode());
        SecurityHeaderChecks.assertSecured(refusal, "401 on /api/departments");
    }

    @Test
    void theSignInRedirectMayLeadOnlyToOurKeycloak() {
        var response = given().redirects().follow(false).accept("text/html").get("/");
        assertEquals(302, response.statusCode());
        SecurityHeaderChecks.assertSecured(response, "sign-in redirect");
        assertEquals("no-store", response.header("Cache-Control"));
        assertTrue(
                response.header("Content-Security-Policy")
                        .contains("form-action 'self' " + TestStack.config().keycloakUrl()),
                response.header("Content-Security-Policy"));
    }

    @Test
    void stylesheetsStayCacheable() {
        var response = given().get("/static/portal.css");
        assertEquals(200, response.statusCode());
        SecurityHeaderChecks.assertSecured(response, "/static/portal.css");
        assertNotEquals("no-store", response.header("Cache-Control"));
    }

    @Test
    void strictTransportSecurityOnlyBehindATrustedProxyThatSaysHttps() {
        String hsts = given().header("X-Forwarded-Proto", "https")
                .redirects()
                .follow(false)
                .get("/static/portal.css")
                .header("Strict-Transport-Security");
        assertTrue(hsts != null && hsts.contains("max-age="), "HSTS behind the trusted proxy: " + hsts);
    }
}
