package cn.jixiao.localstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The realm is imported once, with the apps' URLs of that day. When a port is changed later
 * (JIXIAO_PORTAL_PORT=…), the clients' redirect URIs must follow, or login breaks; so every start
 * brings them up to date through Keycloak's admin API. The same goes for the realm's look (login
 * theme and languages): a stack imported before the theme existed picks it up at its next start.
 */
final class KeycloakClientUrls {
    /** Realm settings taken from the realm file at every start, not only at the first import. */
    private static final List<String> REALM_LOOK =
            List.of("displayName", "loginTheme", "internationalizationEnabled", "supportedLocales", "defaultLocale");

    private final StackConfig config;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    KeycloakClientUrls(StackConfig config) {
        this.config = config;
    }

    /** @param realm the realm file as imported (its look is copied onto the running realm) */
    void sync(String realm) throws IOException, InterruptedException {
        String token = adminToken();
        updateLook(token, realm);
        for (var client : Map.of(
                        "portal",
                        config.portalUrl(),
                        "public-site",
                        config.publicSiteUrl(),
                        "tenant-admin",
                        config.tenantAdminUrl())
                .entrySet()) {
            update(token, client.getKey(), client.getValue());
        }
    }

    private void updateLook(String token, String realm) throws IOException, InterruptedException {
        var file = json.readTree(realm);
        var look = json.createObjectNode();
        for (String key : REALM_LOOK) {
            if (file.has(key)) {
                look.set(key, file.get(key));
            }
        }
        // a partial representation: Keycloak changes only the fields it is given
        send(HttpRequest.newBuilder(URI.create(config.keycloakUrl() + "/admin/realms/jixiao"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(look)))
                .build());
    }

    private void update(String token, String clientId, String url) throws IOException, InterruptedException {
        String base = config.keycloakUrl() + "/admin/realms/jixiao/clients";
        var found = json.readTree(send(HttpRequest.newBuilder(URI.create(base + "?clientId=" + clientId))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build()));
        if (found.isEmpty()) {
            return;
        }
        var client = (ObjectNode) found.get(0);
        client.put("rootUrl", url);
        client.putArray("redirectUris").add(url + "/*");
        client.withObject("attributes").put("post.logout.redirect.uris", url + "/*");
        send(HttpRequest.newBuilder(URI.create(base + "/" + client.get("id").asText()))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(client)))
                .build());
    }

    private String adminToken() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(Credentials.KEYCLOAK_ADMIN, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(Credentials.KEYCLOAK_ADMIN_PASSWORD, StandardCharsets.UTF_8);
        var body = send(HttpRequest.newBuilder(
                        URI.create(config.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        return json.readTree(body).get("access_token").asText();
    }

    private String send(HttpRequest request) throws IOException, InterruptedException {
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException("Keycloak admin API " + request.method() + " "
                    + request.uri().getPath() + " answered " + response.statusCode());
        }
        return response.body();
    }
}
