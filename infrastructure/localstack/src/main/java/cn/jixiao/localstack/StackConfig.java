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
        int tenantAdminPort,
        int portalManagementPort,
        int publicSiteManagementPort,
        int tenantAdminManagementPort) {

    public static final String KEYCLOAK_VERSION = "26.7.3";

    public static StackConfig forProfile(String profile, Path repoRoot, Map<String, String> env) {
        return switch (profile) {
            case "run" -> of(profile, repoRoot, "data", env, "JIXIAO_", 55432, 9000, 8180, 8080);
            case "test" -> of(profile, repoRoot, "test-data", env, "JIXIAO_TEST_", 55442, 9010, 8190, 18080);
            // benchmarks fill the database with millions of rows: never in the test stack's
            case "bench" -> of(profile, repoRoot, "bench-data", env, "JIXIAO_BENCH_", 55462, 9030, 8210, 18090);
            // fault drills stop and restart the services themselves: a stack of their own, fresh each drill
            case "drill" -> of(profile, repoRoot, "drill-data", env, "JIXIAO_DRILL_", 55482, 9050, 8230, 18110);
            default -> throw new IllegalArgumentException("unknown stack profile: " + profile);
        };
    }

    /** Each app's management interface (health, metrics, OpenAPI) listens 1000 above the app's port. */
    public static final int MANAGEMENT_PORT_OFFSET = 1000;

    private static StackConfig of(
            String profile,
            Path repoRoot,
            String dir,
            Map<String, String> env,
            String prefix,
            int postgres,
            int s3,
            int keycloak,
            int portal) {
        int portalPort = port(env, prefix + "PORTAL_PORT", portal);
        int publicPort = port(env, prefix + "PUBLIC_PORT", portalPort + 1);
        int adminPort = port(env, prefix + "ADMIN_PORT", portalPort + 2);
        return new StackConfig(
                profile,
                repoRoot,
                repoRoot.resolve(".run").resolve(dir),
                port(env, prefix + "PG_PORT", postgres),
                port(env, prefix + "S3_PORT", s3),
                port(env, prefix + "KEYCLOAK_PORT", keycloak),
                portalPort,
                publicPort,
                adminPort,
                port(env, prefix + "PORTAL_MANAGEMENT_PORT", portalPort + MANAGEMENT_PORT_OFFSET),
                port(env, prefix + "PUBLIC_MANAGEMENT_PORT", publicPort + MANAGEMENT_PORT_OFFSET),
                port(env, prefix + "ADMIN_MANAGEMENT_PORT", adminPort + MANAGEMENT_PORT_OFFSET));
    }

    /** Keycloak's management interface (health) needs a port of its own; keep it beside Keycloak's. */
    public int keycloakManagementPort() {
        return keycloakPort + 1000;
    }

    public Path keycloakHome() {
        return repoRoot.resolve(".cache").resolve("keycloak-" + KEYCLOAK_VERSION);
    }

    /** Keycloak themes of this repository (infrastructure/keycloak/theme), served as they are. */
    public Path keycloakThemes() {
        return repoRoot.resolve("infrastructure").resolve("keycloak").resolve("theme");
    }

    public Path readyFile() {
        return dataDir.resolve("stack.ready");
    }

    /** Holds the pid of the process that is starting the stack, until it is ready or has failed. */
    public Path startingFile() {
        return dataDir.resolve("stack.starting");
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

    /** Health, metrics and OpenAPI of the portal (the management interface). */
    public String portalManagementUrl() {
        return "http://localhost:" + portalManagementPort;
    }

    public String publicSiteManagementUrl() {
        return "http://localhost:" + publicSiteManagementPort;
    }

    public String tenantAdminManagementUrl() {
        return "http://localhost:" + tenantAdminManagementPort;
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
