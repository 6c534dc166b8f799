package cn.jixiao.localstack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `./run test` starts the stack while Maven compiles: a test that comes first waits while a live process
 * is starting it, and a starter that died does not hold anyone up.
 */
class StackStarterWaitTest {
    @TempDir
    Path root;

    private StackConfig startedBy(long pid) throws Exception {
        StackConfig config = StackConfig.forProfile("test", root, Map.of());
        Files.createDirectories(config.dataDir());
        Files.writeString(config.startingFile(), Long.toString(pid), StandardCharsets.UTF_8);
        return config;
    }

    @Test
    void aTestWaitsWhileALiveProcessStartsTheStackAndGoesOnOnceItIsDone() throws Exception {
        Process starter = new ProcessBuilder("cat").start(); // alive until its input closes
        try (var waiting = Executors.newSingleThreadExecutor()) {
            StackConfig config = startedBy(starter.pid());
            var awaited = waiting.submit(() -> {
                LocalStack.awaitStartingElsewhere(config);
                return null;
            });
            assertThrows(TimeoutException.class, () -> awaited.get(500, TimeUnit.MILLISECONDS));
            Files.delete(config.startingFile()); // the starter is done (ready or failed)
            awaited.get(10, TimeUnit.SECONDS);
        } finally {
            starter.destroy();
        }
    }

    @Test
    void aStarterThatDiedIsNotWaitedForAndItsFileIsRemoved() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        StackConfig config = startedBy(gone.pid());
        LocalStack.awaitStartingElsewhere(config);
        assertFalse(Files.exists(config.startingFile()));
    }

    @Test
    void theStartersOwnJvmDoesNotWaitForItself() throws Exception {
        StackConfig config = startedBy(ProcessHandle.current().pid());
        LocalStack.awaitStartingElsewhere(config);
    }
}
