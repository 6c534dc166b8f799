package cn.jixiao.tenantadmin.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.localstack.Credentials;
import cn.jixiao.platform.audit.AuditVerification;
import cn.jixiao.platform.audit.AuditVerifier;
import cn.jixiao.testing.TestStack;
import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The platform's own audit log (V26, 平台运维日志): operators' sign-ins, refusals and exports in
 * tenant-admin are written to it; its chain verifies, and an edited or deleted entry is named by the
 * verifier; retention keeps at least 180 days; region users cannot read it. The tampering happens in an
 * owner transaction that is rolled back, so no other session ever sees the broken chain.
 */
@QuarkusTest
class PlatformAuditTest {
    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    @Inject
    AgroalDataSource platform;

    @Inject
    AuditRetention retention;

    private static String operator() {
        return Tokens.tenantAdminAccessToken("platform-admin");
    }

    @Test
    void anOperatorsSignInIsRecordedOncePerSession() throws SQLException {
        String token = operator();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).get("/api/tenants").then().statusCode(200);
        }
        String sid = JsonPath.from(
                        new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8))
                .getString("sid");
        assertNotNull(sid);
        assertEquals(
                1,
                count(
                        "select count(*) from operator_audit_log where entity = 'Session' and action = 'LOGIN'"
                                + " and actor = 'platform-admin' and after ->> 'sid' = ? and after ->> 'via' = 'token'"
                                + " and after ->> 'operator' = 'true'",
                        sid));
        // a new token is a new session: one more sign-in
        String second = operator();
        given().auth().oauth2(second).get("/api/tenants").then().statusCode(200);
        assertEquals(
                2,
                count(
                        "select count(*) from operator_audit_log where entity = 'Session' and action = 'LOGIN'"
                                + " and after ->> 'sid' in (?, ?)",
                        sid,
                        sid(second)));
    }

    @Test
    void refusedRequestsAreRecordedWithPathStatusAndMessage() throws SQLException {
        given().auth()
                .oauth2(operator())
                .get("/api/tenants/999999/audit/verify")
                .then()
                .statusCode(404);
        assertTrue(count("select count(*) from operator_audit_log where entity = 'Request' and action = 'REFUSED'"
                        + " and actor = 'platform-admin' and after ->> 'method' = 'GET'"
                        + " and after ->> 'path' = '/api/tenants/999999/audit/verify'"
                        + " and after ->> 'status' = '404' and after ->> 'message' like '%尚未开通%'"
                        + " and after ->> 'ip' is not null")
                > 0);

        long before = count("select count(*) from operator_audit_log where entity = 'Request'"
                + " and actor = 'baoshan-admin' and after ->> 'path' = '/api/platform/audit/verify'");
        given().auth()
                .oauth2(Tokens.tenantAdminAccessToken("baoshan-admin"))
                .get("/api/platform/audit/verify")
                .then()
                .statusCode(403);
        assertEquals(
                before + 1,
                count("select count(*) from operator_audit_log where entity = 'Request' and action = 'REFUSED'"
                        + " and actor = 'baoshan-admin' and after ->> 'path' = '/api/platform/audit/verify'"
                        + " and after ->> 'status' = '403' and after ->> 'message' like '%平台运维%'"));
    }

    @Test
    void anExportIsRecordedAndHoldsTheChainUpToItsHead() throws SQLException {
        long exports = count("select count(*) from operator_audit_log where entity = 'Download' and action = 'EXPORT'"
                + " and actor = 'platform-admin' and after ->> 'path' = '/api/platform/audit'");
        var answer = given().auth()
                .oauth2(operator())
                .get("/api/platform/audit?format=csv")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("audit-log-platform.csv"))
                .extract();
        String[] lines = answer.asString().replace("\uFEFF", "").split("\r\n");
        assertTrue(lines[0].contains("prev_hash"));
        long anchorSeq = Long.parseLong(answer.header("X-Audit-Anchor-Seq"));
        long headSeq = Long.parseLong(answer.header("X-Audit-Head-Seq"));
        assertEquals(headSeq - anchorSeq, lines.length - 1);
        assertTrue(lines[lines.length - 1].endsWith(answer.header("X-Audit-Head-Hash")));

        assertEquals(
                exports + 1,
                count("select count(*) from operator_audit_log where entity = 'Download' and action = 'EXPORT'"
                        + " and actor = 'platform-admin' and after ->> 'path' = '/api/platform/audit'"
                        + " and after ->> 'query' = 'format=csv'"));
        assertTrue(count(
                        "select count(*) from operator_audit_log where entity = 'AuditLog' and action = 'EXPORT'"
                                + " and after ->> 'headSeq' = ?",
                        Long.toString(headSeq))
                > 0);
        given().auth()
                .oauth2(operator())
                .get("/api/platform/audit?format=xlsx")
                .then()
                .statusCode(200)
                .contentType(containsString("spreadsheetml"));
        given().auth()
                .oauth2(operator())
                .get("/api/platform/audit?format=pdf")
                .then()
                .statusCode(400)
                .body("message", containsString("csv"));
    }

    @Test
    void thePlatformChainVerifiesAndTheCheckIsRecorded() throws SQLException {
        given().auth().oauth2(operator()).get("/api/tenants").then().statusCode(200);
        long checks = count("select count(*) from operator_audit_log where entity = 'AuditLog' and action = 'VERIFY'");
        given().auth()
                .oauth2(operator())
                .get("/api/platform/audit/verify")
                .then()
                .statusCode(200)
                .body("region", equalTo(AuditVerifier.PLATFORM))
                .body("ok", equalTo(true))
                .body("entries", greaterThan(0))
                .body("headHash", matchesPattern("[0-9a-f]{64}"));
        assertEquals(
                checks + 1,
                count("select count(*) from operator_audit_log where entity = 'AuditLog' and action = 'VERIFY'"
                        + " and actor = 'platform-admin' and after ->> 'ok' = 'true'"));
        try (Connection c = platform.getConnection()) {
            assertTrue(AuditVerifier.chains(c).contains(AuditVerifier.PLATFORM));
            AuditVerification result = AuditVerifier.verify(c, AuditVerifier.PLATFORM);
            assertTrue(result.ok(), result.line());
            assertTrue(result.line().contains("平台运维日志"), result.line());
        }
    }

    @Test
    void anEditedEntryIsNamedByTheVerifier() throws SQLException {
        ensureEntries(4);
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try {
                long seq = anchor(c) + 2;
                long id = single(c, "select id from operator_audit_log where seq = ?", seq);
                exec(c, "update operator_audit_log set actor = 'mallory' where seq = ?", seq);
                AuditVerification result = AuditVerifier.verify(c, AuditVerifier.PLATFORM);
                assertFalse(result.ok());
                assertEquals(seq, result.brokenSeq());
                assertEquals(id, result.brokenId());
                assertTrue(result.reason().contains("edited"), result.reason());
                assertTrue(result.line().startsWith("BROKEN platform"), result.line());
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
            assertTrue(AuditVerifier.verify(c, AuditVerifier.PLATFORM).ok());
        }
    }

    @Test
    void deletedEntriesAreReportedInTheMiddleAndAtTheEnd() throws SQLException {
        ensureEntries(4);
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try {
                long seq = anchor(c) + 2;
                exec(c, "delete from operator_audit_log where seq = ?", seq);
                AuditVerification result = AuditVerifier.verify(c, AuditVerifier.PLATFORM);
                assertFalse(result.ok());
                assertEquals(seq, result.brokenSeq());
                assertTrue(result.reason().contains("missing"), result.reason());
            } finally {
                c.rollback();
            }
            try {
                long last = single(c, "select max(seq) from operator_audit_log");
                exec(c, "delete from operator_audit_log where seq = ?", last);
                AuditVerification result = AuditVerifier.verify(c, AuditVerifier.PLATFORM);
                assertFalse(result.ok());
                assertEquals(last, result.brokenSeq());
                assertTrue(result.reason().contains("at the end"), result.reason());
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
            assertTrue(AuditVerifier.verify(c, AuditVerifier.PLATFORM).ok());
        }
    }

    @Test
    void theAppRolesCannotChangeTheLogAndRegionUsersCannotReadIt() throws SQLException {
        ensureEntries(1);
        for (String sql : List.of(
                "update operator_audit_log set actor = 'mallory'",
                "delete from operator_audit_log",
                "update operator_audit_chain set head_seq = 0")) {
            try (Connection c = platform.getConnection();
                    PreparedStatement s = c.prepareStatement(sql)) {
                SQLException refused = assertThrows(SQLException.class, s::executeUpdate);
                assertEquals("42501", refused.getSQLState(), refused.getMessage());
            }
        }
        // the portal's role (region users) and public-site's: not a row, not even a grant
        for (String[] role : List.of(
                new String[] {Credentials.DB_APP, Credentials.DB_APP_PASSWORD},
                new String[] {Credentials.DB_PUBLIC, Credentials.DB_PUBLIC_PASSWORD})) {
            try (Connection c = DriverManager.getConnection(jdbcUrl(), role[0], role[1]);
                    PreparedStatement s = c.prepareStatement("select count(*) from operator_audit_log")) {
                SQLException refused = assertThrows(SQLException.class, s::executeQuery);
                assertEquals("42501", refused.getSQLState(), refused.getMessage());
            }
        }
        given().auth()
                .oauth2(Tokens.accessToken("baoshan-admin"))
                .get("/api/platform/audit?format=csv")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(Tokens.tenantAdminAccessToken("baoshan-admin"))
                .get("/api/platform/audit?format=csv")
                .then()
                .statusCode(403)
                .body("message", containsString("平台运维"));
        try (Connection c = owner.getConnection()) {
            assertTrue(AuditVerifier.verify(c, AuditVerifier.PLATFORM).ok());
        }
    }

    @Test
    void retentionNeverRemovesEntriesYoungerThan180Days() throws SQLException {
        ensureEntries(3);
        long entries = count("select count(*) from operator_audit_log");
        long cuts = count("select count(*) from operator_audit_cut");
        retention.pruneAll();
        assertEquals(entries, count("select count(*) from operator_audit_log"));
        assertEquals(cuts, count("select count(*) from operator_audit_cut"));

        try (Connection c = owner.getConnection()) {
            SQLException tooShort =
                    assertThrows(SQLException.class, () -> single(c, "select operator_audit_prune(179, 'test')"));
            assertTrue(tooShort.getMessage().contains("180"), tooShort.getMessage());
            c.setAutoCommit(false);
            try {
                long anchor = anchor(c);
                // the oldest entry 179 days old: inside the floor, so nothing is cut even with 180 days
                exec(c, "update operator_audit_log set at = now() - interval '179 days' where seq = ?", anchor + 1);
                assertEquals(0, single(c, "select operator_audit_prune(180, 'test')"));
                // the two oldest 400 days old: exactly those two go, and the rest verifies from the new anchor
                exec(
                        c,
                        "update operator_audit_log set at = now() - interval '400 days' where seq in (?, ?)",
                        anchor + 1,
                        anchor + 2);
                long total = single(c, "select count(*) from operator_audit_log");
                assertEquals(2, single(c, "select operator_audit_prune(365, 'test')"));
                assertEquals(total - 2, single(c, "select count(*) from operator_audit_log"));
                assertEquals(
                        anchor + 2, single(c, "select through_seq from operator_audit_cut order by id desc limit 1"));
                AuditVerification result = AuditVerifier.verify(c, AuditVerifier.PLATFORM);
                assertTrue(result.ok(), result.line());
                assertEquals(anchor + 2, result.anchorSeq());
                assertEquals(0, single(c, "select operator_audit_prune(365, 'test')"));
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
        assertEquals(entries, count("select count(*) from operator_audit_log"));
    }

    /** At least n entries: each request with a new token is a sign-in, so n such requests are enough. */
    private void ensureEntries(int n) throws SQLException {
        for (int i = 0; i < n && count("select count(*) from operator_audit_log") < n; i++) {
            given().auth().oauth2(operator()).get("/api/tenants").then().statusCode(200);
        }
        assertTrue(
                count("select count(*) from operator_audit_log") >= n, "sign-ins are not written to the platform log");
    }

    private static String sid(String token) {
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8))
                .getString("sid");
    }

    private static String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + TestStack.config().postgresPort() + "/" + Credentials.DB_NAME;
    }

    private static long anchor(Connection c) throws SQLException {
        return single(c, "select anchor_seq from operator_audit_chain");
    }

    private static long single(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void exec(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }

    private long count(String sql, Object... params) throws SQLException {
        try (Connection c = owner.getConnection()) {
            return single(c, sql, params);
        }
    }
}
