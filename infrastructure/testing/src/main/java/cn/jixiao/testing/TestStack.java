package cn.jixiao.testing;

import cn.jixiao.localstack.LocalStack;
import cn.jixiao.localstack.StackConfig;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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
            return Map.of(
                    "jixiao.pg-port", Integer.toString(config.postgresPort()),
                    "jixiao.s3-port", Integer.toString(config.s3Port()),
                    "jixiao.keycloak-port", Integer.toString(config.keycloakPort()));
        } catch (Exception e) {
            throw new IllegalStateException("the local test stack could not start: " + e.getMessage(), e);
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
