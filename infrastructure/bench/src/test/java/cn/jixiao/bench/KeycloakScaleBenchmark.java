package cn.jixiao.bench;

import cn.jixiao.localstack.Credentials;
import cn.jixiao.localstack.LocalStack;
import cn.jixiao.localstack.StackConfig;
import cn.jixiao.testing.RunningApps;
import cn.jixiao.testing.TestStack;
import cn.jixiao.testing.Tokens;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: Keycloak at scale. Onboards {@code bench.regions} regions (3,000 by default: a national
 * count of county-level divisions) into the one realm through tenant-admin's bulk path (a GB/T
 * 2260-shaped code list uploaded, previewed, started, its progress polled), and measures before and
 * after: Keycloak's resident memory, sign-in (password grant) and token (refresh grant) times for a
 * demo user, and the organization look-ups (walking the list 100 at a time, as tenant-admin did,
 * against the search by domain it does now, and the portal's search by alias), plus the user list
 * of a realm role (the portal walks it for evaluators). Times are reported as p50/p99 and as the
 * ratio after/before, taken in the same run. Run it on its own (it is no test):
 *
 * <pre>./run mvn -pl infrastructure/bench -am verify -Dbench.skip=false -Dtest=KeycloakScaleBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.regions=3000] [-Dbench.samples=100]</pre>
 */
