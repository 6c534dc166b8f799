package cn.jixiao.portal;

import static io.restassured.RestAssured.given;

import cn.jixiao.testing.TestStack;
import cn.jixiao.testing.Tokens;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/**
 * The demo realm has no third-party evaluator; tests that need one create it in the test stack's
 * Keycloak through the admin REST API (idempotently: the stack outlives a test run).
 */
public final class Evaluators {
    private Evaluators() {}

    /** An evaluator of the region (organization alias), with the demo password; returns its access token. */
    public static synchronized String token(String username, String organizationAlias) {
        String kc = TestStack.config().keycloakUrl();
        String admin = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", "admin")
                .formParam("password", "admin")
                .post(kc + "/realms/master/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
        String api = kc + "/admin/realms/jixiao";
        List<String> ids = given().auth()
                .oauth2(admin)
                .queryParam("username", username)
                .queryParam("exact", true)
                .get(api + "/users")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        if (ids.isEmpty()) {
            given().auth()
                    .oauth2(admin)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "username",
                            username,
                            "enabled",
                            true,
                            "firstName",
                            "评价",
                            "lastName",
                            "第三方",
                            "email",
                            username + "@evaluator.jixiao.local",
                            "emailVerified",
                            true,
                            "credentials",
                            List.of(Map.of("type", "password", "value", Tokens.DEMO_PASSWORD, "temporary", false))))
                    .post(api + "/users")
                    .then()
                    .statusCode(201);
            ids = given().auth()
                    .oauth2(admin)
                    .queryParam("username", username)
                    .queryParam("exact", true)
                    .get(api + "/users")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("id");
        }
        String userId = ids.get(0);
        // role and membership are (re)applied every time, so a half-finished earlier run heals
        Map<String, Object> role = given().auth()
                .oauth2(admin)
                .get(api + "/roles/evaluator")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(List.of(role))
                .post(api + "/users/" + userId + "/role-mappings/realm")
                .then()
                .statusCode(204);
        List<Map<String, Object>> orgs = given().auth()
                .oauth2(admin)
                .queryParam("search", organizationAlias)
                .get(api + "/organizations")
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
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("\"" + userId + "\"")
                .post(api + "/organizations/" + orgId + "/members")
                .statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("could not add " + username + " to " + organizationAlias + ": " + status);
        }
        return Tokens.accessToken(username);
    }
}
