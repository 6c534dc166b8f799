package cn.jixiao.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyBytes;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import cn.jixiao.load.Workplace.Account;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Issue 13 item 1: the realistic mix against a started {@code ./run} stack. {@code load.users} signed-in
 * users (department editors of the six demo departments, finance reviewers and admins of the three demo
 * regions; several virtual users share each demo account) each sign in as a browser does (the portal's
 * redirect to Keycloak's login page, the form posted, the code exchanged for the portal's session cookie;
 * writes carry the page's CSRF token) and then work for {@code load.actionsPerSession} actions
 * with 2–6 s between them: editors browse pages, edit the budget (GET, PUT with the version read),
 * fill an indicator of their department's draft evaluation (GET, PUT with its version), upload a small PDF
 * as evidence (and delete it again) and import the budgets sheet (export CSV, preview, commit by token);
 * reviewers browse pages and read the region's figures. {@code load.citizens} citizens search the public
 * site with the judged set's queries, open a hit's report page, region pages and the feeds. A stale
 * version (409, two sessions of one account saving at once) is re-read and saved again, as a person would,
 * and counted under its own name. Run: see infrastructure/bench/README.md, "Load test (issue 13 item 1)".
 */
public class MixSimulation extends Simulation {

    private static final LoadConfig CONFIG = LoadConfig.fromSystemProperties();
    private static final int ACTIONS = Integer.getInteger("load.actionsPerSession", 20);
    private static final String[] REGIONS = {"150627", "530500", "430600"};

    /** A small but real PDF: the portal tells the type from the content. */
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                    + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                    + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n"
                    + "trailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private final Workplace workplace = new Workplace(CONFIG);

    {
        try {
            workplace.prepare();
        } catch (Exception e) {
            throw new IllegalStateException("preparing the demo accounts failed: " + e.getMessage(), e);
        }

        HttpProtocolBuilder portal = http.baseUrl(CONFIG.portalUrl())
                .acceptLanguageHeader("zh-CN,zh;q=0.9")
                .userAgentHeader("jixiao-load (Gatling)")
                .disableCaching();
        HttpProtocolBuilder publicSite = http.baseUrl(CONFIG.publicUrl())
                .acceptLanguageHeader("zh-CN,zh;q=0.9")
                .acceptHeader("text/html")
                .userAgentHeader("jixiao-load (Gatling)");

        ScenarioBuilder staff = scenario("signed-in users")
                .feed(listFeeder(accountFeed()).circular())
                .exec(signIn())
                .exec(api("api GET /api/me", "/api/me"))
                .repeat(ACTIONS)
                .on(exec(session -> session.set("account", workplace.accounts.get(session.getString("username"))))
                        .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
                        .doIfOrElse(session -> account(session).editor())
                        .then(randomSwitch()
                                .on(
                                        percent(40).then(browse()),
                                        percent(20).then(editBudget()),
                                        percent(25).then(fillEvaluation()),
                                        percent(10).then(uploadEvidence()),
                                        percent(5).then(importSheet())))
                        .orElse(browse()));

        ScenarioBuilder citizens = scenario("citizens")
                .feed(csv("citizen-queries.csv").random())
                .exec(session -> session.set(
                        "region", REGIONS[ThreadLocalRandom.current().nextInt(REGIONS.length)]))
                .exec(http("public GET /").get("/").check(status().is(200)))
                .pause(Duration.ofSeconds(1), Duration.ofSeconds(4))
                .exec(http("public GET /search?q=")
                        .get("/search")
                        .queryParam("q", "#{q}")
                        .check(status().is(200)))
                .exec(http("public api GET /api/reports?q=")
                        .get("/api/reports")
                        .queryParam("q", "#{q}")
                        .header("Accept", "application/json")
                        .check(
                                status().is(200),
                                jmesPath("hits[0].id").optional().saveAs("reportId")))
                .pause(Duration.ofSeconds(1), Duration.ofSeconds(4))
                .doIf("#{reportId.exists()}")
                .then(exec(http("public GET /reports/{id}")
                                .get("/reports/#{reportId}")
                                .check(status().is(200)))
                        .exec(http("public api GET /api/reports/{id}")
                                .get("/api/reports/#{reportId}")
                                .header("Accept", "application/json")
                                .check(status().is(200))))
                .pause(Duration.ofSeconds(1), Duration.ofSeconds(4))
                .exec(http("public GET /regions/{code}")
                        .get("/regions/#{region}")
                        .check(status().is(200)))
                .pause(Duration.ofSeconds(1), Duration.ofSeconds(4))
                .exec(randomSwitch()
                        .on(
                                percent(40)
                                        .then(exec(http("public GET /feed.xml")
                                                .get("/feed.xml")
                                                .header("Accept", "application/atom+xml")
                                                .check(status().is(200)))),
                                percent(40)
                                        .then(exec(http("public GET /regions/{code}/feed.xml")
                                                .get("/regions/#{region}/feed.xml")
                                                .header("Accept", "application/atom+xml")
                                                .check(status().is(200)))),
                                percent(20)
                                        .then(exec(http("public GET /regions")
                                                .get("/regions")
                                                .check(status().is(200))))));

        int ramp = CONFIG.rampSeconds();
        int steady = CONFIG.durationSeconds();
        System.out.printf(
                "[load] %d signed-in users, %d citizens: ramp %d s, steady %d s, %d actions per session%n",
                CONFIG.users(), CONFIG.citizens(), ramp, steady, ACTIONS);
        setUp(
                        staff.injectClosed(
                                        rampConcurrentUsers(0)
                                                .to(CONFIG.users())
                                                .during(ramp),
                                        constantConcurrentUsers(CONFIG.users()).during(steady))
                                .protocols(portal),
                        citizens.injectClosed(
                                        rampConcurrentUsers(0)
                                                .to(CONFIG.citizens())
                                                .during(ramp),
                                        constantConcurrentUsers(CONFIG.citizens())
                                                .during(steady))
                                .protocols(publicSite))
                .maxDuration(Duration.ofSeconds(ramp + steady + 180))
                .assertions(global().failedRequests().count().is(0L));
    }

    /** 70 % department editors, 30 % reviewers and admins. */
    private static List<Map<String, Object>> accountFeed() {
        var feed = new ArrayList<Map<String, Object>>();
        for (int round = 0; round < 2; round++) {
            for (String editor : Workplace.EDITORS) {
                feed.add(Map.of("username", editor));
            }
        }
        for (String reader : Workplace.READERS) {
            feed.add(Map.of("username", reader));
        }
        return feed;
    }

    private static Account account(Session session) {
        return (Account) session.get("account");
    }

    /**
     * Signs in as a person does: the portal sends the browser to Keycloak's login page, which asks for the
     * user name first (organizations make the login identity-first) and then the password; Keycloak sends
     * the browser back with a code, the portal exchanges it and sets its session cookie, and the first page
     * carries the CSRF token that the page scripts send.
     */
    private static ChainBuilder signIn() {
        return exec(http("sign-in GET / (to the login page)")
                        .get("/")
                        .header("Accept", "text/html")
                        .check(
                                currentLocation()
                                        .transform(at -> at.startsWith(CONFIG.keycloakUrl()))
                                        .is(true),
                                status().is(200),
                                css("#kc-form-login", "action").saveAs("loginAction")))
                .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                .exec(http("sign-in POST user name")
                        .post("#{loginAction}")
                        .formParam("username", "#{username}")
                        .check(
                                status().is(200),
                                css("#password").exists(),
                                css("#kc-form-login", "action").saveAs("passwordAction")))
                .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                .exec(http("sign-in POST password (back to the portal)")
                        .post("#{passwordAction}")
                        .formParam("password", "demo")
                        .formParam("credentialId", "")
                        .check(
                                currentLocation()
                                        .transform(at -> at.startsWith(CONFIG.portalUrl()))
                                        .is(true),
                                status().is(200),
                                css("meta[name=csrf-token]", "content")
                                        .notNull()
                                        .saveAs("csrf")));
    }

    private static HttpRequestActionBuilder api(String name, String path) {
        return http(name).get(path).header("Accept", "application/json").check(status().is(200));
    }

    /** One of the pages (and read APIs) this account may open, named by its route. */
    private static ChainBuilder browse() {
        return exec(session -> {
                    List<String> pages = account(session).pages();
                    String page = pages.get(ThreadLocalRandom.current().nextInt(pages.size()));
                    String kind = (page.startsWith("/api/") ? "api GET " : "page GET ")
                            + page.replaceAll("/\\d+", "/{id}").replaceAll("\\?.*", "");
                    return session.set("page", page).set("pageKind", kind);
                })
                .exec(http("#{pageKind}")
                        .get("#{page}")
                        .header("Accept", "text/html,application/json")
                        .check(status().is(200)));
    }

    private static String budgetPath(Session session) {
        Account a = account(session);
        return "/api/departments/" + a.departmentId() + "/budget?year=" + a.year();
    }

    /** The edit form, the budget as read, then the PUT with its version (once more after a 409). */
    private static ChainBuilder editBudget() {
        ChainBuilder readAndSave = exec(http("api GET budget")
                        .get(MixSimulation::budgetPath)
                        .check(status().is(200), bodyString().saveAs("budget")))
                .exec(http("#{budgetPut}")
                        .put(MixSimulation::budgetPath)
                        .header("X-CSRF-Token", "#{csrf}")
                        .header("Origin", CONFIG.portalUrl())
                        .header("Content-Type", "application/json")
                        .body(StringBody(session -> Bodies.budgetEdit(session.getString("budget"))))
                        .check(status().in(200, 409).saveAs("saved")));
        return exec(session -> session.set("budgetPut", "api PUT budget"))
                .exec(http("page GET /departments/{id}/budget/edit")
                        .get(session -> "/departments/" + account(session).departmentId() + "/budget/edit?year="
                                + account(session).year())
                        .check(status().is(200)))
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
                .exec(readAndSave)
                .doIf(session -> session.getInt("saved") == 409)
                .then(exec(session -> session.set("budgetPut", "api PUT budget (again after 409)"))
                        .exec(readAndSave));
    }

    /** The evaluation as read, then one level-3 indicator filled with its version (once more after a 409). */
    private static ChainBuilder fillEvaluation() {
        ChainBuilder readAndSave = exec(http("api GET /api/evaluations/{id}")
                        .get(session -> "/api/evaluations/" + account(session).evaluationId())
                        .check(status().is(200), bodyString().saveAs("evaluation")))
                .exec(http("#{fillPut}")
                        .put(session -> "/api/evaluations/" + account(session).evaluationId() + "/indicators/"
                                + session.getLong("leaf"))
                        .header("X-CSRF-Token", "#{csrf}")
                        .header("Origin", CONFIG.portalUrl())
                        .header("Content-Type", "application/json")
                        .body(StringBody(session ->
                                Bodies.indicatorFill(session.getString("evaluation"), session.getLong("leaf"))))
                        .check(status().in(200, 409).saveAs("saved")));
        return exec(session -> {
                    List<Long> leaves = account(session).leaves();
                    return session.set(
                                    "leaf",
                                    leaves.get(ThreadLocalRandom.current().nextInt(leaves.size())))
                            .set("fillPut", "api PUT /api/evaluations/{id}/indicators/{id}");
                })
                .exec(http("page GET /evaluations/{id}")
                        .get(session -> "/evaluations/" + account(session).evaluationId())
                        .check(status().is(200)))
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
                .exec(readAndSave)
                .doIf(session -> session.getInt("saved") == 409)
                .then(exec(session -> session.set(
                                "fillPut", "api PUT /api/evaluations/{id}/indicators/{id} (again after 409)"))
                        .exec(readAndSave));
    }

    /** A small PDF as evidence of an indicator (the raw body, as the page's script sends it), then removed. */
    private static ChainBuilder uploadEvidence() {
        return exec(session -> {
                    List<Long> leaves = account(session).leaves();
                    return session.set(
                            "leaf", leaves.get(ThreadLocalRandom.current().nextInt(leaves.size())));
                })
                .exec(http("upload POST /api/evidence (1 KB PDF)")
                        .post(session -> "/api/evidence?ownerKind=INDICATOR&ownerId=" + session.getLong("leaf"))
                        .header("X-CSRF-Token", "#{csrf}")
                        .header("Origin", CONFIG.portalUrl())
                        .header("Content-Type", "application/octet-stream")
                        .header("X-File-Name", "load-evidence.pdf")
                        .body(io.gatling.javaapi.core.CoreDsl.ByteArrayBody(PDF))
                        .check(status().is(201), jmesPath("id").saveAs("evidenceId")))
                .exec(http("api GET /api/evidence?ownerKind=&ownerId=")
                        .get(session -> "/api/evidence?ownerKind=INDICATOR&ownerId=" + session.getLong("leaf"))
                        .check(status().is(200)))
                .exec(http("api DELETE /api/evidence/{id}")
                        .delete("/api/evidence/#{evidenceId}")
                        .header("X-CSRF-Token", "#{csrf}")
                        .header("Origin", CONFIG.portalUrl())
                        .check(status().is(204)));
    }

    /** The budgets sheet exported as CSV, uploaded for a preview, then committed by the preview's token. */
    private static ChainBuilder importSheet() {
        ChainBuilder previewAndCommit = exec(http("#{exportKind}")
                        .get(session -> "/api/transfer/budgets/export?format=csv&year="
                                + account(session).year())
                        .check(status().is(200), bodyBytes().saveAs("sheet")))
                .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                .exec(http("#{previewKind}")
                        .post("/api/transfer/budgets/import?mode=preview")
                        .header("X-CSRF-Token", "#{csrf}")
                        .header("Origin", CONFIG.portalUrl())
                        .asMultipartForm()
                        .bodyPart(ByteArrayBodyPart("file", session -> (byte[]) session.get("sheet"))
                                .fileName("budgets.csv")
                                .contentType("text/csv"))
                        .check(status().is(200), jmesPath("token").saveAs("importToken")))
                .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                .exec(http("#{commitKind}")
                        .post("/api/transfer/budgets/import?mode=commit")
                        .header("X-CSRF-Token", "#{csrf}")
                        .header("Origin", CONFIG.portalUrl())
                        .asMultipartForm()
                        .bodyPart(StringBodyPart("token", "#{importToken}"))
                        .check(status().in(200, 409).saveAs("saved")));
        // 409: a budget of the sheet was saved by another session between the preview and the commit
        // (the row's version moved on); a person exports, checks and imports again
        return exec(session -> session.set("exportKind", "api GET /api/transfer/budgets/export (csv)")
                        .set("previewKind", "import POST /api/transfer/budgets/import?mode=preview")
                        .set("commitKind", "import POST /api/transfer/budgets/import?mode=commit (token)"))
                .exec(previewAndCommit)
                .doIf(session -> session.getInt("saved") == 409)
                .then(exec(session -> session.set(
                                        "exportKind", "api GET /api/transfer/budgets/export (csv) (again after 409)")
                                .set("previewKind", "import POST …?mode=preview (again after 409)")
                                .set("commitKind", "import POST …?mode=commit (again after 409)"))
                        .exec(previewAndCommit));
    }
}
