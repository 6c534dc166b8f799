package cn.jixiao.localstack;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where and on which ports one local stack lives. Two profiles exist so that `./run test` can
 * run beside a running `./run` without touching its data: "run" keeps its data between runs,
 * "test" starts from nothing every time.
 */
public record StackConfig(
        String profile,
        Path repoRoot,
        Path dataDir,
        int postgresPort,
        int s3Port,
        int keycloakPort,
        int portalPort,
        int publicSitePort,
        int tenantAdminPort) {

    public static final String KEYCLOAK_VERSION = "26.7.3";

    public static StackConfig forProfile(String profile, Path repoRoot, Map<String, String> env) {
        boolean test = "test".equals(profile);
        String prefix = test ? "JIXIAO_TEST_" : "JIXIAO_";
        return new StackConfig(
                profile,
                repoRoot,
                repoRoot.resolve(".run").resolve(test ? "test-data" : "data"),
                port(env, prefix + "PG_PORT", test ? 55442 : 55432),
                port(env, prefix + "S3_PORT", test ? 9010 : 9000),
                port(env, prefix + "KEYCLOAK_PORT", test ? 8190 : 8180),
                port(env, prefix + "PORTAL_PORT", test ? 18080 : 8080),
                port(env, prefix + "PUBLIC_PORT", test ? 18081 : 8081),
                port(env, prefix + "ADMIN_PORT", test ? 18082 : 8082));
    }

    /** Keycloak's management interface (health) needs a port of its own; keep it beside Keycloak's. */
    public int keycloakManagementPort() {
        return keycloakPort + 1000;
    }

    public Path keycloakHome() {
        return repoRoot.resolve(".cache").resolve("keycloak-" + KEYCLOAK_VERSION);
    }

    public Path readyFile() {
        return dataDir.resolve("stack.ready");
    }

    public String portalUrl() {
        return "http://localhost:" + portalPort;
    }

    public String publicSiteUrl() {
        return "http://localhost:" + publicSitePort;
    }

    public String tenantAdminUrl() {
        return "http://localhost:" + tenantAdminPort;
    }

    public String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }

    public String s3Url() {
        return "http://127.0.0.1:" + s3Port;
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, was: " + value);
        }
    }
}
