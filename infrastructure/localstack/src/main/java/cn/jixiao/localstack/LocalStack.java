package cn.jixiao.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Starts the services every app stands on: PostgreSQL, S3 and Keycloak. `./run` starts it as a
 * process ({@link LocalStackMain}); the tests reach the same code through {@link #ensureRunning}.
 */
public final class LocalStack implements AutoCloseable {
    /** Keycloak's first start on a new machine also builds it: allow for a slow one. */
    private static final Duration STARTING_TIMEOUT = Duration.ofMinutes(5);

    private final StackConfig config;
    private final Postgres postgres;
    private final S3Server s3;
    private final Keycloak keycloak;

    public LocalStack(StackConfig config) {
        this.config = config;
        this.postgres = new Postgres(config);
        this.s3 = new S3Server(config);
        this.keycloak = new Keycloak(config);
    }

    public StackConfig config() {
        return config;
    }

    public void start() throws Exception {
        Files.createDirectories(config.dataDir());
        Files.deleteIfExists(config.readyFile());
        long pid = ProcessHandle.current().pid();
        Files.writeString(config.startingFile(), Long.toString(pid), StandardCharsets.UTF_8);
        log("starting (pid %d)", pid);
        try {
            startServices();
        } finally {
            Files.deleteIfExists(config.startingFile());
        }
    }

    private void startServices() throws Exception {
        long t0 = System.nanoTime();
        postgres.start();
        log("PostgreSQL  ready on port %d (%d ms)", config.postgresPort(), ms(t0));
        long t1 = System.nanoTime();
        s3.start();
        log("S3          ready on port %d (%d ms)", config.s3Port(), ms(t1));
        long t2 = System.nanoTime();
        keycloak.start();
        log("Keycloak    ready on port %d (%d ms)", config.keycloakPort(), ms(t2));
        Files.writeString(
                config.readyFile(), Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
    }

    /**
     * For tests: use the stack that `./run test` started, or start one in this JVM (stopped when
     * the JVM exits) when a test is run on its own.
     */
    public static synchronized StackConfig ensureRunning(StackConfig config) throws Exception {
        awaitStartingElsewhere(config);
        if (isRunning(config)) {
            return config;
        }
        var stack = new LocalStack(config);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::closeQuietly, "localstack-stop"));
        stack.start();
        return config;
    }

    /**
     * For fault drills: a stack from empty data, owned by this JVM (stopped when it exits), whose services
     * the drill stops and starts again ({@link #stopS3}, {@link #restartPostgres}, {@link #stopKeycloak}, …).
     */
    public static LocalStack startFresh(StackConfig config) throws Exception {
        if (isRunning(config)) {
            throw new IllegalStateException("a " + config.profile() + " stack is already running on its ports");
        }
        wipe(config);
        var stack = new LocalStack(config);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::closeQuietly, "localstack-stop"));
        stack.start();
        return stack;
    }

    /** S3 goes away: connections are refused until {@link #startS3}. */
    public void stopS3() throws Exception {
        s3.close();
    }

    public void startS3() throws Exception {
        s3.start();
    }

    /** PostgreSQL shuts down (fast mode: open sessions are cut) and starts again on the same data. */
    public void restartPostgres() throws Exception {
        postgres.close();
        postgres.start();
    }

    public void stopPostgres() throws Exception {
        postgres.close();
    }

    public void startPostgres() throws Exception {
        postgres.start();
    }

    /** Keycloak's process stops: sign-in, tokens and the admin API are all gone until {@link #startKeycloak}. */
    public void stopKeycloak() throws Exception {
        keycloak.close();
    }

    public void startKeycloak() throws Exception {
        keycloak.start();
    }

    /**
     * `./run test` starts the stack while Maven compiles, so the first test may come before it is
     * ready: that test waits for it rather than starting a second stack on the same ports.
     */
    static void awaitStartingElsewhere(StackConfig config) throws Exception {
        long deadline = System.nanoTime() + STARTING_TIMEOUT.toNanos();
        for (Optional<ProcessHandle> starter = starter(config); starter.isPresent(); starter = starter(config)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the local stack (pid "
                        + starter.get().pid() + ") was not ready within " + STARTING_TIMEOUT.toMinutes() + " minutes");
            }
            Thread.sleep(200);
        }
    }

    private static Optional<ProcessHandle> starter(StackConfig config) throws IOException {
        String pid;
        try {
            pid = Files.readString(config.startingFile(), StandardCharsets.UTF_8)
                    .strip();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (pid.isEmpty()) {
            return Optional.empty();
        }
        long starter = Long.parseLong(pid);
        if (starter == ProcessHandle.current().pid()) {
            return Optional.empty(); // the starter's own JVM never waits for itself
        }
        Optional<ProcessHandle> alive = ProcessHandle.of(starter).filter(ProcessHandle::isAlive);
        if (alive.isEmpty()) {
            // a starter killed before it could clean up: nobody is starting the stack any more
            Files.deleteIfExists(config.startingFile());
        }
        return alive;
    }

    public static boolean isRunning(StackConfig config) {
        return Files.exists(config.readyFile())
                && Ports.inUse(config.postgresPort())
                && Ports.inUse(config.s3Port())
                && Ports.inUse(config.keycloakPort());
    }

    /** Test profile only: every `./run test` starts from an empty database and realm. */
    public static void wipe(StackConfig config) throws IOException {
        if (!Files.exists(config.dataDir())) {
            return;
        }
        try (Stream<Path> paths = Files.walk(config.dataDir())) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    void closeQuietly() {
        try {
            close();
        } catch (Exception e) {
            System.err.println("localstack: stopping failed: " + e.getMessage());
        }
    }

    @Override
    public void close() throws Exception {
        Files.deleteIfExists(config.readyFile());
        keycloak.close();
        s3.close();
        postgres.close();
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void log(String format, Object... args) {
        System.out.println("[localstack] " + String.format(format, args));
    }
}
