package cn.jixiao.portal.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeApiTest {

    @Test
    void departmentEditorSeesTheirRegionRolesAndDepartment() {
        given().auth()
                .oauth2(Tokens.accessToken("baoshan-dept"))
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("username", equalTo("baoshan-dept"))
                .body("roles", contains("department-editor"))
                .body("tenant.code", equalTo("530500"))
                .body("tenant.name", equalTo("保山市"))
                .body("tenant.slug", equalTo("baoshan"))
                .body("tenant.parentName", equalTo("云南省"))
                .body("tenantCode", equalTo("530500"))
                .body("department.code", equalTo("zwfwglj"))
                .body("department.name", equalTo("保山市政务服务管理局"));
    }

    @Test
    void financeReviewerOfACountyIsInThatCounty() {
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-finance"))
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("roles", hasItem("finance-reviewer"))
                .body("tenant.code", equalTo("150627"))
                .body("tenant.name", equalTo("伊金霍洛旗"))
                .body("tenant.parentName", equalTo("鄂尔多斯市"));
    }

    @Test
    void userWithoutRegionHasNoTenant() {
        given().auth()
                .oauth2(Tokens.accessToken("platform-admin"))
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("username", equalTo("platform-admin"))
                .body("roles", contains("platform-admin"))
                .body("tenant", nullValue());
    }

    @Test
    void invalidTokenIsRefused() {
        given().auth().oauth2("not-a-token").get("/api/me").then().statusCode(401);
    }
}
