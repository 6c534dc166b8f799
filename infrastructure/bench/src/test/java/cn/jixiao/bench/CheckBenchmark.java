package cn.jixiao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.localstack.Credentials;
import cn.jixiao.localstack.LocalStack;
import cn.jixiao.localstack.StackConfig;
import cn.jixiao.testing.RunningApps;
import cn.jixiao.testing.TestStack;
import cn.jixiao.testing.Tokens;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's recompute benchmark: 保山市 with 1,000 projects (fill-tenant.sql), each with a 2021
 * self-evaluation of 24 indicators (fill-evaluations.sql), funds, expenditure entries, a contract and a
 * payment. Timed through the portal as the finance reviewer: the region-wide recheck
 * {@code POST /api/findings/recheck?year=2021} (three runs: the first creates ~10,000 findings, the
 * next update them), against, in the same run, the recheck of one evaluation at a time
 * ({@code ?evaluationId=}, p50/p99 over {@code bench.samples} evaluations) and the existing tenant
 * ratios endpoint. Run it on its own:
 *
 * <pre>./run mvn -pl infrastructure/bench -am verify -Dbench.skip=false -Dtest=CheckBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class CheckBenchmark {
    private static final String MEASURED = "530500";
    private static final int SAMPLES = Integer.getInteger("bench.samples", 100);
    private static final int REGION_RUNS = Integer.getInteger("bench.regionRuns", 3);

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void recheckOfARegionWithAThousandProjects() throws Exception {
        StackConfig stack = StackConfig.forProfile("bench", TestStack.repoRoot(), System.getenv());
        LocalStack.wipe(stack);
        try (RunningApps apps = RunningApps.portalOnly(stack);
                Connection db = owner(stack)) {
            long fill = System.nanoTime();
            run(db, script("/fill-tenant.sql"));
            run(db, script("/fill-evaluations.sql"));
            run(db, "analyze");
            long evaluations =
                    single(db, "select count(*) from evaluation where tenant_id = '" + MEASURED + "' and year = 2021");
            long indicators = single(
                    db,
                    "select count(*) from evaluation_indicator i join evaluation e"
                            + " on e.id = i.evaluation_id where e.tenant_id = '" + MEASURED + "' and e.year = 2021");
            var lines = new ArrayList<String>();
            lines.add(String.format(
                    Locale.ROOT,
                    "filled %d evaluations, %d indicators in %.1f s",
                    evaluations,
                    indicators,
                    (System.nanoTime() - fill) / 1e9));

            var ids = new ArrayList<Long>();
            try (Statement s = db.createStatement();
                    ResultSet rs = s.executeQuery("select id from evaluation where tenant_id = '" + MEASURED
                            + "' and created_by = 'bench' order by id limit " + SAMPLES)) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }

            Latencies ratios = repeat(stack, "GET", "/api/ratios?year=2021", SAMPLES, "tenant ratios API (baseline)");
            repeatEach(stack, ids, "warm-up"); // the first recheck of each creates its findings
            Latencies single = repeatEach(stack, ids, "recheck of one evaluation");

            var regionRuns = new ArrayList<double[]>();
            for (int i = 0; i < REGION_RUNS; i++) {
                long t0 = System.nanoTime();
                var answer = send(stack, "POST", "/api/findings/recheck?year=2021");
                double wall = (System.nanoTime() - t0) / 1e6;
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(
                            "region recheck answered " + answer.statusCode() + ": " + answer.body());
                }
                regionRuns.add(new double[] {wall});
                lines.add("region recheck run " + (i + 1) + ": " + answer.body());
            }
            long findings = single(
                    db,
                    "select count(*) from finding where tenant_id = '" + MEASURED + "' and year = 2021"
                            + " and state <> 'FIXED'");
            lines.add("findings (not fixed) after the runs: " + findings);
            try (Statement s = db.createStatement();
                    ResultSet rs = s.executeQuery("select code, count(*) from finding where tenant_id = '" + MEASURED
                            + "' and year = 2021 and state <> 'FIXED' group by code order by code")) {
                while (rs.next()) {
                    lines.add("  " + rs.getString(1) + ": " + rs.getLong(2));
                }
            }
            lines.add("");
            lines.add("| what | p50 (ms) | p99 (ms) |");
            lines.add("|---|---|---|");
            lines.add(row(ratios));
            lines.add(row(single));
            for (int i = 0; i < regionRuns.size(); i++) {
                double ms = regionRuns.get(i)[0];
                lines.add(String.format(
                        Locale.ROOT,
                        "| region recheck run %d (%d evaluations): %.0f ms, %.2f ms per evaluation,"
                                + " %.2f × the single-recheck p50 per evaluation, %.0f × the ratios p50 | | |",
                        i + 1,
                        evaluations,
                        ms,
                        ms / evaluations,
                        (ms / evaluations) / single.p50(),
                        ms / ratios.p50()));
            }
            String report = String.join("\n", lines) + "\n";
            System.out.println(report);
            Path out = stack.repoRoot().resolve("infrastructure/bench/target/check-benchmark.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
            // the 1,000 filled ones and 保山市's demo department evaluation of 2021 (seed 004)
            assertEquals(1001, evaluations, "one evaluation per project, and the demo's");
        }
    }

    private static String row(Latencies l) {
        return String.format(Locale.ROOT, "| %s | %.2f | %.2f |", l.name(), l.p50(), l.p99());
    }

    private Latencies repeat(StackConfig stack, String method, String path, int n, String name) throws Exception {
        for (int i = 0; i < 20; i++) {
            send(stack, method, path);
        }
        double[] millis = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            var answer = send(stack, method, path);
            millis[i] = (System.nanoTime() - t0) / 1e6;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + answer.statusCode());
            }
        }
        return new Latencies(name, millis);
    }

    private Latencies repeatEach(StackConfig stack, List<Long> ids, String name) throws Exception {
        double[] millis = new double[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            long t0 = System.nanoTime();
            var answer = send(stack, "POST", "/api/findings/recheck?evaluationId=" + ids.get(i));
            millis[i] = (System.nanoTime() - t0) / 1e6;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(
                        "recheck of " + ids.get(i) + " answered " + answer.statusCode() + ": " + answer.body());
            }
        }
        return new Latencies(name, millis);
    }

    private String token;
    private long tokenAt;

    private HttpResponse<String> send(StackConfig stack, String method, String path) throws Exception {
        if (token == null || System.nanoTime() - tokenAt > 120_000_000_000L) {
            token = Tokens.accessToken(stack, "baoshan-finance", Tokens.DEMO_PASSWORD);
            tokenAt = System.nanoTime();
        }
        var request = HttpRequest.newBuilder(URI.create(stack.portalUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        method.equals("GET")
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(""))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Connection owner(StackConfig stack) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + stack.postgresPort() + "/" + Credentials.DB_NAME,
                Credentials.DB_OWNER,
                Credentials.DB_OWNER_PASSWORD);
    }

    private static void run(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql.replace(":tenant", MEASURED));
        }
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String script(String name) throws IOException {
        try (InputStream in = CheckBenchmark.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
