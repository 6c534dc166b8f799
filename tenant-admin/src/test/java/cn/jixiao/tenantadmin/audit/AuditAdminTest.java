package cn.jixiao.tenantadmin.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Platform operators verify and export a region's audit chain; both are written to that region's log. */
@QuarkusTest
class AuditAdminTest {
    private static final String BAOSHAN = "530500";
    private static final String YUEYANG = "430600";

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    @Inject
    AuditRetention retention;

    private static String operator() {
        return Tokens.tenantAdminAccessToken("platform-admin");
    }

    @Test
    void operatorVerifiesARegionsChainAndTheCheckIsAudited() throws SQLException {
        given().auth()
                .oauth2(operator())
                .get("/api/tenants/" + BAOSHAN + "/audit/verify")
                .then()
                .statusCode(200);
        long before = count("select count(*) from audit_log where tenant_id = ? and action = 'VERIFY'", BAOSHAN);
        long otherBefore = count("select count(*) from audit_log where tenant_id = ? and action = 'VERIFY'", YUEYANG);
        given().auth()
                .oauth2(operator())
                .get("/api/tenants/" + BAOSHAN + "/audit/verify")
                .then()
                .statusCode(200)
                .body("region", equalTo(BAOSHAN))
                .body("ok", equalTo(true))
                .body("entries", greaterThan(0))
                .body("headHash", matchesPattern("[0-9a-f]{64}"));
        assertEquals(
                before + 1,
                count(
                        "select count(*) from audit_log where tenant_id = ? and action = 'VERIFY'"
                                + " and actor = 'platform-admin' and entity = 'AuditLog'",
                        BAOSHAN));
        assertEquals(
                otherBefore,
                count("select count(*) from audit_log where tenant_id = ? and action = 'VERIFY'", YUEYANG));
    }

    @Test
    void operatorExportsOneRegionsLogWithHashes() throws SQLException {
        // the region's log holds at least this check, whichever tests ran before
        given().auth()
                .oauth2(operator())
                .get("/api/tenants/" + YUEYANG + "/audit/verify")
                .then()
                .statusCode(200);
        var answer = given().auth()
                .oauth2(operator())
                .get("/api/tenants/" + YUEYANG + "/audit?format=csv")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract();
        String[] lines = answer.asString().replace("\uFEFF", "").split("\r\n");
        assertTrue(lines[0].contains("prev_hash") && lines[0].contains("hash"));
        long headSeq = Long.parseLong(answer.header("X-Audit-Head-Seq"));
        // the region's own entries only, all of them up to the head
        assertEquals(
                count("select count(*) from audit_log where tenant_id = ? and seq <= ?", YUEYANG, headSeq),
                lines.length - 1);
        assertTrue(lines[lines.length - 1].endsWith(answer.header("X-Audit-Head-Hash")));
        assertTrue(count(
                        "select count(*) from audit_log where tenant_id = ? and action = 'EXPORT' and entity = 'AuditLog'",
                        YUEYANG)
                > 0);
    }

    @Test
    void unknownRegionsAndWrongFormatsAreRefusedAndPortalTokensAreNotOperators() {
        given().auth()
                .oauth2(operator())
                .get("/api/tenants/999999/audit/verify")
                .then()
                .statusCode(404)
                .body("message", containsString("尚未开通"));
        given().auth().oauth2(operator()).get("/api/tenants/abc/audit").then().statusCode(404);
        given().auth()
                .oauth2(operator())
                .get("/api/tenants/" + BAOSHAN + "/audit?format=pdf")
                .then()
                .statusCode(400)
                .body("message", containsString("csv"));
        given().auth()
                .oauth2(Tokens.accessToken("baoshan-admin"))
                .get("/api/tenants/" + BAOSHAN + "/audit/verify")
                .then()
                .statusCode(401);
    }

    @Test
    void retentionRemovesNothingYoungerThanItsDaysAndTheChainStillVerifies() throws SQLException {
        long entries = count("select count(*) from audit_log where tenant_id = ?", BAOSHAN);
        retention.pruneAll();
        assertEquals(entries, count("select count(*) from audit_log where tenant_id = ?", BAOSHAN));
        given().auth()
                .oauth2(operator())
                .get("/api/tenants/" + BAOSHAN + "/audit/verify")
                .then()
                .statusCode(200)
                .body("ok", equalTo(true));
        assertFalse(count("select count(*) from audit_cut where tenant_id = ?", BAOSHAN) > 0);
    }

    private long count(String sql, Object... params) throws SQLException {
        try (Connection c = owner.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
