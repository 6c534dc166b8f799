package cn.jixiao.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak server from the Maven Central distribution, storing its data in the stack's
 * PostgreSQL and importing the jixiao realm on first start.
 */
final class Keycloak implements AutoCloseable {
    static final String REALM_RESOURCE = "keycloak/jixiao-realm.json";
    static final String TEST_PASSWORD_POLICY = "hashAlgorithm(pbkdf2-sha256) and hashIterations(1000)";

    private final StackConfig config;
    private Process process;

    Keycloak(StackConfig config) {
        this.config = config;
    }

    void start() throws IOException, InterruptedException {
        Ports.requireFree(config.keycloakPort(), "Keycloak");
        Ports.requireFree(config.keycloakManagementPort(), "Keycloak (management)");
        Path home = config.keycloakHome();
        Path script = home.resolve("bin/kc.sh");
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException("Keycloak " + StackConfig.KEYCLOAK_VERSION + " 未安装在 " + home
                    + " (not installed; `./run` and `./run test` install it from Maven Central)");
        }
        Path themes = config.keycloakThemes();
        if (!Files.isDirectory(themes.resolve("jixiao/login"))) {
            throw new IllegalStateException("登录主题缺失 (the jixiao login theme is missing): " + themes);
        }
        String realm = realmDefinition();
        Path realmFile = home.resolve("data/import/jixiao-realm.json");
        Files.createDirectories(realmFile.getParent());
        Files.writeString(realmFile, realm, StandardCharsets.UTF_8);
        Path log = config.dataDir().resolve("logs/keycloak.log");
        Files.createDirectories(log.getParent());

        List<String> command = new ArrayList<>(List.of(
                script.toString(),
                "start-dev",
                "--http-port=" + config.keycloakPort(),
                "--http-host=127.0.0.1",
                "--http-management-port=" + config.keycloakManagementPort(),
                "--http-management-host=127.0.0.1",
                "--import-realm",
                "--db=postgres",
                "--db-url=jdbc:postgresql://localhost:" + config.postgresPort() + "/" + Credentials.KEYCLOAK_DB,
                "--db-username=" + Credentials.KEYCLOAK_DB,
                "--db-password=" + Credentials.KEYCLOAK_DB_PASSWORD,
                "--cache=local",
                // the login theme is read from the repository itself (start-dev does not cache themes)
                "--spi-theme--folder--dir=" + themes,
                "--health-enabled=true"));
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", Credentials.KEYCLOAK_ADMIN);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", Credentials.KEYCLOAK_ADMIN_PASSWORD);
        // full JIT on every stack: with C1 alone the test Keycloak was ready in 34.7 s against about 23 s,
        // and its start is on the critical path of ./run test
        env.putIfAbsent("JAVA_OPTS_APPEND", "-Xms64m -Xmx768m");
        process = builder.start();
        awaitRealm(log);
        new KeycloakRealmSync(config, realm).sync();
    }

    /** The realm file is a template: the apps' URLs depend on the profile's ports. */
    private String realmDefinition() throws IOException {
        String realm;
        try (InputStream in = Keycloak.class.getClassLoader().getResourceAsStream(REALM_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("realm definition missing from the classpath: " + REALM_RESOURCE);
            }
            realm = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        realm = realm.replace("${PORTAL_URL}", config.portalUrl())
                .replace("${PUBLIC_SITE_URL}", config.publicSiteUrl())
                .replace("${TENANT_ADMIN_URL}", config.tenantAdminUrl())
                .replace("${PORTAL_CLIENT_SECRET}", Credentials.PORTAL_CLIENT_SECRET)
                .replace("${TENANT_ADMIN_CLIENT_SECRET}", Credentials.TENANT_ADMIN_CLIENT_SECRET);
        return "test".equals(config.profile()) ? withCheapPasswordHashes(realm) : realm;
    }

    /**
     * The test stack only: passwords hashed with few iterations. Keycloak's default (PBKDF2-SHA512, 210,000
     * iterations) costs about 50 ms of CPU per sign-in, and the tests sign in some thousands of times on two
     * cores; what they check does not depend on the hash's cost. `./run`'s stack keeps the default.
     */
    private static String withCheapPasswordHashes(String realm) throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var definition = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(realm);
        definition.put("passwordPolicy", TEST_PASSWORD_POLICY);
        return json.writeValueAsString(definition);
    }

    private void awaitRealm(Path log) throws InterruptedException {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(
                        URI.create(config.keycloakUrl() + "/realms/jixiao/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Keycloak 启动失败 (Keycloak exited with " + process.exitValue() + "); see " + log);
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            process.waitFor(500, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("Keycloak did not become ready within 4 minutes; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        process = null;
    }
}
