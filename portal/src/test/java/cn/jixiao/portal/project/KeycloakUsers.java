package cn.jixiao.portal.project;

import static io.restassured.RestAssured.given;

import cn.jixiao.testing.TestStack;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/**
 * Throwaway users in the test stack's Keycloak, made and removed through its admin REST API
 * (admin/admin on master). Tests remove the users they make ({@link #delete}).
 */
final class KeycloakUsers {
    private KeycloakUsers() {}

    /**
     * A user named 测试 评价人 with one realm role, member of the organization (region) with the given
     * alias, password {@code demo}. Returns the username.
     */
    static String create(String username, String role, String organizationAlias) {
        return create(username, "测试", "评价人", role, organizationAlias);
    }

    /** As above with a name (first and last, as Keycloak keeps them); no organization when the alias is null. */
    static String create(String username, String firstName, String lastName, String role, String organizationAlias) {
        String location = admin().contentType(ContentType.JSON)
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
                        firstName,
                        "lastName",
                        lastName,
                        "credentials",
                        List.of(Map.of("type", "password", "value", "demo", "temporary", false))))
                .post(realm() + "/users")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        String userId = location.substring(location.lastIndexOf('/') + 1);

        Map<String, Object> roleRepresentation = admin().get(realm() + "/roles/" + role)
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        admin().contentType(ContentType.JSON)
                .body(List.of(roleRepresentation))
                .post(realm() + "/users/" + userId + "/role-mappings/realm")
                .then()
                .statusCode(204);

        if (organizationAlias != null) {
            admin().contentType(ContentType.JSON)
                    .body("\"" + userId + "\"")
                    .post(realm() + "/organizations/" + organizationId(organizationAlias) + "/members")
                    .then()
                    .statusCode(201);
        }
        return username;
    }

    /** Removes the user (nothing when there is none). */
    static void delete(String username) {
        for (String id : ids(username)) {
            admin().delete(realm() + "/users/" + id).then().statusCode(204);
        }
    }

    /** What Keycloak itself says: a member of the region's organization with the realm role evaluator. */
    static boolean isEvaluatorOf(String username, String organizationAlias) {
        List<String> ids = ids(username);
        if (ids.isEmpty()) {
            return false;
        }
        String id = ids.get(0);
        List<String> aliases = admin().get(realm() + "/organizations/members/" + id + "/organizations")
                .then()
                .statusCode(200)
                .extract()
                .path("alias");
        List<String> roles = admin().get(realm() + "/users/" + id + "/role-mappings/realm/composite")
                .then()
                .statusCode(200)
                .extract()
                .path("name");
        return aliases.contains(organizationAlias) && roles.contains("evaluator");
    }

    private static List<String> ids(String username) {
        return admin().queryParam("username", username)
                .queryParam("exact", true)
                .get(realm() + "/users")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    private static String organizationId(String alias) {
        List<Map<String, Object>> organizations = admin().queryParam("search", alias)
                .get(realm() + "/organizations")
                .then()
                .statusCode(200)
                .extract()
                .path("");
        return organizations.stream()
                .filter(o -> alias.equals(o.get("alias")))
                .map(o -> (String) o.get("id"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no organization with alias " + alias));
    }

    private static RequestSpecification admin() {
        String token = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", "admin")
                .formParam("password", "admin")
                .post(TestStack.config().keycloakUrl() + "/realms/master/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
        return given().auth().oauth2(token);
    }

    private static String realm() {
        return TestStack.config().keycloakUrl() + "/admin/realms/jixiao";
    }
}
