package cn.jixiao.portal.project;

import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.count;
import static cn.jixiao.portal.project.ProjectFixtures.createProject;
import static cn.jixiao.portal.project.ProjectFixtures.departmentId;
import static cn.jixiao.portal.project.ProjectFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.signin.logout.LogoutResource;
import cn.jixiao.testing.Browser;
import cn.jixiao.testing.Tokens;
import com.microsoft.playwright.Page;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * When Keycloak's admin API does not answer, pages still work (within the lookups' timeouts) and show
 * people by username, and an assignment (which must be checked) is refused with a 503 and saves nothing.
 * Bearer tokens still work (checked locally). The sign-in server's address checked before a browser is sent
 * to sign in (jixiao.signin.sign-in-server.url) leads to a silent server too: the browser gets the 503
 * page, not a redirect to a Keycloak that does not answer; and a user who logs out meanwhile is signed out
 * here and told the single sign-on session goes on, instead of being sent to that Keycloak.
 */
@QuarkusTest
@TestProfile(KeycloakAwayTest.AdminApiAway.class)
class KeycloakAwayTest {
    /**
     * The admin API's address leads to a server that takes connections and never answers (a hung Keycloak);
     * the sign-in server's to {@link SignInServerSwitch}, silent too unless a test turns it on.
     */
    public static class AdminApiAway implements QuarkusTestProfile {
        private static ServerSocket silent;

        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                if (silent == null) {
                    // never accepted: the system completes connections into the backlog, nothing answers
                    silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String away = "http://127.0.0.1:" + silent.getLocalPort();
            var overrides = new HashMap<String, String>(Map.of(
                    "quarkus.keycloak.admin-client.server-url",
                    away,
                    "jixiao.signin.sign-in-server.url",
                    SignInServerSwitch.start() + "/realms/jixiao",
                    // asked at every challenge, so a switch is seen by the next request
                    "jixiao.signin.sign-in-server.check-every",
                    "1ms",
                    "jixiao.signin.sign-in-server.timeout",
                    "300ms"));
            // every lookup goes to the silent server and times out: shorter timeouts, the same behaviour
            for (String lookup : List.of("person", "memberWithRole", "membersWithRole", "firms")) {
                String key = "cn.jixiao.portal.people.KeycloakPeople/" + lookup + "/Timeout/";
                overrides.put(key + "value", "300");
                overrides.put(key + "unit", "MILLIS");
            }
            return overrides;
        }
    }

    /**
     * What the portal asks before it sends a browser to Keycloak: silent (connections taken, never answered)
     * unless turned on, then 200 as Keycloak's discovery document answers. The browser itself signs in at the
     * real Keycloak, which stays up.
     */
    static final class SignInServerSwitch {
        private static volatile boolean on;
        private static ServerSocket server;
        private static final List<Socket> held = new CopyOnWriteArrayList<>();

        static synchronized String start() {
            if (server == null) {
                try {
                    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                Thread.ofPlatform().daemon().name("sign-in-server-switch").start(SignInServerSwitch::serve);
            }
            return "http://127.0.0.1:" + server.getLocalPort();
        }

        static void turn(boolean answering) {
            on = answering;
        }

        private static void serve() {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    if (!on) {
                        held.add(client); // never answered: the portal's check times out
                        continue;
                    }
                    try (client) {
                        var reader = new BufferedReader(
                                new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                        for (String line = reader.readLine();
                                line != null && !line.isEmpty();
                                line = reader.readLine()) {
                            // the request's head, read to its end
                        }
                        client.getOutputStream()
                                .write(
                                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"
                                                .getBytes(StandardCharsets.US_ASCII));
                    }
                } catch (IOException e) {
                    // one connection failed; the next is served
                }
            }
        }
    }

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    @Test
    void pagesShowUsernamesAndAnAssignmentIsRefusedUntilKeycloakIsBack() throws Exception {
        String editor = Tokens.accessToken("yueyang-dept");
        String finance = Tokens.accessToken("yueyang-finance");
        long project = createProject(editor, departmentId(editor, "zwfwzx"), unique("Keycloak 不可用时的项目"));

        String page = RegionEvaluatorsTest.page(finance, project);
        assertTrue(page.contains("<span class=\"person\" title=\"yueyang-dept\">yueyang-dept</span>"), page);
        assertTrue(page.contains("id=\"evaluators-unavailable\""), "the form says the list is unavailable");

        as(finance)
                .body(Map.of("username", "yueyang-evaluator"))
                .post("/api/projects/" + project + "/assignments")
                .then()
                .statusCode(503)
                .body("status", equalTo(503))
                .body(
                        "message",
                        equalTo("暂时无法核实评价人，未作指派，请稍后重试"
                                + " (the evaluator cannot be checked now, so nothing was assigned; try again later)"));
        assertEquals(0, count(owner, "select count(*) from project_assignment where project_id = ?", project));
        // the assignments already made are still listed, by username
        as(finance).get("/api/projects/" + project + "/assignments").then().statusCode(200);
    }

    @Test
    void aBrowserThatMustSignInIsToldTheSignInServiceIsUnavailableInsteadOfBeingSentToKeycloak() {
        given().redirects()
                .follow(false)
                .accept("text/html,application/xhtml+xml")
                .get("/")
                .then()
                .statusCode(503)
                .header("Location", nullValue())
                .header("Retry-After", "30")
                .contentType(containsString("text/html"))
                .body(containsString("统一身份认证服务暂时不可用，请稍后再试 (the sign-in service is unavailable; try again later)"));
        // a script without credentials still gets the API's 401, which never redirects
        given().accept("application/json").get("/api/me").then().statusCode(401);
    }

    @TestHTTPResource("/")
    URL portal;

    @Test
    void aUserWhoLogsOutWhileKeycloakIsDownIsSignedOutHereAndToldSoInsteadOfBeingSentThere() {
        try (Browser browser = Browser.launch();
                Page page = browser.newPage()) {
            SignInServerSwitch.turn(true);
            page.navigate(portal.toString());
            Browser.signIn(page, "baoshan-dept", "demo");
            Browser.await(page, "#logout");
            var cookies = page.context().cookies();
            SignInServerSwitch.turn(false);

            page.click("#logout");
            Browser.await(page, "#sign-in-server-away");
            assertTrue(page.url().startsWith(portal + "signed-out"), "our own page, not Keycloak's: " + page.url());
            assertTrue(page.textContent("h1").contains("您已安全退出"), page.content());
            assertEquals(
                    LogoutResource.SIGNED_OUT_HERE_ONLY,
                    page.textContent("#sign-in-server-away").strip());

            // the session is ended all the same: its cookies, copied before, no longer sign anybody in
            try (var copy = page.context().browser().newContext()) {
                copy.addCookies(cookies);
                var api = copy.request().get(portal + "api/me");
                assertEquals(401, api.status(), api.text());
            }
        } finally {
            SignInServerSwitch.turn(false);
        }
    }
}
