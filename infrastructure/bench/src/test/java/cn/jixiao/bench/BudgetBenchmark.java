package cn.jixiao.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's benchmark: one region with 100 departments, 1,000 projects and 50,000 expenditure
 * entries; the tenant dashboard and the ratio endpoints are timed when the database holds only that
 * region, then again when it holds 100 such regions. The figure that matters is the ratio of the two
 * (tenant_id leads every index, so it should stay near 1). Run it on its own:
 *
 * <pre>./run mvn -pl infrastructure/bench -am verify -Dbench.skip=false -Dtest=BudgetBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class BudgetBenchmark {
    private static final String MEASURED = "530500"; // 保山市, whose finance reviewer asks
    private static final int OTHER_TENANTS = Integer.getInteger("bench.regions", 100) - 1;
    private static final int WARMUP = 100;
    private static final int SAMPLES = Integer.getInteger("bench.samples", 300);

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void dashboardAndRatiosStayFlatAsRegionsMultiply() throws Exception {
        StackConfig stack = StackConfig.forProfile("bench", TestStack.repoRoot(), System.getenv());
        LocalStack.wipe(stack);
        try (RunningApps apps = RunningApps.portalOnly(stack);
                Connection db = owner(stack)) {
            long fill = System.nanoTime();
            fillTenant(db, MEASURED);
            analyze(db);
            System.out.printf(Locale.ROOT, "filled 1 region in %.1f s%n", (System.nanoTime() - fill) / 1e9);
            Map<String, String> endpoints = endpoints(db);

            measure(stack, endpoints); // a whole round first: shared paths (token checks, JSON, ORM) get hot too
            Map<String, Latencies> alone = measure(stack, endpoints);

            fill = System.nanoTime();
            for (int i = 1; i <= OTHER_TENANTS; i++) {
                String code = String.format(Locale.ROOT, "9%05d", i);
                addTenant(db, code, i);
                fillTenant(db, code);
            }
            analyze(db);
            System.out.printf(
                    Locale.ROOT,
                    "filled %d more regions in %.1f s (%d expenditure rows in all)%n",
                    OTHER_TENANTS,
                    (System.nanoTime() - fill) / 1e9,
                    count(db, "expenditure"));

            Map<String, Latencies> crowded = measure(stack, endpoints);
            String report = report(alone, crowded);
            System.out.println(report);
            Path out = stack.repoRoot().resolve("infrastructure/bench/target/bench-budget.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
            assertTrue(!alone.isEmpty(), "at least one endpoint answered");
        }
    }

    private Map<String, String> endpoints(Connection db) throws SQLException {
        long department = single(
                db, "select min(id) from department where tenant_id = '" + MEASURED + "' and code like 'bench-d%'");
        long project = single(
                db,
                "select min(id) from project where tenant_id = '" + MEASURED + "' and budget_code like 'Bbench-d%'");
        var endpoints = new LinkedHashMap<String, String>();
        endpoints.put("tenant dashboard page", "/dashboard?year=2021");
        endpoints.put("tenant ratios API", "/api/ratios?year=2021");
        endpoints.put("department ratios API", "/api/departments/" + department + "/ratios?year=2021");
        endpoints.put("project funds API", "/api/projects/" + project + "/funds");
        endpoints.put("departments list API", "/api/departments?size=50");
        return endpoints;
    }

    private Map<String, Latencies> measure(StackConfig stack, Map<String, String> endpoints) throws Exception {
        String token = Tokens.accessToken(stack, "baoshan-finance", Tokens.DEMO_PASSWORD);
        var results = new LinkedHashMap<String, Latencies>();
        for (var endpoint : endpoints.entrySet()) {
            var request = HttpRequest.newBuilder(URI.create(stack.portalUrl() + endpoint.getValue()))
                    .header("Authorization", "Bearer " + token)
                    .GET()
                    .build();
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                System.out.printf("skipping %s: %s answered %d%n", endpoint.getKey(), endpoint.getValue(), status);
                continue;
            }
            for (int i = 0; i < WARMUP; i++) {
                http.send(request, HttpResponse.BodyHandlers.discarding());
            }
            double[] millis = new double[SAMPLES];
            for (int i = 0; i < SAMPLES; i++) {
                long t0 = System.nanoTime();
                var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                millis[i] = (System.nanoTime() - t0) / 1e6;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(endpoint.getValue() + " answered " + response.statusCode());
                }
            }
            results.put(endpoint.getKey(), new Latencies(endpoint.getKey(), millis));
        }
        return results;
    }

    private static String report(Map<String, Latencies> alone, Map<String, Latencies> crowded) {
        var lines = new ArrayList<String>();
        int regions = OTHER_TENANTS + 1;
        lines.add("| endpoint | p50 1 region (ms) | p99 1 region (ms) | p50 " + regions + " regions (ms) | p99 "
                + regions + " regions (ms) | p50 ratio | p99 ratio |");
        lines.add("|---|---|---|---|---|---|---|");
        for (var name : alone.keySet()) {
            Latencies a = alone.get(name);
            Latencies b = crowded.get(name);
            lines.add(String.format(
                    Locale.ROOT,
                    "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |",
                    name,
                    a.p50(),
                    a.p99(),
                    b.p50(),
                    b.p99(),
                    b.p50() / a.p50(),
                    b.p99() / a.p99()));
        }
        return String.join("\n", lines) + "\n";
    }

    private static Connection owner(StackConfig stack) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + stack.postgresPort() + "/" + Credentials.DB_NAME,
                Credentials.DB_OWNER,
                Credentials.DB_OWNER_PASSWORD);
    }

    private static void addTenant(Connection db, String code, int i) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("insert into region (code, name, level) values ('" + code + "', '基准地区" + i
                    + "', 'COUNTY') on conflict do nothing");
            s.execute("insert into tenant (code, slug) values ('" + code + "', 'bench-" + i
                    + "') on conflict do nothing");
        }
    }

    private static void fillTenant(Connection db, String code) throws IOException, SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(script().replace(":tenant", code));
        }
    }

    private static void analyze(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("analyze");
        }
    }

    private static long count(Connection db, String table) throws SQLException {
        return single(db, "select count(*) from " + table);
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String script() throws IOException {
        try (InputStream in = BudgetBenchmark.class.getResourceAsStream("/fill-tenant.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
