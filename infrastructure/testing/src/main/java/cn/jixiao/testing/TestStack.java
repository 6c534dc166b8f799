package cn.jixiao.testing;

import cn.jixiao.localstack.LocalStack;
import cn.jixiao.localstack.StackConfig;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Gives a @QuarkusTest the real services: the stack `./run test` started, or, when a test is run
 * on its own, the same stack started in the test JVM by the same code.
 */
public class TestStack implements QuarkusTestResourceLifecycleManager {

    public static StackConfig config() {
        return StackConfig.forProfile("test", repoRoot(), System.getenv());
    }

    @Override
    public Map<String, String> start() {
        try {
            StackConfig config = LocalStack.ensureRunning(config());
            var properties = new HashMap<String, String>();
            properties.put("jixiao.pg-port", Integer.toString(config.postgresPort()));
            properties.put("jixiao.s3-port", Integer.toString(config.s3Port()));
            properties.put("jixiao.keycloak-port", Integer.toString(config.keycloakPort()));
            managementTestPort(System.getenv())
                    .ifPresent(port -> properties.put("quarkus.management.test-port", Integer.toString(port)));
            return properties;
        } catch (Exception e) {
            throw new IllegalStateException("the local test stack could not start: " + e.getMessage(), e);
        }
    }

    /**
     * A test run on other ports (QUARKUS_HTTP_TEST_PORT) puts the app's management interface 1000
     * above it, as every app does, so runs on different ports never share one; an explicit
     * QUARKUS_MANAGEMENT_TEST_PORT wins.
     */
    static Optional<Integer> managementTestPort(Map<String, String> env) {
        String explicit = env.get("QUARKUS_MANAGEMENT_TEST_PORT");
        String httpTestPort = env.get("QUARKUS_HTTP_TEST_PORT");
        if ((explicit != null && !explicit.isBlank()) || httpTestPort == null || httpTestPort.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(httpTestPort.strip()) + StackConfig.MANAGEMENT_PORT_OFFSET);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("QUARKUS_HTTP_TEST_PORT must be a port number, was: " + httpTestPort);
        }
    }

    @Override
    public void stop() {
        // the stack outlives one test class; `./run test` (or the JVM's exit) stops it
    }

    public static Path repoRoot() {
        String configured = System.getProperty("jixiao.repo.root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("run"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root (the folder with ./run)");
        }
        return dir;
    }
}
