package cn.jixiao.e2e;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx with the repository's configuration (infrastructure/deploy/local-proxy), as `./run
 * cluster` starts it: round-robin over two portal and two public-site instances, naming the instance that
 * answered in {@code X-Instance}.
 */
final class ReverseProxy implements AutoCloseable {
    private static final Path NGINX = Path.of("/usr/sbin/nginx");

    private final Process process;
    private final Path dir;

    private ReverseProxy(Process process, Path dir) {
        this.process = process;
        this.dir = dir;
    }

    /** Starts nginx with the template's placeholders filled in and waits until it listens on both ports. */
    static ReverseProxy start(Path repoRoot, Path dir, Map<String, Integer> ports) throws Exception {
        if (!Files.isExecutable(NGINX)) {
            throw new AssertionError("Debian's nginx is missing: ./run test installs it (apt-get install nginx)");
        }
        Files.createDirectories(dir);
        String config = Files.readString(
                repoRoot.resolve("infrastructure/deploy/local-proxy/nginx.conf.template"), StandardCharsets.UTF_8);
        config = config.replace("@DIR@", dir.toAbsolutePath().toString());
        for (var port : ports.entrySet()) {
            config = config.replace("@" + port.getKey() + "@", Integer.toString(port.getValue()));
        }
        if (java.util.regex.Pattern.compile("@[A-Z_0-9]+@").matcher(config).find()) {
            throw new IllegalArgumentException("a placeholder was left in the proxy's configuration");
        }
        Path file = dir.resolve("nginx.conf");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(
                        NGINX.toString(),
                        "-p",
                        dir.toString(),
                        "-c",
                        file.toString(),
                        "-e",
                        dir.resolve("error.log").toString(),
                        "-g",
                        "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile())
                .start();
        var proxy = new ReverseProxy(process, dir);
        try {
            proxy.awaitListening(ports.get("PORTAL_PORT"));
            proxy.awaitListening(ports.get("PUBLIC_PORT"));
        } catch (Exception | AssertionError e) {
            proxy.close();
            throw e;
        }
        return proxy;
    }

    private void awaitListening(int port) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("nginx exited: " + Files.readString(dir.resolve("nginx.out")));
            }
            try (var socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                process.waitFor(50, TimeUnit.MILLISECONDS);
            }
        }
        throw new AssertionError("nginx does not listen on " + port + "; see " + dir);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: nginx stops at once
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
