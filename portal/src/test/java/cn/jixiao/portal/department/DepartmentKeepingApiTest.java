package cn.jixiao.portal.department;

import static cn.jixiao.portal.kiosk.KioskImportFixtures.csv;
import static cn.jixiao.portal.kiosk.KioskImportFixtures.exportSheet;
import static cn.jixiao.portal.kiosk.KioskImportFixtures.importSheet;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The region's admin keeps its departments through /api/departments and the 部门 sheet; nobody else does. */
@QuarkusTest
class DepartmentKeepingApiTest {
    private static final String ADMIN = "yijinhuoluo-admin";

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    @AfterEach
    void removeTestDepartments() throws SQLException {
        try (Connection c = owner.getConnection()) {
            c.createStatement().executeUpdate("update department set parent_id = null where code like 't9-%'");
            c.createStatement().executeUpdate("delete from department where code like 't9-%'");
        }
    }

    private static Response post(String user, String path, Object body) {
        return given().auth()
                .oauth2(Tokens.accessToken(user))
                .contentType(ContentType.JSON)
                .body(body)
                .post(path);
    }

    private static Response put(String user, String path, Object body) {
        return given().auth()
                .oauth2(Tokens.accessToken(user))
                .contentType(ContentType.JSON)
                .body(body)
                .put(path);
    }

    private static int create(String code, String name, String kind, Integer parentId) {
        var body = new java.util.HashMap<String, Object>(Map.of("code", code, "name", name, "kind", kind));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return post(ADMIN, "/api/departments", body)
                .then()
                .statusCode(201)
                .body("code", equalTo(code))
                .body("active", equalTo(true))
                .extract()
                .path("id");
    }

    @Test
    void theRegionsAdminCreatesABureauAndAUnitUnderIt() {
        int bureau = create("t9-wjw", "伊金霍洛旗卫生健康委员会", "BUREAU", null);
        int unit = create("t9-jkzx", "伊金霍洛旗疾病预防控制中心", "UNIT", bureau);
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-finance"))
                .get("/api/departments/" + unit)
                .then()
                .statusCode(200)
                .body("parentId", equalTo(bureau))
                .body("parentName", equalTo("伊金霍洛旗卫生健康委员会"))
                .body("kind", equalTo("UNIT"));
    }

    @Test
    void aUnitNeedsItsDepartmentAndACommunityCannotSitUnderABureau() {
        post(ADMIN, "/api/departments", Map.of("code", "t9-u", "name", "某单位", "kind", "UNIT"))
                .then()
                .statusCode(400)
                .body("fields.field", hasItem("parentId"));
        int bureau = create("t9-b", "伊金霍洛旗某局", "BUREAU", null);
        post(ADMIN, "/api/departments", Map.of("code", "t9-c", "name", "某社区", "kind", "COMMUNITY", "parentId", bureau))
                .then()
                .statusCode(400)
                .body("message", containsString("不能设在"));
    }

    @Test
    void codesAndBudgetCodesAreUniqueInTheRegionButNotAcrossRegions() {
        post(ADMIN, "/api/departments", Map.of("code", "zwfwj", "name", "重复编码", "kind", "BUREAU"))
                .then()
                .statusCode(409)
                .body("error", equalTo("code_taken"));
        post(
                        ADMIN,
                        "/api/departments",
                        Map.of("code", "t9-a", "name", "甲局", "kind", "BUREAU", "budgetCode", "t9-301001"))
                .then()
                .statusCode(201);
        post(
                        ADMIN,
                        "/api/departments",
                        Map.of("code", "t9-b", "name", "乙局", "kind", "BUREAU", "budgetCode", "t9-301001"))
                .then()
                .statusCode(409)
                .body("error", equalTo("budget_code_taken"));
        // 保山 may use the same codes: each region keeps its own
        post(
                        "baoshan-admin",
                        "/api/departments",
                        Map.of("code", "t9-a", "name", "保山甲局", "kind", "BUREAU", "budgetCode", "t9-301001"))
                .then()
                .statusCode(201);
    }

    @Test
    void onlyTheRegionsAdminKeepsDepartments() {
        for (String user : List.of("yijinhuoluo-finance", "yijinhuoluo-dept")) {
            post(user, "/api/departments", Map.of("code", "t9-x", "name", "越权", "kind", "BUREAU"))
                    .then()
                    .statusCode(403)
                    .body("message", containsString("地区管理员"));
        }
    }

    @Test
    void anotherRegionsDepartmentIsNotFoundToReadChangeOrChooseAsParent() {
        int baoshan = given().auth()
                .oauth2(Tokens.accessToken("baoshan-admin"))
                .get("/api/departments?q=zwfwglj")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        given().auth()
                .oauth2(Tokens.accessToken(ADMIN))
                .get("/api/departments/" + baoshan)
                .then()
                .statusCode(404);
        put(
                        ADMIN,
                        "/api/departments/" + baoshan,
                        Map.of("code", "zwfwglj", "name", "改名", "kind", "BUREAU", "version", 0))
                .then()
                .statusCode(404);
        post(ADMIN, "/api/departments/" + baoshan + "/deactivate", Map.of("version", 0))
                .then()
                .statusCode(404);
        post(ADMIN, "/api/departments", Map.of("code", "t9-u", "name", "某单位", "kind", "UNIT", "parentId", baoshan))
                .then()
                .statusCode(400)
                .body("fields.field", hasItem("parentId"));
    }

