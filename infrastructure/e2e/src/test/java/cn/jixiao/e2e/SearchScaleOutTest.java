package cn.jixiao.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.localstack.Credentials;
import cn.jixiao.localstack.LocalStack;
import cn.jixiao.localstack.StackConfig;
import cn.jixiao.testing.RunningApps;
import cn.jixiao.testing.RunningApps.Replica;
import cn.jixiao.testing.TestStack;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.Result;
import io.minio.messages.Item;
import io.restassured.path.json.JsonPath;
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
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Scale-out of public-site, with packaged replicas as a deployment runs them: replica A writes an index
 * snapshot to S3 and stops; a report is published; replica B, started with an empty index folder,
 * restores the snapshot, catches up from its last event and only then says ready (the report is found the
 * moment it does), and follows new publications. With the snapshot damaged, replica C rebuilds instead.
 */
@Order(4)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchScaleOutTest {
    private static final Duration READY_WITHIN = Duration.ofMinutes(2);
    private static final Duration SEARCHABLE_WITHIN = Duration.ofSeconds(10);
    // beside the test stack's apps (18080–18082): replicas of their own, management ports 1000 above
    private static final int PORT_A = 18085;
    private static final int PORT_B = 18086;
    private static final int PORT_C = 18087;

    private static StackConfig stack;
    private static RunningApps apps;
    private static Path dataRoot;
    private static Map<String, String> environment;
    private static String prefix;
    private static final List<Long> reports = new ArrayList<>();
    private static long snapshotEvent;
    private static String publishedAfterSnapshot;

    @BeforeAll
    static void snapshotWrittenByReplicaA() throws Exception {
        stack = LocalStack.ensureRunning(TestStack.config());
        apps = RunningApps.none(stack);
        dataRoot = Files.createTempDirectory(stack.dataDir(), "scale-out-");
        // this run's own snapshot folder: nothing another run or test wrote is restored here
        prefix = "e2e-search-snapshots/" + dataRoot.getFileName();
        environment = Map.of("JIXIAO_SEARCH_SNAPSHOT_PREFIX", prefix);

        var withShortInterval =
                Map.of("JIXIAO_SEARCH_SNAPSHOT_PREFIX", prefix, "JIXIAO_SEARCH_SNAPSHOT_INTERVAL", "1s");
        Replica a = apps.startPublicSiteReplica("public-site-a", PORT_A, dataRoot.resolve("a"), withShortInterval);
        try {
            RunningApps.awaitReady(a, READY_WITHIN);
            await(
                    () -> metric(a, "jixiao_search_snapshot_writes_total\\{[^}]*outcome=\"written\"[^}]*}") >= 1,
                    READY_WITHIN,
                    "replica A wrote no snapshot; see " + a.log());
            snapshotEvent = (long) metric(a, "jixiao_search_snapshot_last_event");
        } finally {
            a.stop();
        }
        assertTrue(snapshotEvent > 0, "the snapshot names its last event");
        publishedAfterSnapshot = uniqueWord();
        publish(publishedAfterSnapshot);
    }

    @AfterAll
    static void stop() throws Exception {
        if (apps != null) {
            apps.close();
        }
        if (!reports.isEmpty()) {
            try (Connection db = owner();
                    PreparedStatement withdraw = db.prepareStatement("update report set status = 'WITHDRAWN',"
                            + " withdrawn_reason = '测试结束' where id = ? and status = 'PUBLISHED'")) {
                for (long id : reports) {
                    withdraw.setLong(1, id);
                    withdraw.executeUpdate();
                }
            }
        }
    }

    @Test
    @Order(1)
    void newReplicaRestoresTheSnapshotCatchesUpAndOnlyThenIsReady() throws Exception {
        Replica b = apps.startPublicSiteReplica("public-site-b", PORT_B, dataRoot.resolve("b"), environment);
        try {
            RunningApps.awaitReady(b, READY_WITHIN);
            // ready means caught up: the report published after the snapshot is found at once, no waiting
            assertEquals(
                    1,
                    search(b, publishedAfterSnapshot).getInt("total"),
                    "replica B said ready before it had caught up with the report published after the snapshot");

            JsonPath health = JsonPath.from(
                    given().get(b.managementUrl() + "/q/health/ready").asString());
            assertEquals("snapshot", health.getString("checks.find { it.name == 'search-index' }.data.origin"));
            assertEquals(1.0, metric(b, "jixiao_search_snapshot_restores_total\\{[^}]*outcome=\"restored\"[^}]*}"));
            String restored = logLine(b, "restored from snapshot");
            Matcher event = Pattern.compile("event (\\d+)").matcher(restored);
            assertTrue(event.find(), restored);
            assertEquals(snapshotEvent, Long.parseLong(event.group(1)), restored);
            assertTrue(logLine(b, "search index ready (snapshot)").contains("ready"));

            String later = uniqueWord();
            publish(later);
            await(
                    () -> search(b, later).getInt("total") == 1,
                    SEARCHABLE_WITHIN,
                    "a report published after replica B was ready did not become searchable there");
        } finally {
            b.stop();
        }
    }

    @Test
    @Order(2)
    void damagedSnapshotMeansARebuild() throws Exception {
        MinioClient s3 = MinioClient.builder()
                .endpoint(stack.s3Url())
                .credentials(Credentials.S3_ACCESS_KEY, Credentials.S3_SECRET_KEY)
                .region("cn-north-1")
                .build();
        int damaged = 0;
        for (Result<Item> result : s3.listObjects(ListObjectsArgs.builder()
                .bucket(Credentials.S3_BUCKET)
                .prefix(prefix + "/")
                .recursive(true)
                .build())) {
            String object = result.get().objectName();
            if (object.endsWith(".zip")) {
                byte[] garbage = "PK\u0003\u0004 damaged in transit".getBytes(StandardCharsets.ISO_8859_1);
                s3.putObject(PutObjectArgs.builder()
                        .bucket(Credentials.S3_BUCKET)
                        .object(object)
                        .data(garbage, garbage.length)
                        .build());
                damaged++;
            }
        }
        assertTrue(damaged > 0, "no snapshot archive under " + prefix);

        Replica c = apps.startPublicSiteReplica("public-site-c", PORT_C, dataRoot.resolve("c"), environment);
        try {
            RunningApps.awaitReady(c, READY_WITHIN);
            assertEquals(1, search(c, publishedAfterSnapshot).getInt("total"));
            JsonPath health = JsonPath.from(
                    given().get(c.managementUrl() + "/q/health/ready").asString());
            assertEquals("rebuild", health.getString("checks.find { it.name == 'search-index' }.data.origin"));
            assertTrue(logLine(c, "search snapshot not usable").contains("rebuilding instead"));
            assertTrue(logLine(c, "search index rebuilt").contains("threads"));
        } finally {
            c.stop();
        }
    }

    private static JsonPath search(Replica replica, String q) {
        return JsonPath.from(given().queryParam("q", q)
                .get(replica.url() + "/api/reports")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    /** A Prometheus sample of the replica (first match of the name pattern), NaN when absent. */
    private static double metric(Replica replica, String namePattern) {
        String text = given().get(replica.managementUrl() + "/q/metrics").asString();
        Matcher m = Pattern.compile("(?m)^" + namePattern + "(?:\\{[^}]*})? ([0-9.eE+-]+)$")
                .matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private static String logLine(Replica replica, String marker) throws Exception {
        for (String line : Files.readAllLines(replica.log())) {
            if (line.contains(marker)) {
                return line;
            }
        }
        throw new AssertionError("no \"" + marker + "\" in " + replica.log());
    }

    private static void await(BooleanSupplier condition, Duration timeout, String failure) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException | AssertionError notYet) {
                // not answering yet
            }
            Thread.sleep(50); // polling an observable condition until the deadline
        }
        throw new AssertionError(failure + " within " + timeout.toSeconds() + " s");
    }

    /** Inserts a published report as the portal's publication does (the trigger writes its event). */
    private static void publish(String word) throws SQLException {
        try (Connection db = owner();
                PreparedStatement insert = db.prepareStatement("""
                        insert into report (tenant_id, title, publisher, index_no, catalog, published_on, keywords,
                                            fiscal_year, kind, scope, score, grade, summary, body, status)
                        values ('430600', ?, '岳阳市财政局', ?, '评价报告', current_date, '绩效评价 扩容',
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
        var word = new StringBuilder("kr");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
