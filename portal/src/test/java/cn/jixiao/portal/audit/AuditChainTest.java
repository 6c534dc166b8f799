package cn.jixiao.portal.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.platform.audit.AuditHashes;
import cn.jixiao.platform.audit.AuditVerification;
import cn.jixiao.platform.audit.AuditVerifier;
import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.BookFixtures;
import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit log's hash chain (V21): verified after ordinary activity, broken by an owner's edit or
 * deletion (the verifier names the entry), intact under concurrent writers, append-only for the app,
 * cut only by retention with an anchor; refusals and sign-ins are written; each region exports only
 * its own log, which verifies from the file alone. Tampering happens in a scratch region of its own,
 * so the demo regions' chains stay intact for everyone else.
 */
@QuarkusTest
class AuditChainTest {
    private static final String YIJINHUOLUO = "150627";
    private static final String BAOSHAN = "530500";

    @Inject
    SecurityEvents events;

    @Inject
    AgroalDataSource app;

    private String scratch;

    @BeforeEach
    void scratchRegion() {
        scratch = "99" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
        BookFixtures.execute("delete from audit_log where tenant_id = ?", scratch);
        BookFixtures.execute("delete from audit_cut where tenant_id = ?", scratch);
        BookFixtures.execute("delete from audit_chain where tenant_id = ?", scratch);
        BookFixtures.execute(
                "insert into region (code, name, level) values (?, '审计测试县', 'COUNTY') on conflict do nothing", scratch);
        BookFixtures.execute(
                "insert into tenant (code, slug, status) values (?, ?, 'SUSPENDED') on conflict do nothing",
                scratch,
                "audit-test-" + scratch);
    }

    @AfterEach
    void removeScratchRegion() {
        BookFixtures.execute("delete from audit_log where tenant_id = ?", scratch);
        BookFixtures.execute("delete from audit_cut where tenant_id = ?", scratch);
        BookFixtures.execute("delete from audit_chain where tenant_id = ?", scratch);
        BookFixtures.execute("delete from tenant where code = ?", scratch);
        BookFixtures.execute("delete from region where code = ?", scratch);
    }

    private void write(int entries) {
        for (int i = 0; i < entries; i++) {
            assertTrue(events.record(
                    scratch, "tester", "UPDATE", "DepartmentBudget", Map.of("n", i, "备注", "第" + i + "次")));
        }
    }

    private static AuditVerification verify(String region) throws SQLException {
        try (Connection c = owner().getConnection()) {
            return AuditVerifier.verify(c, region);
        }
    }

    private long idOf(long seq) {
        return BookFixtures.queryLong("select id from audit_log where tenant_id = ? and seq = ?", scratch, seq);
    }

    @Test
    void demoRegionsChainsVerifyAfterOrdinaryActivity() throws SQLException {
        String token = Tokens.accessToken("yijinhuoluo-finance");
        long foreign = BookFixtures.departmentId(BAOSHAN, "czj");
        given().auth().oauth2(token).get("/api/departments/" + foreign).then().statusCode(404);
        given().auth().oauth2(token).get("/api/audit/export?format=csv").then().statusCode(200);

        for (String region : List.of(YIJINHUOLUO, BAOSHAN)) {
            AuditVerification result = verify(region);
            assertTrue(result.ok(), result.line());
            assertTrue(result.entries() > 0, result.line());
            assertEquals(result.headSeq(), result.entries() + result.anchorSeq());
        }
    }

    @Test
    void anEntryEditedByTheOwnerIsNamedByTheVerifier() throws SQLException {
        write(5);
        assertTrue(verify(scratch).ok());
        long id = idOf(3);
        BookFixtures.execute("update audit_log set actor = 'mallory' where id = ?", id);

        AuditVerification result = verify(scratch);
        assertFalse(result.ok());
        assertEquals(3L, result.brokenSeq());
        assertEquals(id, result.brokenId());
        assertTrue(result.reason().contains("edited"), result.reason());
    }

    @Test
    void aDeletedEntryIsReportedAsAGap() throws SQLException {
        write(5);
        BookFixtures.execute("delete from audit_log where tenant_id = ? and seq = 2", scratch);

        AuditVerification result = verify(scratch);
        assertFalse(result.ok());
        assertEquals(2L, result.brokenSeq());
        assertTrue(result.reason().contains("missing"), result.reason());
    }