    @Test
    void editsCarryTheVersionReadAndDeactivationKeepsTheRecord() {
        int bureau = create("t9-b", "伊金霍洛旗某局", "BUREAU", null);
        int unit = create("t9-u", "某局下属单位", "UNIT", bureau);
        put(
                        ADMIN,
                        "/api/departments/" + bureau,
                        Map.of("code", "t9-b", "name", "伊金霍洛旗某某局", "kind", "BUREAU", "version", 0))
                .then()
                .statusCode(200)
                .body("name", equalTo("伊金霍洛旗某某局"))
                .body("version", equalTo(1));
        put(ADMIN, "/api/departments/" + bureau, Map.of("code", "t9-b", "name", "旧版本", "kind", "BUREAU", "version", 0))
                .then()
                .statusCode(409);
        put(
                        ADMIN,
                        "/api/departments/" + bureau,
                        Map.of("code", "t9-b", "name", "下属", "kind", "BUREAU", "parentId", unit, "version", 1))
                .then()
                .statusCode(400);
        post(ADMIN, "/api/departments/" + bureau + "/deactivate", Map.of("version", 1))
                .then()
                .statusCode(409)
                .body("error", equalTo("has_active_units"));
        post(ADMIN, "/api/departments/" + unit + "/deactivate", Map.of("version", 0))
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        post(ADMIN, "/api/departments/" + bureau + "/deactivate", Map.of("version", 1))
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        post(ADMIN, "/api/departments/" + unit + "/activate", Map.of("version", 1))
                .then()
                .statusCode(409)
                .body("error", equalTo("parent_inactive"));
        given().auth()
                .oauth2(Tokens.accessToken(ADMIN))
                .get("/api/audit?entity=Department&entityId=" + bureau)
                .then()
                .statusCode(200)
                .body("action", hasItem("DEACTIVATE"));
    }

    @Test
    void namesSortByPinyinAndSearchTakesPercentLiterally() {
        List<String> names = given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-finance"))
                .get("/api/departments?size=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items.name");
        var collator = java.text.Collator.getInstance(java.util.Locale.CHINA);
        assertEquals(names.stream().sorted(collator).toList(), names, "names in pinyin order");
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-finance"))
                .get("/api/departments?q=社区")
                .then()
                .statusCode(200)
                .body("items.name", hasItem("阿勒腾席热镇恩可社区"))
                .body("items.name", not(hasItem("伊金霍洛旗公安局")));
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-finance"))
                .get("/api/departments?q=%25")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void theSheetImportsUnitsBeforeTheirDepartmentAndExportsParentsByCode() throws SQLException {
        String file = "部门编码,名称,类型,上级部门,预算编码\n" + "t9-dw,某局下属单位,单位,t9-ju,t9-501\n" + "t9-ju,伊金霍洛旗某局,部门,,t9-500\n";
        importSheet("yijinhuoluo-finance", "departments", "commit", "部门.csv", csv(file))
                .then()
                .statusCode(403);
        importSheet(ADMIN, "departments", "preview", "部门.csv", csv(file)).then().statusCode(200);
        assertEquals(null, parentOf("t9-dw"), "a preview saves nothing");
        importSheet(ADMIN, "departments", "commit", "部门.csv", csv(file))
                .then()
                .statusCode(200)
                .body("created", equalTo(2));
        assertEquals("t9-ju", parentOf("t9-dw"));
        String exported = new String(exportSheet("yijinhuoluo-finance", "departments", "csv"), StandardCharsets.UTF_8);
        assertTrue(exported.contains("t9-dw,某局下属单位,,单位,t9-ju,t9-501,在用"), exported);
        assertTrue(!exported.contains("zwfwglj"), "another region's departments are not exported");
    }

    @Test
    void aSheetWhoseParentsGoRoundInACircleIsRefusedWhole() throws SQLException {
        String file = "部门编码,名称,类型,上级部门\n" + "t9-a,甲,其他,t9-b\n" + "t9-b,乙,中心,t9-a\n";
        importSheet(ADMIN, "departments", "commit", "部门.csv", csv(file))
                .then()
                .statusCode(422)
                .body("errors.message", hasItem(containsString("循环")));
        assertEquals(null, parentOf("t9-a"));
        given().auth()
                .oauth2(Tokens.accessToken(ADMIN))
                .get("/api/departments?q=t9-a")
                .then()
                .body("items[0]", nullValue());
    }

    private String parentOf(String code) throws SQLException {
        try (Connection c = owner.getConnection();
                PreparedStatement s = c.prepareStatement("select p.code from department d join department p "
                        + "on p.id = d.parent_id where d.tenant_id = '150627' and d.code = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
