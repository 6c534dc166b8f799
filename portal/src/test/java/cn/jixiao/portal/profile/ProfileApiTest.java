package cn.jixiao.portal.profile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.portal.BookFixtures;
import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Department profiles through the JSON API; years of their own, never the demo year 2021. */
@QuarkusTest
class ProfileApiTest {

    @Test
    void demoProfileOfBaoshanHasTheSeedStaffing() {
        long id = BookFixtures.departmentId("530500", "zwfwglj");
        given().auth()
                .oauth2(Tokens.accessToken("baoshan-finance"))
                .get(url(id, 2021))
                .then()
                .statusCode(200)
                .body("staffQuota", equalTo(30))
                .body("staffQuotaAdministrative", equalTo(17))
                .body("staffQuotaInstitutional", equalTo(13))
                .body("staffActual", equalTo(34))
                .body("vehicleQuota", equalTo(1))
                .body("vehiclesActual", equalTo(1))
                .body("internalUnits", containsString("信息技术科"));
    }

    @Test
    void editorChangesOwnProfileAuditedWithBeforeAndAfter() {
        long id = BookFixtures.departmentId("530500", "zwfwglj");
        String token = Tokens.accessToken("baoshan-dept");
        Integer version = ensureProfile(token, id, 2030);
        int staff = ThreadLocalRandom.current().nextInt(31, 99);
        var body = body(version, staff);
        int profileId = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .put(url(id, 2030))
                .then()
                .statusCode(200)
                .body("staffActual", equalTo(staff + 11))
                .body("version", equalTo(version + 1))
                .extract()
                .path("id");
        given().auth()
                .oauth2(token)
                .get("/api/audit?entity=DepartmentProfile&entityId=" + profileId)
                .then()
                .statusCode(200)
                .body("[0].action", equalTo("UPDATE"))
                .body("[0].after.staffActualAdministrative", equalTo(staff))
                .body("[0].before.version", equalTo(version));
    }

    @Test
    void staleVersionIsA409AndNothingChanges() {
        long id = BookFixtures.departmentId("530500", "zwfwglj");
        String token = Tokens.accessToken("baoshan-dept");
        int version = ensureProfile(token, id, 2031);
        int stored =
                given().auth().oauth2(token).get(url(id, 2031)).then().extract().path("staffActualAdministrative");
        int changed = stored == 25 ? 26 : 25; // a real change, whatever the last run left
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body(version, changed))
                .put(url(id, 2031))
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body(version, 40))
                .put(url(id, 2031))
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(token)
                .get(url(id, 2031))
                .then()
                .statusCode(200)
                .body("staffActualAdministrative", equalTo(changed))
                .body("version", equalTo(version + 1));
    }

    @Test
    void negativeOrNonNumericCountsAreA400AndNothingIsSaved() {
        long id = BookFixtures.departmentId("530500", "zwfwglj");
        String token = Tokens.accessToken("baoshan-dept");
        int version = ensureProfile(token, id, 2032);
        String stored =
                given().auth().oauth2(token).get(url(id, 2032)).then().extract().asString();
        var negative = body(version, -1);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(negative)
                .put(url(id, 2032))
                .then()
                .statusCode(400)
                .body("fields.find { it.field == 'staffActualAdministrative' }.message", containsString("不能为负数"));
        var text = body(version, 5);
        text.put("vehicleQuota", "一辆");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(text)
                .put(url(id, 2032))
                .then()
                .statusCode(400)
                .body("fields.find { it.field == 'vehicleQuota' }.message", containsString("数字"));
        assertEquals(
                stored,
                given().auth().oauth2(token).get(url(id, 2032)).then().extract().asString());
    }

    @Test
    void financeReviewerReadsButCannotEdit() {
        long id = BookFixtures.departmentId("530500", "zwfwglj");
        given().auth()
                .oauth2(Tokens.accessToken("baoshan-finance"))
                .contentType(ContentType.JSON)
                .body(body(0, 1))
                .put(url(id, 2021))
                .then()
                .statusCode(403);
    }

    static String url(long id, int year) {
        return "/api/departments/" + id + "/profile?year=" + year;
    }

    static Map<String, Object> body(Integer version, int administrativeStaff) {
        var body = new LinkedHashMap<String, Object>();
        body.put("version", version);
        body.put("functions", "负责政务服务");
        body.put("internalUnits", "办公室");
        body.put("staffQuotaAdministrative", 17);
        body.put("staffQuotaInstitutional", 13);
        body.put("staffActualAdministrative", administrativeStaff);
        body.put("staffActualInstitutional", 11);
        body.put("vehicleQuota", 1);
        body.put("vehiclesActual", 1);
        return body;
    }

    static int ensureProfile(String token, long id, int year) {
        var response = given().auth().oauth2(token).get(url(id, year));
        if (response.statusCode() == 404) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(body(null, 20))
                    .put(url(id, year))
                    .then()
                    .statusCode(200);
            return 0;
        }
        return response.then().statusCode(200).extract().path("version");
    }
}
