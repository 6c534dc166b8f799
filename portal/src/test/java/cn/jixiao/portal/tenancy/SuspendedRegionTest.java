package cn.jixiao.portal.tenancy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A region suspended in tenant-admin (its tenant row's status) is refused here: its users' tokens and
 * sessions reach no region data, while the other regions go on. The region look-up is cached for
 * 5 s (application.properties); the test empties that cache instead of waiting for it to expire.
 */
@QuarkusTest
class SuspendedRegionTest {
    private static final String YUEYANG = "430600";

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    @Inject
    @CacheName("tenant-by-slug")
    Cache regions;

    @Test
    void aSuspendedRegionsUsersAreRefusedAndOthersAreNot() throws SQLException {
        String yueyang = Tokens.accessToken("yueyang-finance");
        String baoshan = Tokens.accessToken("baoshan-finance");
        given().auth().oauth2(yueyang).get("/api/departments").then().statusCode(200);
        status(YUEYANG, "SUSPENDED");
        try {
            regions.invalidateAll().await().indefinitely();
            given().auth()
                    .oauth2(yueyang)
                    .get("/api/departments")
                    .then()
                    .statusCode(403)
                    .body("message", containsString("地区"));
            given().auth().oauth2(yueyang).get("/api/ratios").then().statusCode(403);
            // a token taken after the suspension is refused just the same
            given().auth()
                    .oauth2(Tokens.accessToken("yueyang-dept"))
                    .get("/api/projects")
                    .then()
                    .statusCode(403);
            given().auth().oauth2(baoshan).get("/api/departments").then().statusCode(200);
        } finally {
            status(YUEYANG, "ACTIVE");
            regions.invalidateAll().await().indefinitely();
        }
        given().auth().oauth2(yueyang).get("/api/departments").then().statusCode(200);
    }

    private void status(String code, String status) throws SQLException {
        try (var connection = owner.getConnection();
                var statement = connection.prepareStatement("update tenant set status = ? where code = ?")) {
            statement.setString(1, status);
            statement.setString(2, code);
            statement.executeUpdate();
        }
    }
}
