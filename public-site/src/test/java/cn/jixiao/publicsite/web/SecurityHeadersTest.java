package cn.jixiao.publicsite.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.SecurityHeaderChecks;
import cn.jixiao.testing.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
class SecurityHeadersTest {

    @TestHTTPResource("/")
    URL home;

    @ParameterizedTest
    @ValueSource(
            strings = {"/", "/search?q=自助终端", "/api/reports", "/static/site.css", "/reports/999999", "/no-such-page"})
    void everyAnswerCarriesTheSecurityHeaders(String path) {
        var response = given().redirects().follow(false).get(path);
        SecurityHeaderChecks.assertSecured(response, path);
        assertNull(response.header("Strict-Transport-Security"), path + ": HSTS over plain HTTP");
        assertNotEquals("no-store", response.header("Cache-Control"), path + ": the public site stays cacheable");
    }

    @Test
    void strictTransportSecurityWhenATrustedProxySaysTheRequestCameOverHttps() {
        String hsts = given().header("X-Forwarded-Proto", "https").get("/").header("Strict-Transport-Security");
        assertTrue(hsts != null && hsts.contains("max-age="), "HSTS behind the trusted proxy: " + hsts);
    }

    @Test
    void noStrictTransportSecurityWhenAnUntrustedClientClaimsHttps() throws Exception {
        var response = SecurityHeaderChecks.getFromUntrustedAddress(home.toString(), "X-Forwarded-Proto", "https");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty(), "HSTS from a spoofed header");
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null));
    }
}
