package cn.jixiao.portal.region;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The region's settings are one row with one version: the procurement threshold and the kiosks' network
 * sign-off unit, set from two forms, can never overwrite each other unseen.
 */
@QuarkusTest
class RegionSettingsTest {
    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void aSettingsFormReadBeforeAnotherSettingWasSavedIsRefusedAndBothSettingsKeepTheirValues() {
        String finance = Tokens.accessToken("baoshan-finance");
        var threshold = as(finance)
                .get("/api/settings/procurement-threshold")
                .then()
                .extract()
                .jsonPath();
        var kiosk = as(finance).get("/api/settings/kiosk").then().extract().jsonPath();
        int version = threshold.getInt("version");
        assertEquals(version, kiosk.getInt("version"), "one row, one version");
        String oldThreshold = threshold.getString("procurementThreshold");
        Object oldUnit = kiosk.get("networkSignOffDepartmentId");

        try {
            int saved = as(finance)
                    .body(Map.of("procurementThreshold", 55, "version", version))
                    .put("/api/settings/procurement-threshold")
                    .then()
                    .statusCode(200)
                    .body("procurementThreshold", equalTo(55))
                    .extract()
                    .path("version");

            // the kiosk form was opened before the threshold was saved: its version is stale
            var stale = new HashMap<String, Object>();
            stale.put("networkSignOffDepartmentId", null);
            stale.put("version", version);
            as(finance)
                    .body(stale)
                    .put("/api/settings/kiosk")
                    .then()
                    .statusCode(409)
                    .body("message", containsString("此记录已被他人修改"));

            stale.put("version", saved);
            int afterBoth = as(finance)
                    .body(stale)
                    .put("/api/settings/kiosk")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("version");
            as(finance)
                    .get("/api/settings/procurement-threshold")
                    .then()
                    .body("procurementThreshold", equalTo(55))
                    .body("version", equalTo(afterBoth));
        } finally {
            int current =
                    as(finance).get("/api/settings/kiosk").then().extract().path("version");
            var unit = new HashMap<String, Object>();
            unit.put("networkSignOffDepartmentId", oldUnit);
            unit.put("version", current);
            int restored = as(finance)
                    .body(unit)
                    .put("/api/settings/kiosk")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("version");
            as(finance)
                    .body(Map.of("procurementThreshold", new BigDecimal(oldThreshold), "version", restored))
                    .put("/api/settings/procurement-threshold")
                    .then()
                    .statusCode(200);
        }
    }
}
