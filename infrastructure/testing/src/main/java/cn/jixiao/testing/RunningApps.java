package cn.jixiao.testing;

import cn.jixiao.localstack.Credentials;
import cn.jixiao.localstack.LocalStack;
import cn.jixiao.localstack.StackConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Packaged apps, started as `./run` starts them, on the test stack's ports (e2e tests, benchmarks). */
public final class RunningApps implements AutoCloseable {
    private final StackConfig stack;
    private final List<Process> processes = new ArrayList<>();
    private Map<String, String> extraEnvironment = Map.of();

    private RunningApps(StackConfig stack) {
        this.stack = stack;
    }

    /** All three apps; the portal first, since it migrates the schema. */
    public static RunningApps start() throws Exception {
        return start(TestStack.config());
    }

    /** All three apps on a given stack (fault drills use their own). */
    public static RunningApps start(StackConfig config) throws Exception {
        var apps = new RunningApps(LocalStack.ensureRunning(config));
        try {
            apps.launch("portal");
            apps.awaitReady("portal", apps.stack.portalManagementUrl());
            apps.launch("public-site");
            apps.launch("tenant-admin");
            apps.awaitReady("public-site", apps.stack.publicSiteManagementUrl());
            apps.awaitReady("tenant-admin", apps.stack.tenantAdminManagementUrl());
        } catch (Exception | AssertionError e) {
            apps.close();
            throw e;
        }
        return apps;
    }

    /** The portal alone, on a given stack (benchmarks use their own). */
    public static RunningApps portalOnly(StackConfig config) throws Exception {
        var apps = new RunningApps(LocalStack.ensureRunning(config));
        try {
            apps.launch("portal");
            apps.awaitReady("portal", apps.stack.portalManagementUrl());
        } catch (Exception | AssertionError e) {
            apps.close();
            throw e;
        }
        return apps;
    }

    /** The portal alone with more environment (e.g. a benchmark's larger upload limits). */
    public static RunningApps portalOnly(StackConfig config, Map<String, String> environment) throws Exception {
        var apps = new RunningApps(LocalStack.ensureRunning(config));
        apps.extraEnvironment = Map.copyOf(environment);
        try {
            apps.launch("portal");
            apps.awaitReady("portal", apps.stack.portalManagementUrl());
        } catch (Exception | AssertionError e) {
            apps.close();
            throw e;
        }
        return apps;
    }

    /** No app yet, on a given stack: the test starts public-site replicas itself ({@link #startPublicSiteReplica}). */
    public static RunningApps none(StackConfig config) throws Exception {
        return new RunningApps(LocalStack.ensureRunning(config));
    }

    /** One public-site replica started by {@link #startPublicSiteReplica}: its addresses, log and process. */
    public record Replica(String name, String url, String managementUrl, Path log, Process process) {
        /** Stops it (SIGTERM, as a deployment scales in) and waits until it has exited. */
        public void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /**
     * Starts one more public-site replica, as a deployment scales out: on {@code port} (management
     * {@code port + 1000}), with its own data folder (its index) and more environment, without waiting
     * for it: the test watches its readiness.
     */
    public Replica startPublicSiteReplica(String name, int port, Path dataDir, Map<String, String> environment)
            throws IOException {
        int managementPort = port + StackConfig.MANAGEMENT_PORT_OFFSET;
        var replicaEnvironment = new java.util.HashMap<>(environment);
        replicaEnvironment.put("JIXIAO_PUBLIC_PORT", Integer.toString(port));
        replicaEnvironment.put("JIXIAO_PUBLIC_MANAGEMENT_PORT", Integer.toString(managementPort));
        replicaEnvironment.put("JIXIAO_DATA_DIR", dataDir.toString());
        Process process = launch("public-site", name, replicaEnvironment);
        return new Replica(
                name,
                "http://localhost:" + port,
                "http://localhost:" + managementPort,
                stack.dataDir().resolve("app-logs").resolve(name + ".log"),
                process);
    }

    /**
     * Starts one more portal instance, as a deployment scales out: on {@code port} (management
     * {@code port + 1000}), with more environment, without waiting for it. Start a second one only once the
     * first is ready: the first migrates the schema and makes the demo data.
     */
    public Replica startPortalReplica(String name, int port, Map<String, String> environment) throws IOException {
        int managementPort = port + StackConfig.MANAGEMENT_PORT_OFFSET;
        var replicaEnvironment = new java.util.HashMap<>(environment);
        replicaEnvironment.put("JIXIAO_PORTAL_PORT", Integer.toString(port));
        replicaEnvironment.put("JIXIAO_PORTAL_MANAGEMENT_PORT", Integer.toString(managementPort));
        Process process = launch("portal", name, replicaEnvironment);
        return new Replica(
                name,
                "http://localhost:" + port,
                "http://localhost:" + managementPort,
                stack.dataDir().resolve("app-logs").resolve(name + ".log"),
                process);
    }

