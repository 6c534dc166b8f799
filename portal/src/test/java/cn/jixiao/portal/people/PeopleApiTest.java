package cn.jixiao.portal.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The region's admin keeps its people in Keycloak through /api/people, confined to the region's organization. */
@QuarkusTest
class PeopleApiTest {
    private static final String ADMIN = "yijinhuoluo-admin";
    private static final String INVITED = "t9-zhangwei";

    @AfterEach
    void removeInvited() {
        KeycloakAdmin.deleteUser(INVITED);
    }

    private static Response send(String user, String method, String path, Object body) {
        var request = given().auth().oauth2(Tokens.accessToken(user)).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.request(method, path);
    }

    private static int departmentId(String user, String code) {
        return given().auth()
                .oauth2(Tokens.accessToken(user))
                .get("/api/departments?q=" + code)
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.code == '" + code + "' }.id");
    }

    private static String idOf(String user, String username) {
        return given().auth()
                .oauth2(Tokens.accessToken(user))
                .get("/api/people?q=" + username)
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.username == '" + username + "' }.id");
    }

    private String invite() {
        int zwfwj = departmentId(ADMIN, "zwfwj");
        int dsjzx = departmentId(ADMIN, "dsjzx");
        return send(
                        ADMIN,
                        "POST",
                        "/api/people",
                        Map.of(
                                "name",
                                "张伟",
                                "username",
                                INVITED,
                                "email",
                                INVITED + "@example.cn",
                                "phone",
                                "0477-8612345",
                                "roles",
                                List.of("department-editor"),
                                "departments",
                                List.of(zwfwj, dsjzx)))
                .then()
                .statusCode(201)
                .body("name", equalTo("张伟"))
                .body("roles.code", equalTo(List.of("department-editor")))
                .body("departments.code", hasItems("zwfwj", "dsjzx"))
                .body("otherRegions", equalTo(false))
                .extract()
                .path("id");
    }

    @Test
    void theAdminInvitesADepartmentEditorOfTwoDepartmentsWhoThenWorksInEither() {
        String id = invite();
        var start = send(ADMIN, "POST", "/api/people/" + id + "/password", null)
                .then()
                .statusCode(200)
                .body("via", equalTo("temporary-password"))
                .body("temporaryPassword", notNullValue())
                .extract();
        KeycloakAdmin.setPassword(id, "Changed-" + start.path("temporaryPassword"));
        String token = Tokens.accessToken(INVITED, "Changed-" + start.path("temporaryPassword"));
        given().auth()
                .oauth2(token)
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("tenant.code", equalTo("150627"))
                .body("departments.code", hasItems("zwfwj", "dsjzx"))
                .body("department.code", equalTo("zwfwj"));
        given().auth()
                .oauth2(token)
                .header("X-Jixiao-Department", "dsjzx")
                .get("/api/me")
                .then()
                .body("department.code", equalTo("dsjzx"));
        given().auth()
                .oauth2(Tokens.accessToken(ADMIN))
                .get("/api/people/" + id + "/history")
                .then()
                .statusCode(200)
                .body("action", hasItems("INVITE", "PASSWORD_TEMPORARY_PASSWORD"))
                .body("actor", hasItem(ADMIN));
    }

    @Test
    void rolesChangeAndADisabledAccountCannotSignIn() {
        String id = invite();
        send(
                        ADMIN,
                        "PUT",
                        "/api/people/" + id,
                        Map.of(
                                "name",
                                "张伟",
                                "email",
                                INVITED + "@example.cn",
                                "roles",
                                List.of("finance-reviewer", "evaluator")))
                .then()
                .statusCode(200)
                .body("roles.code", equalTo(List.of("finance-reviewer", "evaluator")))
                .body("departments", hasSize(0));
        KeycloakAdmin.setPassword(id, "Zw-password-1");
        given().auth()
                .oauth2(Tokens.accessToken(INVITED, "Zw-password-1"))
                .get("/api/me")
                .then()
                .body("roles", hasItems("finance-reviewer", "evaluator"));
        send(ADMIN, "POST", "/api/people/" + id + "/disable", null)
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false));
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", Tokens.PORTAL_CLI)
                .formParam("username", INVITED)
                .formParam("password", "Zw-password-1")
                .post(cn.jixiao.testing.TestStack.config().keycloakUrl()
                        + "/realms/jixiao/protocol/openid-connect/token")
                .then()
                .statusCode(400);
    }

    @Test
    void badRolesAndMissingDepartmentsAreRefusedWithMessagesAndNothingIsCreated() {
        send(
                        ADMIN,
                        "POST",
                        "/api/people",
                        Map.of(
                                "name",
                                "越权",
                                "username",
                                INVITED,
                                "email",
                                INVITED + "@example.cn",
                                "roles",
                                List.of("platform-admin")))
                .then()
                .statusCode(400)
                .body("fields.field", hasItem("roles"));
        send(
                        ADMIN,
                        "POST",
                        "/api/people",
                        Map.of(
                                "name",
                                "缺部门",
                                "username",
                                INVITED,
                                "email",
                                INVITED + "@example.cn",
                                "roles",
                                List.of("department-editor")))
                .then()
                .statusCode(400)
                .body("fields.field", hasItem("departments"));
        send(ADMIN, "POST", "/api/people", Map.of("name", "格式", "username", "Bad Name", "email", "not-an-email"))
                .then()
                .statusCode(400)
                .body("fields.field", hasItems("username", "email"));
        send(
                        ADMIN,
                        "POST",
                        "/api/people",
                        Map.of("name", "重名", "username", "yijinhuoluo-dept", "email", "x9@example.cn"))
                .then()
                .statusCode(409)
                .body("message", containsString("用户名"));
        assertEquals(0, KeycloakAdmin.users(INVITED).size(), "no account was made");
        String own = idOf(ADMIN, ADMIN);
        send(ADMIN, "POST", "/api/people/" + own + "/disable", null).then().statusCode(409);
    }

    @Test
    void onlyTheAdminKeepsPeopleAndFinanceReviewersSeeWhoHoldsWhichRole() {
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-finance"))
                .get("/api/people?size=50")
                .then()
                .statusCode(200)
                .body("items.username", hasItems("yijinhuoluo-dept", "yijinhuoluo-admin"))
                .body("items.find { it.username == 'yijinhuoluo-dept' }.roles.label", hasItem("部门填报人"))
                .body("items.find { it.username == 'yijinhuoluo-dept' }.departments.code", hasItem("zwfwj"))
                .body("items.username", not(hasItem("baoshan-dept")));
        send("yijinhuoluo-finance", "POST", "/api/people", Map.of("name", "x", "username", INVITED, "email", "a@b.cn"))
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-dept"))
                .get("/api/people")
                .then()
                .statusCode(403);
    }

    @Test
    void anotherRegionsAdminFindsNobodyToReadOrChange() {
        String id = invite();
        for (String[] call : new String[][] {
            {"GET", "/api/people/" + id},
            {"GET", "/api/people/" + id + "/history"},
            {"POST", "/api/people/" + id + "/disable"},
            {"POST", "/api/people/" + id + "/remove"},
            {"POST", "/api/people/" + id + "/password"}
        }) {
            send("baoshan-admin", call[0], call[1], null).then().statusCode(404);
        }
        send("baoshan-admin", "PUT", "/api/people/" + id, Map.of("name", "改名", "email", "x@y.cn", "roles", List.of()))
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.accessToken("baoshan-admin"))
                .get("/api/people?q=" + INVITED)
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        given().auth()
                .oauth2(Tokens.accessToken(ADMIN))
                .get("/api/people/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("张伟"));
        send(ADMIN, "GET", "/api/people/not-a-uuid", null).then().statusCode(404);
    }

    @Test
    void aPersonOfTwoRegionsIsOnlyTakenOffTheListNotChanged() {
        String admin = "baoshan-admin";
        String id = idOf(admin, "evaluator-wang");
        send(admin, "POST", "/api/people/" + id + "/disable", null)
                .then()
                .statusCode(409)
                .body("error", equalTo("serves_other_regions"));
        send(admin, "POST", "/api/people/" + id + "/password", null).then().statusCode(409);
        send(admin, "POST", "/api/people/" + id + "/remove", null).then().statusCode(200);
        try {
            given().auth()
                    .oauth2(Tokens.accessToken("evaluator-wang"))
                    .get("/api/me")
                    .then()
                    .body("regions.code", equalTo(List.of("430600")))
                    .body("tenant.code", equalTo("430600"));
        } finally {
            KeycloakAdmin.join(id, "baoshan");
        }
    }
}
