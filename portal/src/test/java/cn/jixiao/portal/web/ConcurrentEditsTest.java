package cn.jixiao.portal.web;

import static cn.jixiao.portal.project.ProjectFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.portal.BookFixtures;
import cn.jixiao.portal.web.ConflictCases.Case;
import cn.jixiao.portal.web.ConflictCases.Save;
import cn.jixiao.portal.web.ConflictCases.Subject;
import cn.jixiao.testing.Management;
import cn.jixiao.testing.Tokens;
import cn.jixiao.testing.probe.OpenApiRoutes;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two people save the same record: the second gets the conflict and nothing is lost, route by route.
 * {@link #CASES} names every portal route that changes a row which already exists, each with its case
 * (both read the record, the first saves, the second saves with the version read: 409 with the message,
 * the version now stored, and the first save still there); {@link #EXEMPT} names every other route that
 * changes data, with the reason it cannot lose someone's save. A test reads the routes the portal
 * really serves (its OpenAPI document), so a new changing route without a case or a reason fails it.
 * Everything happens in a region of its own ({@link ConflictRegion}); another region's people are
 * refused on the routes this work changed.
 */
@QuarkusTest
class ConcurrentEditsTest {
    static final String STALE = ConflictCases.STALE;
    static final int YEAR = 2007;

    /** Routes that change data but no row someone else may have read, and why no save is lost. */
    static final Map<String, String> EXEMPT = exempt();

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    static String first;
    static String second;
    static long department;
    static long unit;

    @BeforeEach
    void people() throws Exception {
        if (first == null) {
            var tokens = ConflictRegion.tokens(owner);
            first = tokens.get(0);
            second = tokens.get(1);
            department = BookFixtures.departmentId(ConflictRegion.CODE, ConflictRegion.DEPARTMENT);
            unit = BookFixtures.departmentId(ConflictRegion.CODE, ConflictRegion.SECOND_DEPARTMENT);
        }
    }

    @AfterAll
    static void withdrawWhatWasPublished() {
        // a published report of this region leaves the public site again (its search is shared)
        BookFixtures.execute(
                "update report set status = 'WITHDRAWN', withdrawn_at = now(), withdrawn_reason = '测试撤回'"
                        + " where tenant_id = ? and status = 'PUBLISHED'",
                ConflictRegion.CODE);
    }

    // ---------------------------------------------------------------- the routes

    @Test
    void everyRouteThatChangesDataHasAConflictCaseOrAReasonWhyNoSaveIsLost() throws Exception {
        String json = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Management.url("/q/openapi?format=json")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        var served = new TreeSet<String>();
        for (OpenApiRoutes.Operation op : OpenApiRoutes.parse(json).operations()) {
            String method = op.method().toUpperCase();
            if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")) {
                served.add(method + " " + op.path());
            }
        }
        var covered = new TreeSet<String>();
        cases().forEach(c -> covered.add(c.route()));
        var missing = new TreeSet<>(served);
        missing.removeAll(covered);
        missing.removeAll(EXEMPT.keySet());
        assertTrue(missing.isEmpty(), "routes that change data with neither a conflict case nor a reason: " + missing);
        var gone = new TreeSet<>(covered);
        gone.addAll(EXEMPT.keySet());
        gone.removeAll(served);
        assertTrue(gone.isEmpty(), "cases or reasons for routes the portal no longer serves: " + gone);
        var both = new TreeSet<>(covered);
        both.retainAll(EXEMPT.keySet());
        assertTrue(both.isEmpty(), "routes both tested and exempted: " + both);
    }

    /**
     * The pages' forms post to the same routes (json-forms.js), so each form that saves through a route
     * with a conflict case carries the version its page read: a hidden field, or ?version= in its action.
     */
    @Test
    void everyFormThatSavesARecordCarriesTheVersionItsPageRead() throws Exception {
        var routes = new TreeSet<String>();
        cases().forEach(c -> routes.add(normalised(c.route())));
        var form = java.util.regex.Pattern.compile(
                "<form\\b([^>]*data-json-action=\"([^\"]*)\"[^>]*)>(.*?)</form>", java.util.regex.Pattern.DOTALL);
        var method = java.util.regex.Pattern.compile("data-method=\"(\\w+)\"");
        var missing = new ArrayList<String>();
        int checked = 0;
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/resources/templates"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var m = form.matcher(java.nio.file.Files.readString(file));
                while (m.find()) {
                    var how = method.matcher(m.group(1));
                    String route = (how.find() ? how.group(1).toUpperCase() : "POST") + " " + m.group(2);
                    if (!routes.contains(normalised(route))) {
                        continue;
                    }
                    checked++;
                    if (!m.group(2).contains("version=") && !m.group(3).contains("name=\"version\"")) {
                        missing.add(file.getFileName() + ": " + route);
                    }
                }
            }
        }
        assertTrue(checked > 20, "the forms were found: " + checked);
        assertTrue(missing.isEmpty(), "forms that save without the version read: " + missing);
    }

    /** "PUT /api/targets/{t.id}?year={y}" and "PUT /api/targets/{id}" alike: placeholders and query left out. */
    private static String normalised(String route) {
        int query = route.indexOf('?');
        return (query < 0 ? route : route.substring(0, query)).replaceAll("\\{[^}]*\\}", "{}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSecondSaveOfAnOldVersionIsRefusedAndTheFirstSaveIsKept(Case c) throws Exception {
        Subject s = c.setup().apply(region());
        Map<String, Object> readByFirst = read(first, s.read);
        Map<String, Object> readBySecond = read(second, s.read);
        int version = versionIn(s, readByFirst);
        assertEquals(version, versionIn(s, readBySecond), "both read the same version");

        Response saved = send(first, s.firstSave(), readByFirst, "甲");
        assertTrue(
                saved.statusCode() >= 200 && saved.statusCode() < 300,
                c.route() + ": the first save is taken: " + saved.statusCode() + " " + saved.asString());
        Map<String, Object> afterFirst = read(first, s.read);
        int stored = versionIn(s, afterFirst);
        assertTrue(stored != version, c.route() + ": the first save gives a new version");

        Response refused = send(second, s.save, readBySecond, "乙");
        assertEquals(409, refused.statusCode(), c.route() + ": the stale save is refused: " + refused.asString());
        String message = refused.jsonPath().getString("message");
        assertTrue(
                message != null && message.contains(s.message),
                c.route() + ": the refusal says why (" + s.message + "): " + message);
        if (s.message.equals(STALE)) {
            assertEquals("conflict", refused.jsonPath().getString("error"));
            Integer current = refused.jsonPath().get("currentVersion");
            if (current != null) {
                assertEquals(stored, current, c.route() + ": the refusal names the version stored now");
            }
        }

        Map<String, Object> afterSecond = read(first, s.read);
        assertEquals(stored, versionIn(s, afterSecond), c.route() + ": the refused save changed nothing");
        if (s.markAt != null) {
            Object kept = at(afterSecond, s.markAt);
            assertNotNull(kept, c.route() + ": " + s.markAt + " is there");
            if (s.expect instanceof Number n) {
                assertEquals(
                        0,
                        decimal(n).compareTo(decimal(kept)),
                        c.route() + ": the first save is still stored at " + s.markAt + ": " + kept);
            } else {
                assertTrue(
                        String.valueOf(kept).contains(String.valueOf(s.expect)),
                        c.route() + ": the first save is still stored at " + s.markAt + ": " + kept);
            }
        }
    }

    @Test
    void everyStaleRefusalNamesTheVersionStoredNow() {
        long id = newDepartment("名称");
        String url = "/api/departments/" + id;
        Map<String, Object> read = read(first, url);
        var body = new LinkedHashMap<>(read);
        String name = "并发测试所" + ConflictCases.shortId();
        body.put("name", name + "甲");
        as(first).body(body).put(url).then().statusCode(200);
        body.put("name", name + "乙");
        as(second)
                .body(body)
                .put(url)
                .then()
                .statusCode(409)
                .body("error", equalTo("conflict"))
                .body("message", containsString(STALE))
                .body("currentVersion", equalTo(((Number) read.get("version")).intValue() + 1));
    }

    @Test
    void twoSavesAtOnceWithTheSameVersionGiveOneSuccessAndOneConflict() throws Exception {
        long id = newDepartment("同时");
        String url = "/api/departments/" + id;
        Map<String, Object> read = read(first, url);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            String name = "并发测试所" + ConflictCases.shortId();
            for (String[] who : new String[][] {{first, name + "甲"}, {second, name + "乙"}}) {
                answers.add(pool.submit(() -> {
                    var body = new LinkedHashMap<>(read);
                    body.put("name", who[1]);
                    var request = as(who[0]).body(body);
                    start.await();
                    return request.put(url).statusCode();
                }));
            }
            var statuses = new ArrayList<Integer>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
            statuses.sort(Integer::compare);
            assertEquals(List.of(200, 409), statuses, "exactly one save is taken");
        } finally {
            pool.shutdown();
        }
        Map<String, Object> after = read(first, url);
        assertEquals(((Number) read.get("version")).intValue() + 1, ((Number) after.get("version")).intValue());
        assertTrue(String.valueOf(after.get("name")).startsWith("并发测试所"));
    }

    @Test
    void twoSavesAtOnceOfTheWorkingCalendarGiveOneSuccessAndOneConflict() throws Exception {
        int year = 2091;
        String url = "/api/settings/working-calendar?year=" + year;
        int version = ((Number) read(first, url).get("version")).intValue();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String[] who : new String[][] {{first, "甲"}, {second, "乙"}}) {
                answers.add(pool.submit(() -> {
                    var request = as(who[0])
                            .body(Map.of(
                                    "days",
                                    List.of(Map.of("day", year + "-01-01", "kind", "HOLIDAY", "name", "元旦" + who[1])),
                                    "version",
                                    version));
                    start.await();
                    return request.put(url).statusCode();
                }));
            }
            var statuses = new ArrayList<Integer>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
            statuses.sort(Integer::compare);
            assertEquals(List.of(200, 409), statuses, "exactly one save is taken");
        } finally {
            pool.shutdown();
        }
        assertEquals(version + 1, ((Number) read(first, url).get("version")).intValue());
    }

    @Test
    void anotherRegionNeitherSavesNorStalesThisRegionsRecords() {
        String baoshan = Tokens.accessToken("baoshan-finance");
        // the reminder address of a department of another region: not found, nothing saved
        as(baoshan)
                .body(Map.of("email", "x@example.org", "version", -1))
                .put("/api/publication/contacts/" + department)
                .then()
                .statusCode(404);
        as(first)
                .get("/api/publication/contacts/" + department)
                .then()
                .statusCode(200)
                .body("email", org.hamcrest.Matchers.not(equalTo("x@example.org")));
        // a deadline of another region cannot be deleted, whatever version is sent
        Number deadline = as(first)
                .body(Map.of("fiscalYear", YEAR + 1, "kind", "SELF", "dueOn", (YEAR + 2) + "-06-30"))
                .post("/api/publication/deadlines")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(baoshan)
                .delete("/api/publication/deadlines/" + deadline + "?version=0")
                .then()
                .statusCode(404);
        as(first).get("/api/publication/deadlines/" + deadline).then().statusCode(200);
        // each region's calendar year has its own version: another region's save does not stale this one
        int year = 2092;
        String url = "/api/settings/working-calendar?year=" + year;
        as(baoshan)
                .body(Map.of("days", List.of(), "version", read(baoshan, url).get("version")))
                .put(url)
                .then()
                .statusCode(200);
        as(first)
                .body(Map.of("days", List.of(), "version", -1))
                .put(url)
                .then()
                .statusCode(200)
                .body("version", equalTo(0));
    }

    // ---------------------------------------------------------------- running a case

    private static Map<String, Object> read(String token, String url) {
        Response r = as(token).get(url);
        assertEquals(200, r.statusCode(), url + ": " + r.asString());
        Object body = r.jsonPath().get("");
        if (body instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) map;
            return m;
        }
        return Map.of("list", body);
    }

    private static Object at(Map<String, Object> answer, String path) {
        return io.restassured.path.json.JsonPath.from(toJson(answer)).get(path);
    }

    private static String toJson(Object o) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int versionIn(Subject s, Map<String, Object> answer) {
        Object v = at(answer, s.versionAt);
        assertNotNull(v, s.read + " shows no version at " + s.versionAt + ": " + answer);
        return ((Number) v).intValue();
    }

    private static Response send(String token, Save save, Map<String, Object> read, String mark) {
        int version = ((Number) at(read, save.versionAt())).intValue();
        String url = save.url().replace("{version}", String.valueOf(version));
        var request = as(token);
        if (save.body() != null) {
            Map<String, Object> body = new LinkedHashMap<>(save.body().apply(read, mark));
            if (!save.url().contains("{version}")) {
                body.put("version", version);
            }
            request = request.body(body);
        }
        return request.request(save.method(), url);
    }

    static Stream<Case> cases() {
        return ConflictCases.all();
    }

    long newDepartment(String what) {
        return region().newDepartment(what);
    }

    ConflictCases.Region region() {
        return new ConflictCases.Region(first, second, department, unit, owner);
    }

    static Map<String, String> exempt() {
        var m = new LinkedHashMap<String, String>();
        String created = "creates a new row: nobody else has read it yet";
        for (String route : List.of(
                "POST /api/contracts",
                "POST /api/contracts/{id}/payments",
                "POST /api/departments",
                "POST /api/departments/{id}/budget/adjustments",
                "POST /api/evaluations",
                "POST /api/evaluations/{id}/items",
                "POST /api/evidence",
                "POST /api/indicator-templates",
                "POST /api/indicator-templates/library/{code}/copy",
                "POST /api/kiosks/device-types",
                "POST /api/kiosks/devices",
                "POST /api/kiosks/devices/{id}/documents",
                "POST /api/kiosks/points",
                "POST /api/people",
                "POST /api/projects",
                "POST /api/projects/{id}/assignments",
                "POST /api/projects/{id}/changes",
                "POST /api/projects/{id}/expenditures",
                "POST /api/projects/{id}/firms",
                "POST /api/publication/deadlines",
                "POST /api/reports",
                "POST /api/targets")) {
            m.put(route, created);
        }
        m.put(
                "POST /api/kiosks/devices/{id}/faults",
                "creates a fault; the device's status follows through its own @Version (a concurrent commit is a 409)");
        m.put(
                "POST /api/evidence/{id}/versions",
                "adds a version of a file: every upload is a new row and the older versions stay readable");
        m.put(
                "DELETE /api/evidence/{id}",
                "evidence rows are never edited; deleting is allowed only while the evaluation is a draft, and audited");
        m.put(
                "DELETE /api/departments/{id}/budget/adjustments/{adjustmentId}",
                "an adjustment is never edited, only added or deleted (with ?version=); deleting it twice is a 404");
        m.put(
                "DELETE /api/projects/{id}/expenditures/{expenditureId}",
                "an entry is edited only through the sheet import, whose rows carry their own version (?version= here)");
        m.put(
                "POST /api/targets/{id}/revise",
                "creates the next version of an approved table; a second one meanwhile is a 409 (draft_exists)");
        m.put(
                "POST /api/reports/{id}/correct",
                "creates a correcting draft of a published report; the published one changes only when it is published");
        m.put("POST /api/findings/recheck", "recomputes findings from the records; explanations are kept");
        m.put(
                "POST /api/findings/books/recheck",
                "recomputes the books findings from the records; explanations are kept");
        m.put("POST /api/publication/reminders/run", "sends today's reminders once; changes no record anyone edits");
        m.put(
                "POST /api/transfer/{sheet}/import",
                "rows that change existing records carry the version exported; a stale row refuses the whole import");
        m.put(
                "POST /api/kiosks/usage/import",
                "daily counts: all or nothing, keyed by device and day, no version to lose");
        m.put("POST /api/me/region", "chooses the region of the session; no record");
        String keycloak = "a person is kept in Keycloak, which has no version to compare (not covered yet)";
        for (String route : List.of(
                "PUT /api/people/{id}",
                "POST /api/people/{id}/disable",
                "POST /api/people/{id}/enable",
                "POST /api/people/{id}/password",
                "POST /api/people/{id}/remove")) {
            m.put(route, keycloak);
        }
        m.put("POST /test-only/kiosk-faults/{id}/open", "served by the tests' own resource only");
        m.put("POST /test-only/kiosk-faults/{id}/close", "served by the tests' own resource only");
        return m;
    }

    static BigDecimal decimal(Object o) {
        return new BigDecimal(String.valueOf(o));
    }
}
