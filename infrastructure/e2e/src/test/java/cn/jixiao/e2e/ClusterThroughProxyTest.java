package cn.jixiao.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.localstack.Credentials;
import cn.jixiao.localstack.LocalStack;
import cn.jixiao.localstack.StackConfig;
import cn.jixiao.testing.RunningApps;
import cn.jixiao.testing.RunningApps.Replica;
import cn.jixiao.testing.TestStack;
import cn.jixiao.testing.Tokens;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Several instances (issue 13 item 2): two portal and two public-site instances behind Debian's nginx,
 * round-robin without stickiness, as `./run cluster` runs them. One signed-in user's requests alternate
 * between the portal instances and everything works whichever instance a request reaches: the sign-in
 * (the state cookie made on one instance, the code taken on the other), an import previewed on one and
 * confirmed on the other, an evidence upload, the CSRF-protected logout form; and a published report is
 * found through the proxy on both public-site instances.
 */
@Order(3)
class ClusterThroughProxyTest {
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);
    private static final Duration SEARCHABLE_WITHIN = Duration.ofSeconds(15);
    private static final String REGION = "150627";
    private static final int YEAR = 2089;
    // the proxy takes the stack's portal and public-site ports (the addresses Keycloak knows);
    // the instances run beside them, management ports 1000 above
    private static final int PORTAL_1 = 18093;
    private static final int PORTAL_2 = 18094;
    private static final int PUBLIC_1 = 18095;
    private static final int PUBLIC_2 = 18096;

    private static StackConfig stack;
    private static RunningApps apps;
    private static ReverseProxy proxy;
    private static String portal;
    private static String publicSite;
    private static final List<Long> reports = new ArrayList<>();

    @BeforeAll
    static void startTheTopology() throws Exception {
        SharedApps.stop(); // the proxy takes the usual ports
        stack = LocalStack.ensureRunning(TestStack.config());
        apps = RunningApps.none(stack);
        Path dataRoot = Files.createTempDirectory(stack.dataDir(), "cluster-");
        // the first portal migrates and makes the demo data; the others start once it is ready
        Replica portal1 = apps.startPortalReplica("portal-1", PORTAL_1, Map.of());
        RunningApps.awaitReady(portal1, READY_WITHIN);
        Replica portal2 = apps.startPortalReplica("portal-2", PORTAL_2, Map.of());
        Replica public1 =
                apps.startPublicSiteReplica("public-site-1", PUBLIC_1, dataRoot.resolve("public-site-1"), Map.of());
        Replica public2 =
                apps.startPublicSiteReplica("public-site-2", PUBLIC_2, dataRoot.resolve("public-site-2"), Map.of());
        RunningApps.awaitReady(portal2, READY_WITHIN);
        RunningApps.awaitReady(public1, READY_WITHIN);
        RunningApps.awaitReady(public2, READY_WITHIN);
        proxy = ReverseProxy.start(
                stack.repoRoot(),
                dataRoot.resolve("proxy"),
                Map.of(
                        "PORTAL_1", PORTAL_1,
                        "PORTAL_2", PORTAL_2,
                        "PUBLIC_1", PUBLIC_1,
                        "PUBLIC_2", PUBLIC_2,
                        "PORTAL_PORT", stack.portalPort(),
                        "PUBLIC_PORT", stack.publicSitePort()));
        portal = stack.portalUrl();
        publicSite = stack.publicSiteUrl();
    }

    @AfterAll
    static void stop() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
        if (apps != null) {
            apps.close();
        }
        if (stack != null) {
            try (Connection db = owner()) {
                try (PreparedStatement budgets =
                        db.prepareStatement("delete from department_budget where tenant_id = ? and year = ?")) {
                    budgets.setString(1, REGION);
                    budgets.setInt(2, YEAR);
                    budgets.executeUpdate();
                }
                try (PreparedStatement withdraw = db.prepareStatement("update report set status = 'WITHDRAWN',"
                        + " withdrawn_reason = '测试结束' where id = ? and status = 'PUBLISHED'")) {
                    for (long id : reports) {
                        withdraw.setLong(1, id);
                        withdraw.executeUpdate();
                    }
                }
            }
        }
    }

    @Test
    void aSignedInUserWorksWhicheverPortalInstanceEachRequestReaches() throws Exception {
        var browser = new ProxiedClient();

        // sign-in: the redirect (state and PKCE cookie) from one instance, the code taken by the other
        var signIn = browser.signIn(portal + "/", "yijinhuoluo-dept", Tokens.DEMO_PASSWORD);
        assertOtherInstances(signIn.get(0), signIn.get(1), "the sign-in's redirect and its return");
        assertTrue(
                browser.cookies.getCookieStore().getCookies().stream()
                        .anyMatch(c -> c.getName().startsWith("q_session")),
                "signed in: a session cookie");

        // the session made above is accepted by both instances
        var home = browser.get(portal + "/");
        var me = browser.get(portal + "/api/me", "Accept", "application/json");
        assertEquals(200, home.status(), "the home page, signed in");
        assertEquals(200, me.status(), me.body());
        assertOtherInstances(home, me, "two requests in a row");
        String csrf = csrfToken(home.body());
        String department = JsonPath.from(me.body()).getString("department.code");
        assertNotNull(department, me.body());

        // an import previewed on one instance is confirmed on the other
        byte[] sheet = ("部门编码,年度,本年收入\n" + department + "," + YEAR + ",123.45\n").getBytes(StandardCharsets.UTF_8);
        var file = ProxiedClient.multipart(Map.of(), "file", "budget.csv", sheet);
        var preview = browser.post(
                portal + "/api/transfer/budgets/import?mode=preview",
                file.getKey(),
                "Content-Type",
                file.getValue(),
                "X-CSRF-Token",
                csrf,
                "Accept",
                "application/json");
        assertEquals(200, preview.status(), preview.body());
        String token = JsonPath.from(preview.body()).getString("token");
        assertNotNull(token, "a clean preview names its token: " + preview.body());
        assertEquals(0, budgetRows(department), "a preview saves nothing");
        var confirm = ProxiedClient.multipart(Map.of("token", token), null, null, null);
        var committed = browser.post(
                portal + "/api/transfer/budgets/import?mode=commit",
                confirm.getKey(),
                "Content-Type",
                confirm.getValue(),
                "X-CSRF-Token",
                csrf,
                "Accept",
                "application/json");
        assertOtherInstances(preview, committed, "the preview and its confirmation");
        assertEquals(200, committed.status(), committed.body());
        assertTrue(JsonPath.from(committed.body()).getBoolean("committed"), committed.body());
        assertEquals(1, budgetRows(department), "the confirmed import saved its row");
        assertEquals(0, previewRows(token), "the spent preview is gone");

        // an evidence upload on one instance, listed and downloaded through the other
        long departmentId = JsonPath.from(me.body()).getLong("department.id");
        JsonPath contracts = JsonPath.from(
                browser.get(portal + "/api/contracts?departmentId=" + departmentId, "Accept", "application/json")
                        .body());
        assertTrue(contracts.getInt("total") > 0, "the department has contracts in the demo data");
        long contract = contracts.getLong("items[0].id");
        byte[] pdf = ("%PDF-1.4\n% cluster test " + Instant.now() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        var upload = browser.post(
                portal + "/api/evidence?ownerKind=CONTRACT&ownerId=" + contract,
                HttpRequest.BodyPublishers.ofByteArray(pdf),
                "Content-Type",
                "application/octet-stream",
                "X-File-Name",
                URLEncoder.encode("集群验收.pdf", StandardCharsets.UTF_8),
                "X-CSRF-Token",
                csrf,
                "Accept",
                "application/json");
        assertEquals(201, upload.status(), upload.body());
        long evidence = JsonPath.from(upload.body()).getLong("id");
        var link = browser.get(portal + "/api/evidence/" + evidence + "/link", "Accept", "application/json");
        assertOtherInstances(upload, link, "the upload and its download link");
        assertEquals(200, link.status(), link.body());
        byte[] downloaded = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(JsonPath.from(link.body()).getString("url")))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .body();
        assertArrayEquals(pdf, downloaded, "the file stored through one instance, read through the other");
        var removed = browser.delete(portal + "/api/evidence/" + evidence, "X-CSRF-Token", csrf);
        assertEquals(204, removed.status(), removed.body());

        // the CSRF-protected logout form: refused without the token, taken with the token another instance made
        var forged = browser.post(
                portal + "/logout", ProxiedClient.form(Map.of()), "Content-Type", "application/x-www-form-urlencoded");
        assertEquals(403, forged.status(), "a form post without the token is refused");
        var logout = browser.post(
                portal + "/logout",
                ProxiedClient.form(Map.of("csrf-token", csrf)),
                "Content-Type",
                "application/x-www-form-urlencoded");
        assertOtherInstances(forged, logout, "the refused and the accepted form post");
        assertTrue(logout.status() == 302 || logout.status() == 303, "logout: " + logout.status());
        assertNotEquals(home.instance(), logout.instance(), "the token was made on one instance, taken on the other");

        // both instances served, alternately
        assertEquals(Set.of("portal-1", "portal-2"), new HashSet<>(browser.served), browser.served.toString());
    }

    @Test
    void aPublishedReportIsFoundThroughTheProxyOnBothPublicSiteInstances() throws Exception {
        String word = uniqueWord();
        publish(word);
        var client = HttpClient.newHttpClient();
        Set<String> found = new HashSet<>();
        Instant deadline = Instant.now().plus(SEARCHABLE_WITHIN);
        while (found.size() < 2 && Instant.now().isBefore(deadline)) {
            HttpResponse<String> answer = client.send(
                    HttpRequest.newBuilder(URI.create(publicSite + "/api/reports?q=" + word))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String instance = answer.headers().firstValue("X-Instance").orElse("none");
            assertTrue(instance.startsWith("public-site-"), "answered through the proxy: " + instance);
            if (answer.statusCode() == 200 && JsonPath.from(answer.body()).getInt("total") == 1) {
                found.add(instance);
            } else {
                Thread.sleep(50); // polling an observable condition until the deadline
            }
        }
        assertEquals(Set.of("public-site-1", "public-site-2"), found, "instances that found the report");
    }

    private static void assertOtherInstances(ProxiedClient.Answer first, ProxiedClient.Answer second, String what) {
        assertNotNull(first.instance(), what + ": the first answer names no instance");
        assertNotNull(second.instance(), what + ": the second answer names no instance");
        assertNotEquals(first.instance(), second.instance(), what + " were served by the same instance");
    }

    private static String csrfToken(String html) {
        Matcher meta = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"")
                .matcher(html);
        assertTrue(meta.find(), "the page carries its CSRF token");
        return meta.group(1);
    }

    private static long budgetRows(String department) throws SQLException {
        return count(
                "select count(*) from department_budget b join department d on d.id = b.department_id"
                        + " where b.tenant_id = ? and b.year = ? and d.code = ?",
                REGION,
                YEAR,
                department);
    }

    private static long previewRows(String token) throws SQLException {
        return count("select count(*) from import_preview where token = ?", token);
    }

    private static long count(String sql, Object... params) throws SQLException {
        try (Connection db = owner();
                PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** A published report, inserted as SearchScaleOutTest does (the trigger writes its publication event). */
    private static void publish(String word) throws SQLException {
        try (Connection db = owner();
                PreparedStatement insert = db.prepareStatement("""
                        insert into report (tenant_id, title, publisher, index_no, catalog, published_on, keywords,
                                            fiscal_year, kind, scope, score, grade, summary, body, status)
                        values ('430600', ?, '岳阳市财政局', ?, '评价报告', current_date, '绩效评价 集群',
                                2025, 'FINANCE_REVIEW', 'PROJECT', 86.00, 'GOOD', ?, ?, 'PUBLISHED')
                        returning id""")) {
            insert.setString(1, "岳阳市财政局关于 " + word + " 项目的绩效评价报告");
            insert.setString(2, "E2E-" + word);
            insert.setString(3, "对 " + word + " 项目的评价摘要。");
            insert.setString(4, "## 一、概况\n\n" + word + " 项目概况。");
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                reports.add(rows.getLong(1));
            }
        }
    }

    private static Connection owner() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + stack.postgresPort() + "/" + Credentials.DB_NAME,
                Credentials.DB_OWNER,
                Credentials.DB_OWNER_PASSWORD);
    }

    private static String uniqueWord() {
        var random = new java.util.Random();
        var word = new StringBuilder("jq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
