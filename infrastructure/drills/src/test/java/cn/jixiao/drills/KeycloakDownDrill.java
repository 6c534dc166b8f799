package cn.jixiao.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.localstack.Credentials;
import cn.jixiao.localstack.StackConfig;
import cn.jixiao.testing.Browser;
import cn.jixiao.testing.Tokens;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * Keycloak is down: the public site is unaffected; signed-in users see a clear message. The whole stack runs;
 * a bearer token and two browser sessions are taken first (one whose ID token lives 15 s), then Keycloak is
 * stopped: the public site's pages, the API with the token, the sessions, a browser that must sign in (portal
 * and tenant-admin) are tried; then Keycloak starts again and a browser signs in, no app restarted.
 */
class KeycloakDownDrill {
    private static final String MESSAGE = "统一身份认证服务暂时不可用，请稍后再试";
    private static final int ROUNDS = 15;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Test
    void keycloakIsDown() throws Exception {
        DrillReport.drill("Keycloak is down (KeycloakDownDrill)");
        try (var drill = DrillStack.start();
                Browser browser = Browser.launch()) {
            StackConfig stack = drill.stack();
            String site = stack.publicSiteUrl();
            long report = firstReport(site);
            List<String> publicPages = List.of(
                    "/", "/search?q=" + URLEncoder.encode("伊金霍洛旗", StandardCharsets.UTF_8), "/reports/" + report);
            Map<String, Double> before = new java.util.LinkedHashMap<>();
            for (String path : publicPages) {
                before.put(path, medianMs(site + path));
            }

            String token = Tokens.accessToken(stack, "yijinhuoluo-dept", Tokens.DEMO_PASSWORD);
            assertEquals(
                    200,
                    get(stack.portalUrl() + "/api/me", "Bearer " + token, "application/json")
                            .statusCode());
            Page session = browser.newPage();
            session.navigate(stack.portalUrl());
            Browser.signIn(session, "yijinhuoluo-dept", Tokens.DEMO_PASSWORD);
            Browser.await(session, "#home-region");
            // a session whose ID token is short-lived, so it must sign in again during the outage
            accessTokenLifespan(stack, 15);
            Page expiring = browser.newPage();
            expiring.navigate(stack.portalUrl());
            Browser.signIn(expiring, "yijinhuoluo-finance", Tokens.DEMO_PASSWORD);
            Browser.await(expiring, "#home-region");
            accessTokenLifespan(stack, 600);

            long stopping = System.nanoTime();
            drill.services().stopKeycloak();
            DrillReport.line("Keycloak stopped in %d ms", ms(stopping));

            // the public site: no login, no Keycloak
            for (String path : publicPages) {
                var answer = get(site + path, null, "text/html");
                assertEquals(200, answer.statusCode(), path);
                assertTrue(answer.body().contains("伊金霍洛旗"), "the page shows its content: " + path);
                double during = medianMs(site + path);
                DrillReport.line(
                        "public site %s: HTTP 200, median %.1f ms before the stop, %.1f ms with Keycloak down (%d requests each)",
                        java.net.URLDecoder.decode(path, StandardCharsets.UTF_8), before.get(path), during, ROUNDS);
            }

            // the portal API with a token taken before: checked locally against the keys fetched at start
            var me = get(stack.portalUrl() + "/api/me", "Bearer " + token, "application/json");
            var departments = get(stack.portalUrl() + "/api/departments", "Bearer " + token, "application/json");
            DrillReport.line(
                    "portal API with a bearer token taken before the stop: GET /api/me HTTP %d, GET /api/departments HTTP %d",
                    me.statusCode(), departments.statusCode());
            assertEquals(200, me.statusCode(), me.body());
            assertEquals(200, departments.statusCode(), departments.body());

            // a browser with no session: a page would send it to Keycloak
            for (String app : List.of(stack.portalUrl(), stack.tenantAdminUrl())) {
                for (String path : List.of("/", "/departments")) {
                    long t0 = System.nanoTime();
                    var page = get(app + path, null, "text/html,application/xhtml+xml");
                    long took = ms(t0);
                    DrillReport.line(
                            "sign-in needed at %s%s: HTTP %d in %d ms, %s, Location %s",
                            app,
                            path,
                            page.statusCode(),
                            took,
                            says(page.body()),
                            page.headers().firstValue("Location").orElse("none"));
                    assertEquals(503, page.statusCode(), page.body());
                    assertTrue(page.body().contains(MESSAGE), page.body());
                    assertTrue(page.body().contains("the sign-in service is unavailable"), "with English");
                    assertFalse(page.headers().firstValue("Location").isPresent(), "no redirect to Keycloak");
                }
            }
            Page visitor = browser.newPage();
            Response shown = visitor.navigate(stack.portalUrl() + "/");
            assertEquals(503, shown.status());
            assertTrue(visitor.textContent("body").contains(MESSAGE), visitor.textContent("body"));

            // a signed-in session with valid tokens goes on working
            Response still = session.navigate(stack.portalUrl() + "/");
            DrillReport.line(
                    "signed-in browser session (tokens valid): HTTP %d, home page shown: %s",
                    still.status(), session.locator("#home-region").count() == 1);
            assertEquals(200, still.status());

            // a session whose tokens expired must sign in again: the message, not a 500 or a dead redirect
            long expiringSince = System.nanoTime();
            int[] status = {0};
            poll(Duration.ofSeconds(90), () -> {
                status[0] = expiring.navigate(stack.portalUrl() + "/").status();
                return status[0] != 200;
            });
            DrillReport.line(
                    "browser session whose ID token expired during the outage: HTTP %d (%d ms of polling), %s",
                    status[0], ms(expiringSince), says(expiring.content()));
            assertEquals(503, status[0]);
            assertTrue(expiring.textContent("body").contains(MESSAGE));

            // Keycloak back: sign-in works again without restarting an app
            long starting = System.nanoTime();
            drill.services().startKeycloak();
            long started = System.nanoTime();
            DrillReport.line("Keycloak started again in %d ms", ms(starting));
            Page again = browser.newPage();
            poll(Duration.ofSeconds(60), () -> {
                again.navigate(stack.portalUrl() + "/");
                return again.locator("#username").count() > 0;
            });
            long loginShown = ms(started);
            Browser.signIn(again, "yijinhuoluo-dept", Tokens.DEMO_PASSWORD);
            Browser.await(again, "#home-region");
            DrillReport.line(
                    "portal sign-in again: Keycloak's login page %d ms after Keycloak was ready, signed in after %d ms",
                    loginShown, ms(started));
            Page admin = browser.newPage();
            admin.navigate(stack.tenantAdminUrl() + "/");
            Browser.signIn(admin, "platform-admin", Tokens.DEMO_PASSWORD);
            Browser.await(admin, "#logout");
            DrillReport.line("tenant-admin sign-in again: signed in %d ms after Keycloak was ready", ms(started));
            var renewed = Tokens.accessToken(stack, "yijinhuoluo-dept", Tokens.DEMO_PASSWORD);
            assertEquals(
                    200,
                    get(stack.portalUrl() + "/api/me", "Bearer " + renewed, "application/json")
                            .statusCode());
        }
    }

