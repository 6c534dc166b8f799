package cn.jixiao.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** What every answer of our apps must carry (platform SecurityHeaders), asserted the same way in each app. */
public final class SecurityHeaderChecks {
    private SecurityHeaderChecks() {}

    /** The headers every answer carries, whatever its status and type. */
    public static void assertSecured(Response response, String what) {
        String csp = response.header("Content-Security-Policy");
        assertNotNull(csp, what + ": no Content-Security-Policy");
        assertTrue(csp.contains("default-src 'self'"), what + ": CSP allows more than our origin: " + csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), what + ": CSP lets other sites frame us: " + csp);
        assertTrue(csp.contains("form-action 'self'"), what + ": CSP has no form-action: " + csp);
        assertTrue(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), what + ": CSP allows inline code");
        assertEquals("DENY", response.header("X-Frame-Options"), what + ": X-Frame-Options");
        assertEquals("nosniff", response.header("X-Content-Type-Options"), what + ": X-Content-Type-Options");
        assertEquals("strict-origin-when-cross-origin", response.header("Referrer-Policy"), what + ": Referrer-Policy");
        String permissions = response.header("Permissions-Policy");
        assertNotNull(permissions, what + ": no Permissions-Policy");
        assertTrue(permissions.contains("camera=()"), what + ": Permissions-Policy allows the camera: " + permissions);
    }

    /**
     * A GET whose connection comes from another loopback address (127.0.0.2), which the apps do not
     * count as a trusted proxy, so its X-Forwarded-* headers must be ignored.
     */
    public static HttpResponse<String> getFromUntrustedAddress(String url, String... headers)
            throws IOException, InterruptedException {
        var client = HttpClient.newBuilder()
                .localAddress(InetAddress.getByName("127.0.0.2"))
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var request = HttpRequest.newBuilder(URI.create(url.replace("localhost", "127.0.0.1")))
                .timeout(Duration.ofSeconds(20));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
