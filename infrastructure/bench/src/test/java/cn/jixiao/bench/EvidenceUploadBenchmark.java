package cn.jixiao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.localstack.Credentials;
import cn.jixiao.localstack.LocalStack;
import cn.jixiao.localstack.StackConfig;
import cn.jixiao.testing.RunningApps;
import cn.jixiao.testing.TestStack;
import cn.jixiao.testing.Tokens;
import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's evidence benchmark: a 1 GB file (a PDF header, then pseudo-random bytes) uploaded through the
 * packaged portal ({@code POST /api/evidence}, the raw body, as the page's script sends it) against a direct
 * S3 put of the same file to the same S3 server, with the same client library and part size the portal
 * uses, alternately, in one run. The figure is the ratio of the throughputs (goal ≥ 0.9); beside it the
 * portal's peak heap, sampled from its metrics (jvm_memory_used_bytes, area heap) every 100 ms during the
 * uploads, and its maximum heap (-Xmx384m, as RunningApps starts it), which a buffered 1 GB body could not
 * fit in. Run it on its own:
 *
 * <pre>./run mvn -pl infrastructure/bench -am verify -Dbench.skip=false -Dtest=EvidenceUploadBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class EvidenceUploadBenchmark {
    private static final String REGION = "150627";
    private static final long SIZE_MB = Long.getLong("bench.evidenceMb", 1024);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 2);
    /** The portal's jixiao.evidence.part-size default. */
    private static final long PART_SIZE = 16L * 1024 * 1024;
    /** The portal's jixiao.evidence.parts-in-flight default. */
    private static final int PARTS_IN_FLIGHT = 2;

    /** The old generation after the last collection (Micrometer's JvmGcMetrics): what stays, not garbage. */
    private static final Pattern LIVE =
            Pattern.compile("^jvm_gc_live_data_size_bytes(?:\\{[^}]*\\})?\\s+(\\S+)", Pattern.MULTILINE);

    private static final Pattern HEAP =
            Pattern.compile("^jvm_memory_used_bytes\\{([^}]*)\\}\\s+(\\S+)", Pattern.MULTILINE);

    @Test
    void anUploadThroughThePortalKeepsPaceWithADirectPut() throws Exception {
        StackConfig stack = StackConfig.forProfile("bench", TestStack.repoRoot(), System.getenv());
        LocalStack.wipe(stack);
        Path file = stack.repoRoot().resolve("infrastructure/bench/target/evidence-1g.pdf");
        Files.createDirectories(file.getParent());
        long size = SIZE_MB * 1024 * 1024;
        String sha256 = generate(file, size);
        var limits = new java.util.HashMap<>(Map.of(
                "JIXIAO_EVIDENCE_MAX_SIZE", "2G",
                "QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE", "2100M"));
        // e.g. -Dbench.portalJavaOptions=-XX:StartFlightRecording=filename=portal.jfr to profile the portal
        String portalJavaOptions = System.getProperty("bench.portalJavaOptions", "");
        if (!portalJavaOptions.isBlank()) {
            limits.put("JAVA_TOOL_OPTIONS", portalJavaOptions);
        }
        try (RunningApps apps = RunningApps.portalOnly(stack, limits);
                Connection db = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + stack.postgresPort() + "/" + Credentials.DB_NAME,
                        Credentials.DB_OWNER,
                        Credentials.DB_OWNER_PASSWORD)) {
            long indicator = owner(db);
            MinioClient s3 = MinioClient.builder()
                    .endpoint(stack.s3Url())
                    .credentials(Credentials.S3_ACCESS_KEY, Credentials.S3_SECRET_KEY)
                    .region("cn-north-1")
                    .build();
            MinioAsyncClient s3Async = MinioAsyncClient.builder()
                    .endpoint(stack.s3Url())
                    .credentials(Credentials.S3_ACCESS_KEY, Credentials.S3_SECRET_KEY)
                    .region("cn-north-1")
                    .build();
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            var direct = new ArrayList<Double>();
            var directParts = new ArrayList<Double>();
            var portal = new ArrayList<Double>();
            long peakHeap = 0;
            long peakLive = 0;
            for (int round = 0; round < ROUNDS; round++) {
                direct.add(directPut(s3, file, size, round));
                directParts.add(directPartsPut(s3, s3Async, file, round));
                var sampler = new HeapSampler(http, stack.portalManagementUrl() + "/q/metrics");
                Thread thread = Thread.ofPlatform().daemon().start(sampler);
                try {
                    portal.add(portalUpload(http, stack, indicator, file, size, sha256, round));
                } finally {
                    sampler.stop.set(true);
                    thread.join();
                }
                peakHeap = Math.max(peakHeap, sampler.peak.get());
                peakLive = Math.max(peakLive, sampler.live.get());
            }
            String report = report(size, direct, directParts, portal, peakHeap, peakLive);
            System.out.println(report);
            Files.writeString(
                    stack.repoRoot().resolve("infrastructure/bench/target/evidence-upload.md"),
                    report,
                    StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Writes the file: "%PDF-1.7", then a 1 MiB random block varied per MiB; returns its SHA-256. */
    private static String generate(Path file, long size) throws Exception {
        byte[] block = new byte[1024 * 1024];
        new Random(10).nextBytes(block);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
            for (long written = 0, i = 0; written < size; i++) {
                for (int j = 0; j < 64; j++) {
                    block[(int) ((i * 64 + j) * 16_381 % block.length)] ^= (byte) (i + j + 1);
                }
                if (written == 0) {
                    System.arraycopy(head, 0, block, 0, head.length);
                }
                int n = (int) Math.min(block.length, size - written);
                out.write(block, 0, n);
                digest.update(block, 0, n);
                written += n;
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A draft evaluation of 伊金霍洛旗's 政务服务局 with one indicator, written as the database owner. */
    private static long owner(Connection db) throws Exception {
        try (Statement s = db.createStatement()) {
            long evaluation;
            try (ResultSet rs = s.executeQuery("insert into evaluation (tenant_id, department_id, year, kind, status,"
                    + " created_by) values ('" + REGION + "', (select id from department where tenant_id = '" + REGION
                    + "' and code = 'zwfwj'), 2099, 'SELF', 'DRAFT', 'bench') returning id")) {
                rs.next();
                evaluation = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery(
                    "insert into evaluation_indicator (tenant_id, evaluation_id, level, name, weight) values ('"
                            + REGION + "', " + evaluation + ", 1, '产出指标', 50) returning id")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Seconds for a direct put of the file (then removed). */
    private static double directPut(MinioClient s3, Path file, long size, int round) throws Exception {
        String key = "bench/direct-" + round;
        long t0 = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            s3.putObject(PutObjectArgs.builder().bucket(Credentials.S3_BUCKET).object(key).stream(in, size, PART_SIZE)
                    .contentType("application/pdf")
                    .build());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        s3.removeObject(RemoveObjectArgs.builder()
                .bucket(Credentials.S3_BUCKET)
                .object(key)
                .build());
        return seconds;
    }

    /** Seconds for a direct put the way the portal sends (unsigned parts, some in flight), then removed. */
    private static double directPartsPut(MinioClient s3, MinioAsyncClient s3Async, Path file, int round)
            throws Exception {
        String key = "bench/direct-parts-" + round;
        long t0 = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            UnsignedPartsPut.put(s3Async, Credentials.S3_BUCKET, key, in, (int) PART_SIZE, PARTS_IN_FLIGHT);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        s3.removeObject(RemoveObjectArgs.builder()
                .bucket(Credentials.S3_BUCKET)
                .object(key)
                .build());
        return seconds;
    }

    /** Seconds for the upload through the portal (until its answer), checking the SHA-256 it reports. */
    private static double portalUpload(
            HttpClient http, StackConfig stack, long indicator, Path file, long size, String sha256, int round)
            throws Exception {
        String token = Tokens.accessToken(stack, "yijinhuoluo-dept", Tokens.DEMO_PASSWORD);
        var request = HttpRequest.newBuilder(
                        URI.create(stack.portalUrl() + "/api/evidence?ownerKind=INDICATOR&ownerId=" + indicator))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream")
                .header("X-File-Name", "bench-" + round + ".pdf")
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build();
        long t0 = System.nanoTime();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (response.statusCode() != 201) {
            throw new IllegalStateException("upload answered " + response.statusCode() + ": " + response.body());
        }
        assertEquals(true, response.body().contains("\"sha256\":\"" + sha256 + "\""), "the portal's SHA-256");
        assertEquals(true, response.body().contains("\"sizeBytes\":" + size), "the portal's size");
        long id = Long.parseLong(
                response.body().replaceAll("^\\{\"id\":(\\d+).*$", "$1").strip());
        var delete = HttpRequest.newBuilder(URI.create(stack.portalUrl() + "/api/evidence/" + id))
                .header("Authorization", "Bearer " + token)
                .DELETE()
                .build();
        assertEquals(
                204, http.send(delete, HttpResponse.BodyHandlers.discarding()).statusCode());
        return seconds;
    }

    /** Samples the portal's heap in use (the sum over its heap pools) until stopped; keeps the peak. */
    private static final class HeapSampler implements Runnable {
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicLong peak = new AtomicLong();
        final AtomicLong live = new AtomicLong();
        private final HttpClient http;
        private final HttpRequest request;

        HeapSampler(HttpClient http, String url) {
            this.http = http;
            this.request = HttpRequest.newBuilder(URI.create(url)).GET().build();
        }

        @Override
        public void run() {
            while (!stop.get()) {
                try {
                    String text = http.send(request, HttpResponse.BodyHandlers.ofString())
                            .body();
                    double heap = 0;
                    Matcher m = HEAP.matcher(text);
                    while (m.find()) {
                        if (m.group(1).contains("area=\"heap\"")) {
                            heap += Double.parseDouble(m.group(2));
                        }
                    }
                    long value = (long) heap;
                    peak.accumulateAndGet(value, Math::max);
                    Matcher l = LIVE.matcher(text);
                    if (l.find()) {
                        live.accumulateAndGet((long) Double.parseDouble(l.group(1)), Math::max);
                    }
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // a missed sample
                }
            }
        }
    }

    private static String report(
            long size,
            List<Double> direct,
            List<Double> directParts,
            List<Double> portal,
            long peakHeap,
            long peakLive) {
        double mb = size / 1024.0 / 1024.0;
        var lines = new ArrayList<String>();
        lines.add(
                String.format(Locale.ROOT, "Evidence upload of %.0f MiB (%d rounds, alternating)", mb, direct.size()));
        lines.add("");
        lines.add("| round | direct putObject (s) | direct as the portal sends (s) | through the portal (s)"
                + " | portal (MiB/s) | ratio to putObject | ratio to the portal's way |");
        lines.add("|---|---|---|---|---|---|---|");
        for (int i = 0; i < direct.size(); i++) {
            lines.add(String.format(
                    Locale.ROOT,
                    "| %d | %.1f | %.1f | %.1f | %.0f | %.2f | %.2f |",
                    i + 1,
                    direct.get(i),
                    directParts.get(i),
                    portal.get(i),
                    mb / portal.get(i),
                    direct.get(i) / portal.get(i),
                    directParts.get(i) / portal.get(i)));
        }
        double directTotal = direct.stream().mapToDouble(Double::doubleValue).sum();
        double partsTotal =
                directParts.stream().mapToDouble(Double::doubleValue).sum();
        double portalTotal = portal.stream().mapToDouble(Double::doubleValue).sum();
        lines.add("");
        lines.add(String.format(
                Locale.ROOT,
                "throughput ratio portal/direct over all rounds: %.2f against MinIO's putObject (goal >= 0.9),"
                        + " %.2f against a direct put sent the portal's way",
                directTotal / portalTotal,
                partsTotal / portalTotal));
        lines.add(String.format(
                Locale.ROOT,
                "portal peak heap in use during the uploads: %.0f MiB, garbage included (max heap -Xmx384m);"
                        + " its largest old generation after a collection: %.0f MiB",
                peakHeap / 1024.0 / 1024.0,
                peakLive / 1024.0 / 1024.0));
        return String.join("\n", lines) + "\n";
    }
}
