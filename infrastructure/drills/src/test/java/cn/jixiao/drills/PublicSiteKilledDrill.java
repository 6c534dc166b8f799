package cn.jixiao.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.localstack.Credentials;
import cn.jixiao.localstack.StackConfig;
import cn.jixiao.testing.RunningApps;
import cn.jixiao.testing.RunningApps.Replica;
import io.restassured.path.json.JsonPath;
import java.net.URI;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A public-site instance is killed (SIGKILL, no clean shutdown) in the middle of a bulk publication: reports
 * keep being published, some withdrawn, one corrected. A new process on the same index folder must become
 * ready, catch up, and then hold exactly what the database publishes: the same reports with the same text,
 * nothing withdrawn, the corrected text found by its own word.
 */
class PublicSiteKilledDrill {
    private static final int REPORTS = 2000;
    private static final int PUBLISHERS = 4;
    /**
     * The instance is killed once this many reports of the bulk are published and its index has taken in at
     * least {@link #INDEXED_BEFORE_KILL} of them, while the publishers go on.
     */
    private static final int KILL_AFTER = 600;

    private static final int INDEXED_BEFORE_KILL = 100;

    private static final Duration READY_WITHIN = Duration.ofMinutes(2);
    private static final String TENANT = "430600";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private StackConfig stack;

