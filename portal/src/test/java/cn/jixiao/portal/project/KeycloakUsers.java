package cn.jixiao.portal.project;

import static io.restassured.RestAssured.given;

import cn.jixiao.testing.TestStack;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/** Creates users in the test stack's Keycloak through its admin REST API (admin/admin on master). */
final class KeycloakUsers {
    private KeycloakUsers() {}

    /**
     * A user with one realm role, member of the organization (region) with the given alias, password
     * {@code demo}. Returns the username.
     */
    static String create(String username, String role, String organizationAlias) {
        String base = TestStack.config().keycloakUrl();
        String admin = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", "admin")
                .formParam("password", "admin")
                .post(base + "/realms/master/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
        String realm = base + "/admin/realms/jixiao";

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
                        "测试",
                        "lastName",
                        "评价人",
                        "credentials",
                        List.of(Map.of("type", "password", "value", "demo", "temporary", false))))
                .post(realm + "/users")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        String userId = location.substring(location.lastIndexOf('/') + 1);

        Map<String, Object> roleRepresentation = given().auth()
                .oauth2(admin)
                .get(realm + "/roles/" + role)
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(List.of(roleRepresentation))
                .post(realm + "/users/" + userId + "/role-mappings/realm")
                .then()
                .statusCode(204);

        List<Map<String, Object>> organizations = given().auth()
                .oauth2(admin)
                .queryParam("search", organizationAlias)
                .get(realm + "/organizations")
                .then()
                .statusCode(200)
                .extract()
                .path("");
        String organizationId = organizations.stream()
                .filter(o -> organizationAlias.equals(o.get("alias")))
                .map(o -> (String) o.get("id"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no organization with alias " + organizationAlias));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("\"" + userId + "\"")
                .post(realm + "/organizations/" + organizationId + "/members")
                .then()
                .statusCode(201);
        return username;
    }
}
