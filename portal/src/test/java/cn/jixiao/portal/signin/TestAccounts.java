package cn.jixiao.portal.signin;

import cn.jixiao.localstack.Credentials;
import cn.jixiao.testing.TestStack;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Throwaway users in the real Keycloak, made through its admin API for one test class and deleted
 * afterwards, so that sign-in tests never lock, disable or re-password the demo users.
 */
final class TestAccounts implements AutoCloseable {
    static final String PASSWORD = "theme-test-password";

    private final String realmAdmin = TestStack.config().keycloakUrl() + "/admin/realms/jixiao";
    private final String token = adminToken();
    private final List<String> ids = new ArrayList<>();

    /** A user of no region with the given state; returns the username. */
    String create(String label, boolean enabled, List<String> requiredActions) {
        String username = "theme-" + label + "-" + UUID.randomUUID().toString().substring(0, 8);
        String location = RestAssured.given()
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "username",
                        username,
                        "enabled",
                        enabled,
                        "firstName",
                        "测试",
                        "lastName",
                        "登录页",
                        "requiredActions",
                        requiredActions,
                        "credentials",
                        List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))))
                .post(realmAdmin + "/users")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        ids.add(location.substring(location.lastIndexOf('/') + 1));
        return username;
    }

    @Override
    public void close() {
        for (String id : ids) {
            RestAssured.given().auth().oauth2(token).delete(realmAdmin + "/users/" + id);
        }
    }

    private static String adminToken() {
        return RestAssured.given()
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", Credentials.KEYCLOAK_ADMIN)
                .formParam("password", Credentials.KEYCLOAK_ADMIN_PASSWORD)
                .post(TestStack.config().keycloakUrl() + "/realms/master/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }
}
