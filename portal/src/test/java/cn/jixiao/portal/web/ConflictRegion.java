package cn.jixiao.portal.web;

import static io.restassured.RestAssured.given;

import cn.jixiao.testing.TestStack;
import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * A region of its own for the concurrent-edit tests: a tenant with two departments (the second one
 * takes the network sign-off and is deactivated and activated), its Keycloak organization, and two
 * people who both hold every role of the region and belong to its first department, so two people can
 * read and save the same record, and whatever the test saves lands where no other test looks.
 */
final class ConflictRegion {
    static final String CODE = "990022";
    static final String SLUG = "conflict-region";
    static final String DEPARTMENT = "conflict-dept";
    static final String SECOND_DEPARTMENT = "conflict-unit";
    static final String FIRST = "conflict-first";
    static final String SECOND = "conflict-second";
    private static final String PASSWORD = "conflict-password";

    private ConflictRegion() {}

    /** Creates the region (once per test stack) and returns access tokens of its two people. */
    static List<String> tokens(AgroalDataSource owner) throws SQLException {
        try (Connection c = owner.getConnection()) {
            run(c, "insert into region (code, name, level) values (?, '并发测试区', 'COUNTY') on conflict do nothing", CODE);
            run(c, "insert into tenant (code, slug) values (?, ?) on conflict do nothing", CODE, SLUG);
            run(
                    c,
                    "insert into department (tenant_id, code, name, kind, org_code) values (?, ?, '并发测试局', 'BUREAU',"
                            + " '99002201-X') on conflict do nothing",
                    CODE,
                    DEPARTMENT);
            run(
                    c,
                    "insert into department (tenant_id, code, name, kind) values (?, ?, '并发测试中心', 'BUREAU')"
                            + " on conflict do nothing",
                    CODE,
                    SECOND_DEPARTMENT);
        }
        String admin = adminToken();
        String realm = TestStack.config().keycloakUrl() + "/admin/realms/jixiao";
        String organization = organization(admin, realm);
        for (String username : List.of(FIRST, SECOND)) {
            if (given().auth()
                    .oauth2(admin)
                    .queryParam("username", username)
                    .queryParam("exact", true)
                    .get(realm + "/users")
                    .then()
                    .extract()
                    .path("size()")
                    .equals(0)) {
                createPerson(admin, realm, organization, username);
            }
        }
        return List.of(Tokens.accessToken(FIRST, PASSWORD), Tokens.accessToken(SECOND, PASSWORD));
    }

    private static String organization(String admin, String realm) {
        List<Map<String, Object>> found = given().auth()
                .oauth2(admin)
                .queryParam("search", SLUG)
                .get(realm + "/organizations")
                .then()
                .statusCode(200)
                .extract()
                .path("");
        return found.stream()
                .filter(o -> SLUG.equals(o.get("alias")))
                .map(o -> (String) o.get("id"))
                .findFirst()
                .orElseGet(() -> {
                    String location = given().auth()
                            .oauth2(admin)
                            .contentType(ContentType.JSON)
                            .body(Map.of(
                                    "name",
                                    "并发测试区",
                                    "alias",
                                    SLUG,
                                    "enabled",
                                    true,
                                    "domains",
                                    List.of(Map.of("name", SLUG + ".example.org"))))
                            .post(realm + "/organizations")
                            .then()
                            .statusCode(201)
                            .extract()
                            .header("Location");
                    return location.substring(location.lastIndexOf('/') + 1);
                });
    }

    private static void createPerson(String admin, String realm, String organization, String username) {
        String location = given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "username",
                        username,
                        "enabled",
                        true,
                        "emailVerified",
                        true,
                        "email",
                        username + "@example.org",
                        "firstName",
                        FIRST.equals(username) ? "甲" : "乙",
                        "lastName",
                        "测试",
                        "attributes",
                        Map.of("department", List.of(DEPARTMENT)),
                        "credentials",
                        List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))))
                .post(realm + "/users")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        String userId = location.substring(location.lastIndexOf('/') + 1);
        var roles = List.of("tenant-admin", "finance-reviewer", "department-editor").stream()
                .map(role -> given().auth()
                        .oauth2(admin)
                        .get(realm + "/roles/" + role)
                        .then()
                        .statusCode(200)
                        .extract()
                        .as(Map.class))
                .toList();
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(roles)
                .post(realm + "/users/" + userId + "/role-mappings/realm")
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("\"" + userId + "\"")
                .post(realm + "/organizations/" + organization + "/members")
                .then()
                .statusCode(201);
    }

    private static String adminToken() {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", "admin")
                .formParam("password", "admin")
                .post(TestStack.config().keycloakUrl() + "/realms/master/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    private static void run(Connection c, String sql, String... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setString(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }
}
