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
import java.util.Map;

/**
 * The realm is imported once, with the apps' URLs of that day. When a port is changed later
 * (JIXIAO_PORTAL_PORT=…), the clients' redirect URIs must follow, or login breaks; so every start
 * brings them up to date through Keycloak's admin API.
 */
final class KeycloakClientUrls {
    private final StackConfig config;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    KeycloakClientUrls(StackConfig config) {
        this.config = config;
    }

    void sync() throws IOException, InterruptedException {
        String token = adminToken();
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