class KeycloakScaleBenchmark {
    private static final int REGIONS = Integer.getInteger("bench.regions", 3000);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 100);
    private static final int WARMUP = 10;
    private static final String USER = "yijinhuoluo-finance";

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private StackConfig stack;
    private String lastAlias;

    @Test
    void onboardThousandsOfRegionsIntoOneRealm() throws Exception {
        stack = StackConfig.forProfile("bench", TestStack.repoRoot(), System.getenv());
        LocalStack.wipe(stack);
        var report = new StringBuilder();
        try (RunningApps apps = RunningApps.portalAndTenantAdmin(stack)) {
            long rssBefore = keycloakRss();
            int orgsBefore = organizationCount();
            lastAlias = "yijinhuoluo";
            measure(); // a whole round first: a freshly started Keycloak is still compiling its hot paths
            Map<String, Latencies> before = measure();

            Path csv = codeList(REGIONS);
            long t0 = System.nanoTime();
            List<String> checkpoints = bulkOnboard(csv);
            double seconds = (System.nanoTime() - t0) / 1e9;
            Files.deleteIfExists(csv);

            long rssAfter = keycloakRss();
            int orgsAfter = organizationCount();
            System.out.printf(
                    Locale.ROOT,
                    "onboarded %d regions in %.1f s; Keycloak RSS %d MB → %d MB; organizations %d → %d%n",
                    REGIONS,
                    seconds,
                    rssBefore >> 20,
                    rssAfter >> 20,
                    orgsBefore,
                    orgsAfter);
            lastAlias = "r" + lastCode;
            Map<String, Latencies> after = measure();

            report.append("# Keycloak at scale (issue 9)\n\n")
                    .append(String.format(
                            Locale.ROOT,
                            "Regions onboarded through the bulk path: %d in %.1f s (%.3f s per region); organizations %d → %d%n%n",
                            REGIONS,
                            seconds,
                            seconds / REGIONS,
                            orgsBefore,
                            orgsAfter))
                    .append("Progress (done regions, seconds since start, seconds per region in the last window):\n\n");
            checkpoints.forEach(line -> report.append("    ").append(line).append('\n'));
            report.append(String.format(
                    Locale.ROOT,
                    "%nKeycloak RSS: %.0f MB before, %.0f MB after (×%.2f)%n%n",
                    rssBefore / 1048576.0,
                    rssAfter / 1048576.0,
                    (double) rssAfter / rssBefore));
            report.append(
                            "| measure | before p50 ms | before p99 ms | after p50 ms | after p99 ms | p50 after/before |\n")
                    .append("|---|---:|---:|---:|---:|---:|\n");
            for (var name : before.keySet()) {
                var b = before.get(name);
                var a = after.get(name);
                report.append(String.format(
                        Locale.ROOT,
                        "| %s | %.1f | %.1f | %.1f | %.1f | %.2f |%n",
                        name,
                        b.p50(),
                        b.p99(),
                        a.p50(),
                        a.p99(),
                        a.p50() / b.p50()));
            }
        }
        System.out.println(report);
        Path out = stack.repoRoot().resolve("infrastructure/bench/target/keycloak-scale.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
    }

    private String lastCode;

    /** Provinces 91…, 30 counties to a city, 99 cities to a province: {@code n} regions in all. */
    private Path codeList(int n) throws IOException {
        var lines = new ArrayList<String>();
        lines.add("行政区划代码,名称");
        int province = 91;
        int city = 1;
        int county = 1;
        lines.add(province + "0000,基准省" + province);
        lines.add(String.format(Locale.ROOT, "%d%02d00,基准市%d%02d", province, city, province, city));
        while (lines.size() - 1 < n) {
            if (county > 30) {
                county = 1;
                city++;
                if (city > 99) {
                    city = 1;
                    province++;
                    lines.add(province + "0000,基准省" + province);
                    if (lines.size() - 1 >= n) {
                        break;
                    }
                }
                lines.add(String.format(Locale.ROOT, "%d%02d00,基准市%d%02d", province, city, province, city));
                continue;
            }
            lastCode = String.format(Locale.ROOT, "%d%02d%02d", province, city, county);
            lines.add(lastCode + ",基准县" + lastCode);
            county++;
        }
        Path file = Files.createTempFile("bench-codes", ".csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** Uploads, starts and polls the job; answers progress lines. */
    private List<String> bulkOnboard(Path csv) throws Exception {
        String token = adminToken();
        String boundary = "bench-" + UUID.randomUUID();
        var body = HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofString(
                        "--" + boundary
                                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"codes.csv\"\r\n"
                                + "Content-Type: text/csv\r\n\r\n",
                        StandardCharsets.UTF_8),
                HttpRequest.BodyPublishers.ofFile(csv),
                HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n", StandardCharsets.UTF_8));
        var upload = http.send(
                HttpRequest.newBuilder(URI.create(stack.tenantAdminUrl() + "/api/bulk-onboardings"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(body)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (upload.statusCode() != 201) {
            throw new IllegalStateException(
                    "upload answered " + upload.statusCode() + ": " + Portal.excerpt(upload.body()));
        }
        var preview = JsonPath.from(upload.body());
        long id = preview.getLong("id");
        if (!preview.getList("problems").isEmpty() || preview.getInt("progress.pending") != REGIONS) {
            throw new IllegalStateException("preview: " + Portal.excerpt(upload.body()));
        }
        var started = http.send(
                HttpRequest.newBuilder(URI.create(stack.tenantAdminUrl() + "/api/bulk-onboardings/" + id + "/start"))
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("start answered " + started.statusCode() + ": " + started.body());
        }
        var lines = new ArrayList<String>();
        long t0 = System.nanoTime();
        long tokenAt = t0;
        long lastT = t0;
        int lastDone = 0;
        int step = Math.max(100, REGIONS / 10);
        while (true) {
            Thread.sleep(2000);
            if (System.nanoTime() - tokenAt > 120e9) {
                token = adminToken(); // tokens live longer; a poll every 2 s should not add sign-ins to the load
                tokenAt = System.nanoTime();
            }
            var answer = http.send(
                    HttpRequest.newBuilder(
                                    URI.create(stack.tenantAdminUrl() + "/api/bulk-onboardings/" + id + "?items=false"))
                            .header("Authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            var job = JsonPath.from(answer.body());
            int done = job.getInt("progress.done") + job.getInt("progress.existing");
            long now = System.nanoTime();
            boolean running = "RUNNING".equals(job.getString("status"));
            if (done - lastDone >= step || !running) {
                String line = String.format(
                        Locale.ROOT,
                        "%5d done, %7.1f s, %.3f s/region (failed %d)",
                        done,
                        (now - t0) / 1e9,
                        done == lastDone ? 0 : (now - lastT) / 1e9 / (done - lastDone),
                        job.getInt("progress.failed"));
                System.out.println(line);
                lines.add(line);
                lastDone = done;
                lastT = now;
            }
            if (!running) {
                if (!"FINISHED".equals(job.getString("status")) || job.getInt("progress.failed") > 0) {
                    throw new IllegalStateException(
                            "the job ended " + job.getString("status") + ": " + job.getString("stopReason"));
                }
                return lines;
            }
        }
    }

    private Map<String, Latencies> measure() throws Exception {
        var results = new LinkedHashMap<String, Latencies>();
        var admin = new FreshToken();
        String domain = lastAlias.startsWith("r") ? lastAlias + ".jixiao.local" : lastAlias;
        results.put("sign-in: password grant (portal-cli)", time(this::passwordGrant));
        String refresh = Tokens.grant(stack, Tokens.PORTAL_CLI, USER, Tokens.DEMO_PASSWORD)
                .getString("refresh_token");
        results.put("token: refresh grant", time(() -> refreshGrant(refresh)));
        results.put("token: client credentials (tenant-admin service account)", time(() -> {
            long t = System.nanoTime();
            serviceToken();
            return (System.nanoTime() - t) / 1e9;
        }));
        results.put(
                "org look-up by alias, walking the list 100 at a time (tenant-admin before)",
                time(() -> walkForAlias(admin.get(), lastAlias)));
        results.put(
                "org look-up by domain search, exact (tenant-admin now)",
                time(() -> adminGet(admin.get(), "/organizations?exact=true&max=20&search=" + enc(domain))));
        results.put(
                "org look-up by alias search, substring (portal)",
                time(() ->
                        adminGet(admin.get(), "/organizations?exact=false&first=0&max=100&search=" + enc(lastAlias))));
        results.put(
                "users with realm role tenant-admin, 100 at a time (all pages)",
                time(() -> walk(admin.get(), "/roles/tenant-admin/users?briefRepresentation=true")));
        return results;
    }

    /** The service account's token, taken again after a minute (it lives five), outside any timing. */
    private final class FreshToken {
        private String value;
        private long takenAt;

        String get() throws Exception {
            if (value == null || System.nanoTime() - takenAt > 60e9) {
                value = serviceToken();
                takenAt = System.nanoTime();
            }
            return value;
        }
    }

    private Latencies time(DoubleSupplierWithIo sample) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            sample.get();
        }
        double[] millis = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            millis[i] = sample.get() * 1e3;
        }
        var latencies = new Latencies("", millis);
        System.out.printf(Locale.ROOT, "  p50 %.1f ms, p99 %.1f ms%n", latencies.p50(), latencies.p99());
        return latencies;
    }

    @FunctionalInterface
    private interface DoubleSupplierWithIo {
        double get() throws Exception;
    }

    private double passwordGrant() throws Exception {
        return post("grant_type=password&client_id=" + Tokens.PORTAL_CLI + "&username=" + USER + "&password="
                + Tokens.DEMO_PASSWORD + "&scope=" + enc("openid organization"));
    }

    private double refreshGrant(String refresh) throws Exception {
        return post("grant_type=refresh_token&client_id=" + Tokens.PORTAL_CLI + "&refresh_token=" + enc(refresh));
    }

    private double post(String form) throws Exception {
        var request = HttpRequest.newBuilder(
                        URI.create(stack.keycloakUrl() + "/realms/jixiao/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        long t = System.nanoTime();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - t) / 1e9;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token answered " + response.statusCode() + ": " + response.body());
        }
        return seconds;
    }

    private String serviceToken() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create(stack.keycloakUrl() + "/realms/jixiao/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=tenant-admin"
                                + "&client_secret=" + enc(Credentials.TENANT_ADMIN_CLIENT_SECRET)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return JsonPath.from(response.body()).getString("access_token");
    }

    private String adminToken() {
        return Tokens.grant(stack, Tokens.TENANT_ADMIN_CLI, "platform-admin", Tokens.DEMO_PASSWORD)
                .getString("access_token");
    }

    private double adminGet(String token, String path) throws Exception {
        long t = System.nanoTime();
        fetch(token, path);
        return (System.nanoTime() - t) / 1e9;
    }

    private String fetch(String token, String path) throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create(stack.keycloakUrl() + "/admin/realms/jixiao" + path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    path + " answered " + response.statusCode() + ": " + Portal.excerpt(response.body()));
        }
        return response.body();
    }

    /** The old way: pages of 100 organizations until the alias turns up (the last onboarded is the last page). */
    private double walkForAlias(String token, String alias) throws Exception {
        long t = System.nanoTime();
        for (int first = 0; ; first += 100) {
            List<String> aliases = JsonPath.from(fetch(token, "/organizations?first=" + first + "&max=100"))
                    .getList("alias");
            if (aliases.contains(alias) || aliases.size() < 100) {
                return (System.nanoTime() - t) / 1e9;
            }
        }
    }

    private double walk(String token, String path) throws Exception {
        long t = System.nanoTime();
        for (int first = 0; ; first += 100) {
            List<Object> page = JsonPath.from(fetch(token, path + "&first=" + first + "&max=100"))
                    .getList("$");
            if (page.size() < 100) {
                return (System.nanoTime() - t) / 1e9;
            }
        }
    }

    private int organizationCount() throws Exception {
        return Integer.parseInt(fetch(serviceToken(), "/organizations/count").strip());
    }

    /** Resident memory of the Keycloak JVM listening on this stack's port, from /proc. */
    private long keycloakRss() throws IOException {
        String marker = "--http-port=" + stack.keycloakPort();
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().matches("[0-9]+"))
                    .toList()) {
                try {
                    String cmd = new String(Files.readAllBytes(dir.resolve("cmdline")), StandardCharsets.UTF_8);
                    if (cmd.contains(marker) && cmd.contains("java")) {
                        for (String line : Files.readAllLines(dir.resolve("status"))) {
                            if (line.startsWith("VmRSS:")) {
                                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                            }
                        }
                    }
                } catch (IOException gone) {
                    // the process ended meanwhile
                }
            }
        }
        throw new IllegalStateException("no Keycloak process with " + marker);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