    /** Waits until the replica answers ready (200 on its management port), at most {@code timeout}. */
    public static void awaitReady(Replica replica, Duration timeout) throws Exception {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create(replica.managementUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!replica.process().isAlive()) {
                throw new AssertionError(replica.name() + " exited; see " + replica.log());
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            replica.process().waitFor(100, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError(replica.name() + " was not ready within " + timeout + "; see " + replica.log());
    }

    /** The portal and tenant-admin on a given stack (the Keycloak-at-scale benchmark onboards through tenant-admin). */
    public static RunningApps portalAndTenantAdmin(StackConfig config) throws Exception {
        var apps = new RunningApps(LocalStack.ensureRunning(config));
        try {
            apps.launch("portal");
            apps.awaitReady("portal", apps.stack.portalManagementUrl());
            apps.launch("tenant-admin");
            apps.awaitReady("tenant-admin", apps.stack.tenantAdminManagementUrl());
        } catch (Exception | AssertionError e) {
            apps.close();
            throw e;
        }
        return apps;
    }

    /**
     * Starts public-site beside the apps already running and waits until it is ready (its search index
     * built), at most {@code timeout}: a benchmark fills the database first, then times the build.
     */
    public void startPublicSite(Duration timeout) throws Exception {
        launch("public-site");
        awaitReady("public-site", stack.publicSiteManagementUrl(), timeout);
    }

    public StackConfig stack() {
        return stack;
    }

    private void launch(String module) throws IOException {
        launch(module, module, Map.of());
    }

    private Process launch(String module, String logName, Map<String, String> moreEnvironment) throws IOException {
        Path jar = stack.repoRoot().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the apps first (./run test does)");
        }
        Path logs = stack.dataDir().resolve("app-logs");
        Files.createDirectories(logs);
        var command = new ArrayList<String>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m"));
        if ("test".equals(stack.profile())) {
            // a test's apps live for a minute: C1 alone, as the tests' own JVMs (most of a start's CPU was C2);
            // benchmarks and drills run on stacks of their own and keep the full JIT
            command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        }
        command.addAll(List.of("-jar", jar.toString()));
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve(logName + ".log").toFile());
        builder.environment().putAll(environment());
        builder.environment().putAll(extraEnvironment);
        builder.environment().putAll(moreEnvironment);
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private Map<String, String> environment() {
        return Map.ofEntries(
                Map.entry("JIXIAO_PG_PORT", Integer.toString(stack.postgresPort())),
                Map.entry("JIXIAO_S3_PORT", Integer.toString(stack.s3Port())),
                Map.entry("JIXIAO_KEYCLOAK_PORT", Integer.toString(stack.keycloakPort())),
                Map.entry("JIXIAO_PORTAL_PORT", Integer.toString(stack.portalPort())),
                Map.entry("JIXIAO_PUBLIC_PORT", Integer.toString(stack.publicSitePort())),
                Map.entry("JIXIAO_ADMIN_PORT", Integer.toString(stack.tenantAdminPort())),
                Map.entry("JIXIAO_PORTAL_MANAGEMENT_PORT", Integer.toString(stack.portalManagementPort())),
                Map.entry("JIXIAO_PUBLIC_MANAGEMENT_PORT", Integer.toString(stack.publicSiteManagementPort())),
                Map.entry("JIXIAO_ADMIN_MANAGEMENT_PORT", Integer.toString(stack.tenantAdminManagementPort())),
                Map.entry("JIXIAO_DB_OWNER_PASSWORD", Credentials.DB_OWNER_PASSWORD),
                Map.entry("JIXIAO_DB_APP_PASSWORD", Credentials.DB_APP_PASSWORD),
                Map.entry("JIXIAO_DB_PLATFORM_PASSWORD", Credentials.DB_PLATFORM_PASSWORD),
                Map.entry("JIXIAO_DB_PUBLIC_PASSWORD", Credentials.DB_PUBLIC_PASSWORD),
                Map.entry("JIXIAO_S3_ACCESS_KEY", Credentials.S3_ACCESS_KEY),
                Map.entry("JIXIAO_S3_SECRET_KEY", Credentials.S3_SECRET_KEY),
                Map.entry("JIXIAO_PORTAL_CLIENT_SECRET", Credentials.PORTAL_CLIENT_SECRET),
                Map.entry("JIXIAO_TENANT_ADMIN_CLIENT_SECRET", Credentials.TENANT_ADMIN_CLIENT_SECRET),
                Map.entry("JIXIAO_CSRF_SECRET", Credentials.CSRF_SECRET),
                Map.entry("JIXIAO_DEMO_DATA", "true"),
                Map.entry("JIXIAO_DATA_DIR", stack.dataDir().resolve("apps").toString()));
    }

    /** Readiness is asked on the app's management interface, the only place that answers it. */
    private void awaitReady(String module, String managementUrl) throws Exception {
        awaitReady(module, managementUrl, Duration.ofMinutes(2));
    }

    private void awaitReady(String module, String managementUrl, Duration timeout) throws Exception {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create(managementUrl + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        var process = processes.get(processes.size() - 1);
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!processes.stream().allMatch(Process::isAlive)) {
                throw new AssertionError(
                        module + " exited; see " + stack.dataDir().resolve("app-logs/" + module + ".log"));
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            process.waitFor(300, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError(module + " was not ready within " + timeout);
    }

    @Override
    public void close() throws InterruptedException {
        // SIGTERM lets each app stop cleanly
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
