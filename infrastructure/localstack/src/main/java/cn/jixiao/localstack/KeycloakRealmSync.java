package cn.jixiao.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The realm is imported once, on the first start; a kept stack (`./run`'s .run/data) never sees later
 * changes of the realm file. So every start brings it up to date through Keycloak's admin API: the
 * realm's look (login theme, languages) is copied from the file, a client or protocol mapper added to
 * the file since (e.g. the audience mappers, tenant-admin-cli) is created, and the apps' URLs follow the
 * configured ports (JIXIAO_PORTAL_PORT=…), or login breaks. A client the file gives a service account
 * gets it switched on, and each service account the roles the file maps to it (e.g. the portal's
 * read-only view-users, view-organizations and view-realm). Roles and mappers are only ever added;
 * existing clients and mappers are otherwise left as they are.
 */
final class KeycloakRealmSync {
    /** Realm settings taken from the realm file at every start, not only at the first import. */
    private static final List<String> REALM_LOOK =
            List.of("displayName", "loginTheme", "internationalizationEnabled", "supportedLocales", "defaultLocale");

    private final StackConfig config;
    private final JsonNode realm;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    /** {@code realm}: the realm definition as imported (ports and secrets filled in). */
    KeycloakRealmSync(StackConfig config, String realm) throws IOException {
        this.config = config;
        this.realm = json.readTree(realm);
    }

    void sync() throws IOException, InterruptedException {
        String token = adminToken();
        updateLook(token);
        for (JsonNode client : realm.path("clients")) {
            addMissing(token, client);
            enableServiceAccount(token, client);
        }
        for (JsonNode user : realm.path("users")) {
            if (user.hasNonNull("serviceAccountClientId")) {
                addServiceAccountRoles(token, user);
            }
        }
        for (var client : Map.of(
                        "portal",
                        config.portalUrl(),
                        "public-site",
                        config.publicSiteUrl(),
                        "tenant-admin",
                        config.tenantAdminUrl())
                .entrySet()) {
            updateUrls(token, client.getKey(), client.getValue());
        }
    }

    private void updateLook(String token) throws IOException, InterruptedException {
        var look = json.createObjectNode();
        for (String key : REALM_LOOK) {
            if (realm.has(key)) {
                look.set(key, realm.get(key));
            }
        }
        // a partial representation: Keycloak changes only the fields it is given
        send(token, "PUT", config.keycloakUrl() + "/admin/realms/jixiao", json.writeValueAsString(look));
    }

    private void addMissing(String token, JsonNode wanted) throws IOException, InterruptedException {
        String clientId = wanted.path("clientId").asText();
        JsonNode found = find(token, clientId);
        if (found == null) {
            send(token, "POST", clients(), json.writeValueAsString(wanted));
            return;
        }
        String mappers = clients() + "/" + found.get("id").asText() + "/protocol-mappers/models";
        var existing = new HashSet<String>();
        json.readTree(send(token, "GET", mappers, null))
                .forEach(m -> existing.add(m.path("name").asText()));
        for (JsonNode mapper : wanted.path("protocolMappers")) {
            if (!existing.contains(mapper.path("name").asText())) {
                send(token, "POST", mappers, json.writeValueAsString(mapper));
            }
        }
    }

    private void enableServiceAccount(String token, JsonNode wanted) throws IOException, InterruptedException {
        JsonNode found = find(token, wanted.path("clientId").asText());
        if (found == null
                || !wanted.path("serviceAccountsEnabled").asBoolean(false)
                || found.path("serviceAccountsEnabled").asBoolean(false)) {
            return;
        }
        ((ObjectNode) found).put("serviceAccountsEnabled", true);
        send(token, "PUT", clients() + "/" + found.get("id").asText(), json.writeValueAsString(found));
    }

    /** The realm and client roles the file maps to a client's service account, those missing added. */
    private void addServiceAccountRoles(String token, JsonNode user) throws IOException, InterruptedException {
        JsonNode client = find(token, user.get("serviceAccountClientId").asText());
        if (client == null || !client.path("serviceAccountsEnabled").asBoolean(false)) {
            return;
        }
        String userId = json.readTree(
                        send(token, "GET", clients() + "/" + client.get("id").asText() + "/service-account-user", null))
                .get("id")
                .asText();
        String mappings = config.keycloakUrl() + "/admin/realms/jixiao/users/" + userId + "/role-mappings";
        addMissingRoles(token, user.path("realmRoles"), mappings + "/realm", realmRoles());
        for (var entry : user.path("clientRoles").properties()) {
            JsonNode roleClient = find(token, entry.getKey());
            if (roleClient != null) {
                String roles = clients() + "/" + roleClient.get("id").asText() + "/roles";
                addMissingRoles(
                        token,
                        entry.getValue(),
                        mappings + "/clients/" + roleClient.get("id").asText(),
                        roles);
            }
        }
    }

    /** {@code mapped}: a user's role mappings of one container; {@code roles}: that container's roles. */
    private void addMissingRoles(String token, JsonNode wanted, String mapped, String roles)
            throws IOException, InterruptedException {
        var existing = new HashSet<String>();
        json.readTree(send(token, "GET", mapped, null))
                .forEach(r -> existing.add(r.path("name").asText()));
        var missing = json.createArrayNode();
        for (JsonNode name : wanted) {
            if (!existing.contains(name.asText())) {
                missing.add(json.readTree(send(
                        token, "GET", roles + "/" + URLEncoder.encode(name.asText(), StandardCharsets.UTF_8), null)));
            }
        }
        if (!missing.isEmpty()) {
            send(token, "POST", mapped, json.writeValueAsString(missing));
        }
    }

    private String realmRoles() {
        return config.keycloakUrl() + "/admin/realms/jixiao/roles";
    }

    private void updateUrls(String token, String clientId, String url) throws IOException, InterruptedException {
        JsonNode found = find(token, clientId);
        if (found == null) {
            return;
        }
        var client = (ObjectNode) found;
        client.put("rootUrl", url);
        client.putArray("redirectUris").add(url + "/*");
        client.withObject("attributes").put("post.logout.redirect.uris", url + "/*");
        send(token, "PUT", clients() + "/" + client.get("id").asText(), json.writeValueAsString(client));
    }

    private JsonNode find(String token, String clientId) throws IOException, InterruptedException {
        var found = json.readTree(send(
                token, "GET", clients() + "?clientId=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8), null));
        return found.isEmpty() ? null : found.get(0);
    }

    private String clients() {
        return config.keycloakUrl() + "/admin/realms/jixiao/clients";
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

    private String send(String token, String method, String url, String body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return send(request.build());
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
