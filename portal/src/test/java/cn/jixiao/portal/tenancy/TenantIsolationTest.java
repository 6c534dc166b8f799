package cn.jixiao.portal.tenancy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Two locks keep regions apart: Hibernate's tenant filter and PostgreSQL row-level security. */
@QuarkusTest
class TenantIsolationTest {
    private static final String YIJINHUOLUO = "150627";
    private static final String BAOSHAN = "530500";

    /** The application role: what the portal connects as. */
    @Inject
    AgroalDataSource appRole;

    /** The owner (migrations): used here only to find the other region's ids. */
    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    @Test
    void baoshanUserCannotReadAnyYijinhuoluoDepartmentThroughAnyRoute() throws SQLException {
        String token = Tokens.accessToken("baoshan-dept");
        List<Long> foreignIds = idsOf(YIJINHUOLUO);
        assertFalse(foreignIds.isEmpty(), "the demo data has departments in 伊金霍洛旗");

        given().auth()
                .oauth2(token)
                .get("/api/departments?size=200")
                .then()
                .statusCode(200)
                .body("items.name", everyItem(not(containsString("伊金霍洛"))))
                .body("items.name", everyItem(not(containsString("阿勒腾席热"))));
        String missingBody = given().auth()
                .oauth2(token)
                .get("/api/departments/999999999")
                .then()
                .statusCode(404)
                .extract()
                .asString();
        for (long id : foreignIds) {
            String body = given().auth()
                    .oauth2(token)
                    .get("/api/departments/" + id)
                    .then()
                    .statusCode(404)
                    .extract()
                    .asString();
            assertEquals(missingBody, body, "another region's department looks exactly like a missing one");
            given().auth().oauth2(token).get("/departments/" + id).then().statusCode(404);
        }
        given().auth().oauth2(token).get("/departments").then().statusCode(200).body(not(containsString("伊金霍洛旗")));
    }

    @Test
    void rowLevelSecurityAloneShowsOnlyTheCurrentTenantsRows() throws Exception {
        // plain JDBC under the application role, with no tenant filter in the SQL
        Set<String> seen = Tenancy.runAs(BAOSHAN, () -> tenantsVisible("select tenant_id from department"));
        assertEquals(Set.of(BAOSHAN), seen);
        Set<String> reports = Tenancy.runAs(BAOSHAN, () -> tenantsVisible("select tenant_id from report"));
        assertEquals(Set.of(BAOSHAN), reports);
        assertTrue(idsOf(YIJINHUOLUO).size() > 0, "the other tenant's rows do exist");
    }

    @Test
    void connectionWithoutTenantSeesNoTenantRows() throws Exception {
        assertEquals(Set.of(), tenantsVisible("select tenant_id from department"));
        assertEquals(Set.of(), tenantsVisible("select tenant_id from report"));
    }

    @Test
    void rowLevelSecurityRefusesWritingIntoAnotherTenant() {
        var error = assertThrows(
                SQLException.class,
                () -> Tenancy.runAs(BAOSHAN, () -> {
                    try (Connection c = appRole.getConnection();
                            Statement s = c.createStatement()) {
                        return s.executeUpdate("insert into department (tenant_id, code, name) values ('" + YIJINHUOLUO
                                + "', 'rls-probe', '越权写入')");
                    }
                }));
        assertTrue(error.getMessage().contains("row-level security"), error.getMessage());
    }

    @Test
    void tokenWithoutRegionIsRefusedOnTenantData() {
        given().auth()
                .oauth2(Tokens.accessToken("platform-admin"))
                .get("/api/departments")
                .then()
                .statusCode(403)
                .body("message", containsString("未关联任何地区"));
    }

    @Test
    void requestWithoutLoginGetsNoData() {
        given().redirects()
                .follow(false)
                .get("/api/departments")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("message", containsString("请先登录"));
    }

    private Set<String> tenantsVisible(String sql) throws SQLException {
        var tenants = new HashSet<String>();
        try (Connection c = appRole.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                tenants.add(rs.getString(1));
            }
        }
        return tenants;
    }

    private List<Long> idsOf(String tenant) throws SQLException {
        var ids = new ArrayList<Long>();
        try (Connection c = owner.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id from department where tenant_id = '" + tenant + "'")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