    @Test
    void entriesCutFromTheEndAreReported() throws SQLException {
        write(4);
        BookFixtures.execute("delete from audit_log where tenant_id = ? and seq = 4", scratch);

        AuditVerification result = verify(scratch);
        assertFalse(result.ok());
        assertEquals(4L, result.brokenSeq());
        assertTrue(result.reason().contains("at the end"), result.reason());
    }

    @Test
    void swappedEntriesBreakTheChain() throws SQLException {
        write(4);
        long two = idOf(2);
        long three = idOf(3);
        BookFixtures.execute("update audit_log set seq = -1 where id = ?", two);
        BookFixtures.execute("update audit_log set seq = 2 where id = ?", three);
        BookFixtures.execute("update audit_log set seq = 3 where id = ?", two);

        AuditVerification result = verify(scratch);
        assertFalse(result.ok());
        assertEquals(2L, result.brokenSeq());
        assertEquals(three, result.brokenId());
    }

    @Test
    void concurrentWritersStillMakeOneGaplessChain() throws Exception {
        int threads = 6;
        int each = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    int saved = 0;
                    for (int i = 0; i < each; i++) {
                        saved += events.record(scratch, "writer-" + thread, "UPDATE", "Device", Map.of("i", i)) ? 1 : 0;
                    }
                    return saved;
                }));
            }
            for (Future<Integer> f : done) {
                assertEquals(each, f.get());
            }
        } finally {
            pool.shutdown();
        }
        AuditVerification result = verify(scratch);
        assertTrue(result.ok(), result.line());
        assertEquals(threads * each, result.entries());
        assertEquals(threads * each, result.headSeq());
    }

    @Test
    void theAppRoleCannotUpdateOrDeleteAuditEntries() throws Exception {
        write(1);
        for (String sql : List.of(
                "update audit_log set actor = 'mallory' where tenant_id = ?",
                "delete from audit_log where tenant_id = ?")) {
            SQLException refused = assertThrows(
                    SQLException.class,
                    () -> Tenancy.runAs(scratch, () -> {
                        try (Connection c = app.getConnection();
                                PreparedStatement s = c.prepareStatement(sql)) {
                            s.setString(1, scratch);
                            return s.executeUpdate();
                        }
                    }));
            assertEquals("42501", refused.getSQLState(), refused.getMessage());
        }
        assertTrue(verify(scratch).ok());
    }

    @Test
    void retentionKeepsAtLeast180DaysAndTheChainStillVerifiesFromItsAnchor() throws SQLException {
        for (int i = 0; i < 3; i++) {
            BookFixtures.execute(
                    "insert into audit_log (tenant_id, at, actor, action, entity) values (?, now() - interval '400 days',"
                            + " 'tester', 'UPDATE', 'Old')",
                    scratch);
        }
        write(2);
        IllegalStateException tooShort = assertThrows(
                IllegalStateException.class,
                () -> BookFixtures.queryLong("select audit_prune(?, 179, 'test')", scratch));
        assertTrue(tooShort.getMessage().contains("180"), tooShort.getMessage());

        assertEquals(3, BookFixtures.queryLong("select audit_prune(?, 365, 'test')", scratch));
        assertEquals(3, BookFixtures.queryLong("select through_seq from audit_cut where tenant_id = ?", scratch));
        AuditVerification result = verify(scratch);
        assertTrue(result.ok(), result.line());
        assertEquals(2, result.entries());
        assertEquals(3, result.anchorSeq());
        assertEquals(0, BookFixtures.queryLong("select audit_prune(?, 365, 'test')", scratch));
    }

    @Test
    void aRefusalToASignedInUserIsAudited() {
        long foreign = BookFixtures.departmentId(BAOSHAN, "czj");
        String token = Tokens.accessToken("yijinhuoluo-dept");
        given().auth().oauth2(token).get("/api/departments/" + foreign).then().statusCode(404);
        given().auth().oauth2(token).get("/api/audit/export").then().statusCode(403);

        assertEquals(
                1,
                BookFixtures.queryLong(
                        "select count(*) from audit_log where tenant_id = ? and entity = 'Request' and action = 'REFUSED'"
                                + " and actor = 'yijinhuoluo-dept' and after ->> 'path' = ? and after ->> 'status' = '404'",
                        YIJINHUOLUO,
                        "/api/departments/" + foreign));
        assertTrue(BookFixtures.queryLong(
                        "select count(*) from audit_log where tenant_id = ? and entity = 'Request' and action = 'REFUSED'"
                                + " and actor = 'yijinhuoluo-dept' and after ->> 'path' = '/api/audit/export'"
                                + " and after ->> 'status' = '403' and after ->> 'message' like '%财政审核人员%'",
                        YIJINHUOLUO)
                > 0);
        assertEquals(
                0,
                BookFixtures.queryLong(
                        "select count(*) from audit_log where tenant_id = ? and after ->> 'path' = ?",
                        BAOSHAN,
                        "/api/departments/" + foreign));
    }

    @Test
    void aNewTokensFirstRequestIsRecordedAsOneSignIn() {
        String token = Tokens.accessToken("baoshan-dept");
        given().auth().oauth2(token).get("/api/me").then().statusCode(200);
        given().auth().oauth2(token).get("/api/departments").then().statusCode(200);
        given().auth().oauth2(token).get("/api/departments").then().statusCode(200);
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        String sid = JsonPath.from(payload).getString("sid");
        assertNotNull(sid);
        long signIns = BookFixtures.queryLong(
                "select count(*) from audit_log where tenant_id = ? and entity = 'Session' and action = 'LOGIN'"
                        + " and actor = 'baoshan-dept' and after ->> 'sid' = ? and after ->> 'via' = 'token'",
                BAOSHAN,
                sid);
        assertEquals(1, signIns);
    }

    @Test
    void financeExportsOnlyItsOwnRegionAndTheFileVerifiesAlone() throws Exception {
        var answer = given().auth()
                .oauth2(Tokens.accessToken("baoshan-finance"))
                .get("/api/audit/export?format=csv")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract();
        long anchorSeq = Long.parseLong(answer.header("X-Audit-Anchor-Seq"));
        String previous = answer.header("X-Audit-Anchor-Hash");
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(answer.asString().replace("\uFEFF", "")))
                .getRecords();
        assertFalse(rows.isEmpty());
        long expected = anchorSeq + 1;
        for (CSVRecord row : rows) {
            long seq = Long.parseLong(row.get(0));
            assertEquals(expected++, seq);
            var entry = new AuditHashes.Entry(
                    seq,
                    BAOSHAN,
                    Long.parseLong(row.get(1)),
                    Instant.parse(row.get(2)),
                    unguard(row.get(3)),
                    row.get(4),
                    row.get(5),
                    row.get(6).isEmpty() ? null : Long.valueOf(row.get(6)),
                    row.get(7).isEmpty() ? null : row.get(7),
                    row.get(8).isEmpty() ? null : row.get(8),
                    row.get(9));
            assertEquals(previous, entry.prevHash(), "seq " + seq);
            previous = AuditHashes.hash(entry);
            assertEquals(previous, row.get(10), "seq " + seq);
        }
        assertEquals(answer.header("X-Audit-Head-Hash"), previous);
        // every row is the bureau's own: the same count as its region holds up to the head
        assertEquals(
                BookFixtures.queryLong(
                        "select count(*) from audit_log where tenant_id = ? and seq <= ?",
                        BAOSHAN,
                        Long.parseLong(answer.header("X-Audit-Head-Seq"))),
                rows.size());

        given().auth()
                .oauth2(Tokens.accessToken("baoshan-finance"))
                .get("/api/audit/export?format=xlsx")
                .then()
                .statusCode(200)
                .contentType(containsString("spreadsheetml"));
        given().auth()
                .oauth2(Tokens.accessToken("baoshan-finance"))
                .get("/api/audit/export?format=pdf")
                .then()
                .statusCode(400);
        assertTrue(BookFixtures.queryLong(
                        "select count(*) from audit_log where tenant_id = ? and entity = 'Download' and action = 'EXPORT'"
                                + " and actor = 'baoshan-finance' and after ->> 'path' = '/api/audit/export'",
                        BAOSHAN)
                >= 2);
    }

    /** The CSV writer guards text that Excel would take for a formula with an apostrophe. */
    private static String unguard(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0
                ? text.substring(1)
                : text;
    }

    private static AgroalDataSource owner() {
        return Arc.container()
                .instance(AgroalDataSource.class, new DataSource.DataSourceLiteral("owner"))
                .get();
    }
}
