package cn.jixiao.testing;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** Access tokens for the demo users, from the real Keycloak, through the portal-cli client. */
public final class Tokens {
    public static final String DEMO_PASSWORD = "demo";

    private Tokens() {}

    public static String accessToken(String username) {
        return accessToken(username, DEMO_PASSWORD);
    }

    public static String accessToken(String username, String password) {
        return accessToken(TestStack.config(), username, password);
    }

    public static String accessToken(cn.jixiao.localstack.StackConfig stack, String username, String password) {
        return RestAssured.given()
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "portal-cli")
                .formParam("username", username)
                .formParam("password", password)
                .formParam("scope", "openid organization")
                .post(stack.keycloakUrl() + "/realms/jixiao/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }
}
