package cn.jixiao.portal.people;

import static io.restassured.RestAssured.given;

import cn.jixiao.testing.TestStack;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/** The test stack's Keycloak as its own admin sees it: to check what the portal did, and to clean up. */
final class KeycloakAdmin {
    private KeycloakAdmin() {}

    static String token() {
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

    static String api() {
        return TestStack.config().keycloakUrl() + "/admin/realms/jixiao";
    }

    static List<Map<String, Object>> users(String username) {
        return given().auth()
                .oauth2(token())
                .queryParam("username", username)
                .queryParam("exact", true)
                .get(api() + "/users")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
    }

    static void deleteUser(String username) {
        for (var user : users(username)) {
            given().auth()
                    .oauth2(token())
                    .delete(api() + "/users/" + user.get("id"))
                    .then()
                    .statusCode(204);
        }
    }

    /** Gives the user a permanent password, as they would after following their set-password link. */
    static void setPassword(String userId, String password) {
        given().auth()
                .oauth2(token())
                .contentType(ContentType.JSON)
                .body(Map.of("type", "password", "value", password, "temporary", false))
                .put(api() + "/users/" + userId + "/reset-password")
                .then()
                .statusCode(204);
    }

    static void join(String userId, String organizationAlias) {
        List<Map<String, Object>> orgs = given().auth()
                .oauth2(token())
                .queryParam("search", organizationAlias)
                .get(api() + "/organizations")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        String orgId = orgs.stream()
                .filter(o -> organizationAlias.equals(o.get("alias")))
                .map(o -> (String) o.get("id"))
                .findFirst()
                .orElseThrow();
        int status = given().auth()
                .oauth2(token())
                .contentType(ContentType.JSON)
                .body("\"" + userId + "\"")
                .post(api() + "/organizations/" + orgId + "/members")
                .statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("could not add the user to " + organizationAlias + ": " + status);
        }
    }
}
