package cn.jixiao.testing;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Tokens for the demo users, from the real Keycloak, through the demo realm's script clients: portal-cli
 * (access tokens for the portal, audience {@code portal}) and tenant-admin-cli (audience
 * {@code tenant-admin}). Each app accepts only access tokens issued for it.
 */
public final class Tokens {
    public static final String DEMO_PASSWORD = "demo";
    public static final String PORTAL_CLI = "portal-cli";
    public static final String TENANT_ADMIN_CLI = "tenant-admin-cli";

    private Tokens() {}

    /** An access token for the portal. */
    public static String accessToken(String username) {
        return accessToken(username, DEMO_PASSWORD);
    }

    public static String accessToken(String username, String password) {
        return accessToken(TestStack.config(), username, password);
    }

    public static String accessToken(cn.jixiao.localstack.StackConfig stack, String username, String password) {
        return grant(stack, PORTAL_CLI, username, password).getString("access_token");
    }

    /** An access token for tenant-admin. */
    public static String tenantAdminAccessToken(String username) {
        return grant(TestStack.config(), TENANT_ADMIN_CLI, username, DEMO_PASSWORD)
                .getString("access_token");
    }

    /**
     * Keycloak's whole answer to a password grant with the scope {@code openid organization:*} (all the user's organizations):
     * {@code access_token}, {@code id_token}, {@code refresh_token}, …
     */
    public static JsonPath grant(
            cn.jixiao.localstack.StackConfig stack, String client, String username, String password) {
        return RestAssured.given()
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", client)
                .formParam("username", username)
                .formParam("password", password)
                .formParam("scope", "openid organization:*")
                .post(stack.keycloakUrl() + "/realms/jixiao/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