    private HttpResponse<String> get(String url, String authorization, String accept) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The median time of {@link #ROUNDS} GETs of a page, each answered 200. */
    private double medianMs(String url) throws Exception {
        var times = new ArrayList<Double>();
        for (int i = 0; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            var answer = get(url, null, "text/html");
            times.add((System.nanoTime() - t0) / 1e6);
            assertEquals(200, answer.statusCode(), url);
        }
        times.sort(Double::compare);
        return times.get(times.size() / 2);
    }

    /** A published demo report of 伊金霍洛旗 (the portal publishes them at its start; the site follows). */
    private long firstReport(String site) {
        long[] id = {0};
        poll(Duration.ofSeconds(60), () -> {
            var hits = RestAssured.given()
                    .get(site + "/api/reports?q=伊金霍洛旗")
                    .then()
                    .extract()
                    .jsonPath()
                    .getList("hits.id", Long.class);
            if (hits == null || hits.isEmpty()) {
                return false;
            }
            id[0] = hits.get(0);
            return true;
        });
        return id[0];
    }

    /** Sets the realm's access (and ID) token lifespan through Keycloak's admin API. */
    private static void accessTokenLifespan(StackConfig stack, int seconds) {
        String admin = RestAssured.given()
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", Credentials.KEYCLOAK_ADMIN)
                .formParam("password", Credentials.KEYCLOAK_ADMIN_PASSWORD)
                .post(stack.keycloakUrl() + "/realms/master/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
        RestAssured.given()
                .auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("accessTokenLifespan", seconds))
                .put(stack.keycloakUrl() + "/admin/realms/jixiao")
                .then()
                .statusCode(204);
    }

    /** What a page says: its message if it shows the outage message, else its first characters. */
    private static String says(String body) {
        if (body.contains(MESSAGE)) {
            return "「" + MESSAGE + "」";
        }
        String text = body.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        return "“" + text.substring(0, Math.min(120, text.length())) + "”";
    }

    private static void poll(Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not reached within " + timeout);
            }
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
        }
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