    @Test
    void aKilledInstanceCatchesUpAndItsIndexEqualsTheDatabase() throws Exception {
        DrillReport.drill("A public-site instance is killed during a bulk publication (PublicSiteKilledDrill)");
        try (DrillStack drill = DrillStack.servicesOnly()) {
            stack = drill.stack();
            RunningApps apps = drill.apps();
            // the portal migrates the schema and makes the demo data; the public site follows what it publishes
            Replica portal = apps.startPortalReplica("portal", stack.portalPort(), Map.of());
            RunningApps.awaitReady(portal, READY_WITHIN);
            Path dataDir = stack.dataDir().resolve("public-site-killed");
            Replica first = apps.startPublicSiteReplica("public-site-1", stack.publicSitePort(), dataDir, Map.of());
            RunningApps.awaitReady(first, READY_WITHIN);
            String run = word(6);

            // the bulk: PUBLISHERS threads publish REPORTS reports, one transaction each, as the portal does
            AtomicInteger published = new AtomicInteger();
            // the publishers pause at the kill point and go on the moment before the kill: it lands mid-bulk
            var killPoint = new java.util.concurrent.CountDownLatch(1);
            List<Long> ids = Collections.synchronizedList(new ArrayList<>());
            ExecutorService publishers = Executors.newFixedThreadPool(PUBLISHERS);
            List<Future<?>> work = new ArrayList<>();
            long bulkStarted = System.nanoTime();
            for (int t = 0; t < PUBLISHERS; t++) {
                int thread = t;
                work.add(publishers.submit(() -> {
                    try (Connection db = owner()) {
                        for (int i = thread; i < REPORTS; i += PUBLISHERS) {
                            if (published.get() >= KILL_AFTER) {
                                killPoint.await();
                            }
                            ids.add(publish(db, run, i));
                            published.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            int before = metricOr(first, "jixiao_search_index_documents", 0);
            await(
                    () -> published.get() >= KILL_AFTER
                            && metricOr(first, "jixiao_search_index_documents", 0) >= before + INDEXED_BEFORE_KILL,
                    Duration.ofMinutes(2),
                    "the bulk did not reach the kill point");
            long lastEventAtKill = lastEventId();
            int documentsAtKill = metricOr(first, "jixiao_search_index_documents", -1);
            int committedAtKill = metricOr(first, "jixiao_search_index_last_event", -1);
            int publishedAtKill = published.get();
            killPoint.countDown();
            first.process().destroyForcibly();
            first.process().waitFor();
            DrillReport.line(
                    "killed public-site-1 (SIGKILL) after %d of %d reports were published: the log was at event %d,"
                            + " its index held %d reports, committed up to event %d",
                    publishedAtKill, REPORTS, lastEventAtKill, documentsAtKill, committedAtKill);

            // while it is gone: withdrawals and a correction, beside the rest of the bulk
            List<Long> withdrawn = new ArrayList<>();
            try (Connection db = owner()) {
                for (int i = 0; i < 10; i++) {
                    long id = ids.get(i * 7);
                    withdraw(db, id, "演练：撤回第 " + i + " 份 (drill withdrawal)");
                    withdrawn.add(id);
                }
            }
            for (Future<?> f : work) {
                f.get();
            }
            publishers.shutdown();
            long corrected = ids.get(3);
            String correctionWord = word(10);
            long correction;
            try (Connection db = owner()) {
                correction = correct(db, corrected, correctionWord);
                for (int i = 0; i < 5; i++) {
                    long id = ids.get(ids.size() - 1 - i * 11);
                    withdraw(db, id, "演练：撤回晚发布的第 " + i + " 份 (drill withdrawal)");
                    withdrawn.add(id);
                }
            }
            long logEnd = lastEventId();
            DrillReport.line(
                    "bulk: %d reports published by %d threads in %.1f s, %d withdrawn, 1 corrected; the log ends at event %d",
                    REPORTS, PUBLISHERS, (System.nanoTime() - bulkStarted) / 1e9, withdrawn.size(), logEnd);
            String lockFile = Files.exists(dataDir.resolve("public-site-index/write.lock"))
                    ? "write.lock left behind"
                    : "no write.lock left";

            // a new process on the same index folder
            long restart = System.nanoTime();
            Replica second = apps.startPublicSiteReplica("public-site-2", stack.publicSitePort(), dataDir, Map.of());
            RunningApps.awaitReady(second, READY_WITHIN);
            double readyAfter = (System.nanoTime() - restart) / 1e9;
            JsonPath health = JsonPath.from(get(second.managementUrl() + "/q/health/ready"));
            String origin = health.getString("checks.find { it.name == 'search-index' }.data.origin");
            long readyAt = health.getLong("checks.find { it.name == 'search-index' }.data.lastEventId");
            String how = logLine(second, "search index");
            DrillReport.line(
                    "restarted as public-site-2 on the same folder (%s): ready %.1f s after the start, from %s, at event %d"
                            + " (%d events after the kill's committed point); its log: %s",
                    lockFile, readyAfter, origin, readyAt, readyAt - Math.max(0, committedAtKill), how);

            // the index equals the database: the same reports with the same titles
            Map<Long, String> database = publishedInDatabase();
            Map<Long, String> index = listedByPublicSite(second);
            DrillReport.line(
                    "index vs database: %d reports listed by the public site, %d published in the database",
                    index.size(), database.size());
            assertEquals(database, index, "the public site's index differs from the database's published reports");
            // caught up from the killed instance's last commit on disk, not rebuilt from nothing
            assertEquals("disk", origin, "the restarted instance did not catch up from its own index: " + how);
            for (long id : withdrawn) {
                assertTrue(!index.containsKey(id), "withdrawn report " + id + " is still listed");
            }
            assertTrue(
                    !index.containsKey(corrected), "the corrected (replaced) report " + corrected + " is still listed");
            JsonPath found = JsonPath.from(get(second.url() + "/api/reports?q=" + correctionWord));
            assertEquals(1, found.getInt("total"), "the correction's own word finds it once");
            assertEquals(correction, found.getLong("hits[0].id"));
            String withdrawnWord = titleWord(database, index, withdrawn.get(0));
            JsonPath gone = JsonPath.from(get(second.url() + "/api/reports?q=" + withdrawnWord));
            assertEquals(0, gone.getInt("total"), "a withdrawn report's own word still finds something");
            DrillReport.line(
                    "withdrawn reports not findable (%d checked), the correction found by its word, the replaced report gone",
                    withdrawn.size());
        }
    }

    /** The distinctive word in the title of a report of this run (its last token). */
    private String titleWord(Map<Long, String> database, Map<Long, String> index, long withdrawnId)
            throws SQLException {
        try (Connection db = owner();
                PreparedStatement q = db.prepareStatement("select title from report where id = ?")) {
            q.setLong(1, withdrawnId);
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                String title = rows.getString(1);
                Matcher m = Pattern.compile("(kd[a-z]+)").matcher(title);
                assertTrue(m.find(), title);
                return m.group(1);
            }
        }
    }

    /**
     * One publication as the public site receives it: a PUBLISHED report row, whose trigger (V2) writes the
     * publication_event in the same transaction, exactly what the portal's ReportPublisher commits (the drill
     * writes the rows as the owner, as SearchScaleOutTest does, instead of making 2,000 approved evaluations).
     */
    private long publish(Connection db, String run, int i) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into report (tenant_id, title, publisher, index_no, catalog, published_on, published_at, keywords,
                                    fiscal_year, kind, scope, score, grade, summary, body, status)
                values (?, ?, '岳阳市财政局', ?, '评价报告', current_date, now(), '绩效评价 演练',
                        2025, 'FINANCE_REVIEW', 'PROJECT', 86.00, 'GOOD', ?, ?, 'PUBLISHED')
                returning id""")) {
            String word = "kd" + run + letters(i);
            insert.setString(1, TENANT);
            insert.setString(2, "岳阳市财政局关于 " + word + " 项目的绩效评价报告");
            insert.setString(3, "DRILL-" + run + "-" + i);
            insert.setString(4, "对 " + word + " 项目的评价摘要。");
            insert.setString(5, "## 一、概况\n\n" + word + " 项目概况。");
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void withdraw(Connection db, long id, String reason) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("update report set status = 'WITHDRAWN',"
                + " withdrawn_at = now(), withdrawn_reason = ? where id = ? and status = 'PUBLISHED'")) {
            update.setString(1, reason);
            update.setLong(2, id);
            assertEquals(1, update.executeUpdate(), "report " + id + " was not published");
        }
    }

    /** As the portal publishes a correction: the new report and the old one withdrawn, in one transaction. */
    private static long correct(Connection db, long old, String word) throws SQLException {
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("""
                        insert into report (tenant_id, title, publisher, index_no, catalog, published_on, published_at,
                                            keywords, fiscal_year, kind, scope, score, grade, summary, body, status,
                                            corrects_id, correction_reason)
                        select tenant_id, title || '（更正）', publisher, index_no || '-更正', catalog, current_date, now(),
                               keywords, fiscal_year, kind, scope, score, grade, summary,
                               body || ?, 'PUBLISHED', id, '演练：更正数字'
                        from report where id = ?
                        returning id""");
                PreparedStatement replace = db.prepareStatement("update report set status = 'WITHDRAWN',"
                        + " withdrawn_at = now(), withdrawn_reason = '已更正，以更正后的报告为准' where id = ?")) {
            insert.setString(1, "\n\n更正说明：" + word + " 的数字已更正。");
            insert.setLong(2, old);
            long id;
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                id = rows.getLong(1);
            }
            replace.setLong(1, old);
            replace.executeUpdate();
            db.commit();
            return id;
        } finally {
            db.setAutoCommit(true);
        }
    }

    private long lastEventId() throws SQLException {
        try (Connection db = owner();
                ResultSet rows =
                        db.createStatement().executeQuery("select coalesce(max(id), 0) from publication_event")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Every published report (id → title), as the database holds it. */
    private Map<Long, String> publishedInDatabase() throws SQLException {
        var reports = new TreeMap<Long, String>();
        try (Connection db = owner();
                ResultSet rows =
                        db.createStatement().executeQuery("select id, title from report where status = 'PUBLISHED'")) {
            while (rows.next()) {
                reports.put(rows.getLong(1), rows.getString(2));
            }
        }
        return reports;
    }

    /** Every report the public site's search lists (id → title), page by page, newest first. */
    private Map<Long, String> listedByPublicSite(Replica site) throws Exception {
        var reports = new TreeMap<Long, String>();
        int pages = 1;
        for (int page = 1; page <= pages; page++) {
            JsonPath result = JsonPath.from(get(site.url() + "/api/reports?sort=date&size=50&page=" + page));
            pages = result.getInt("pages");
            List<Map<String, Object>> hits = result.getList("hits");
            for (Map<String, Object> hit : hits) {
                String previous = reports.put(((Number) hit.get("id")).longValue(), (String) hit.get("title"));
                assertTrue(previous == null, "listed twice: " + hit);
            }
        }
        return reports;
    }

    private String get(String url) throws Exception {
        return get(url, "application/json");
    }

    private String get(String url, String accept) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url.replace(" ", "%20")))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", accept)
                .header("Cache-Control", "no-cache")
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), url + " answered " + response.statusCode() + ": " + response.body());
        return response.body();
    }

    private int metricOr(Replica replica, String name, int otherwise) {
        try {
            String text = get(replica.managementUrl() + "/q/metrics", "text/plain");
            Matcher m = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*})? ([0-9.eE+-]+)$")
                    .matcher(text);
            return m.find() ? (int) Double.parseDouble(m.group(1)) : otherwise;
        } catch (Exception | AssertionError e) {
            return otherwise;
        }
    }

    private static String logLine(Replica replica, String marker) throws Exception {
        var lines = new ArrayList<String>();
        for (String line : Files.readAllLines(replica.log())) {
            if (line.contains(marker) && line.contains("IndexMaintainer")) {
                lines.add(line.replaceFirst("^.*\\(search-index\\) ", ""));
            }
        }
        return String.join(" | ", lines);
    }

    private Connection owner() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + stack.postgresPort() + "/" + Credentials.DB_NAME,
                Credentials.DB_OWNER,
                Credentials.DB_OWNER_PASSWORD);
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void await(Condition condition, Duration timeout, String failure) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure + " within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(20); // polling an observable condition until the deadline
        }
    }

    /** A word of lower-case letters for a number (the analyzer keeps letters together, digits apart). */
    private static String letters(int n) {
        var word = new StringBuilder();
        do {
            word.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return word.append("z").toString();
    }

    private static String word(int length) {
        var random = new java.util.Random();
        var word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
