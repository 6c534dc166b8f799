package cn.jixiao.bench;

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
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The books checks over a region of 1,000 projects (100 departments, 50,000 expenditure entries, 1,000
 * contracts and payments, 900 target tables with 4,500 plan steps): the time of a region's books recheck
 * (the first creates the findings, the later ones find them again), against the tenant ratios API as the
 * baseline, measured in the same run. Writes infrastructure/bench/target/books-benchmark.md.
 *
 * <p>{@code ./run mvn -pl infrastructure/bench -am verify -Dbench.skip=false -Dtest=BooksBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
class BooksBenchmark {
    private static final String MEASURED = "530500";
    private static final int RUNS = Integer.getInteger("bench.regionRuns", 3);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 100);

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void booksRecheckOfARegionWithAThousandProjects() throws Exception {
        StackConfig stack = StackConfig.forProfile("bench", TestStack.repoRoot(), System.getenv());
        LocalStack.wipe(stack);
        try (RunningApps apps = RunningApps.portalOnly(stack);
                Connection db = owner(stack)) {
            long fill = System.nanoTime();
            run(db, script("/fill-tenant.sql"));
            run(db, script("/fill-books.sql"));
            run(db, "analyze");
            var lines = new ArrayList<String>();
            lines.add(String.format(
                    Locale.ROOT,
                    "filled %d projects, %d expenditure entries, %d contracts, %d plan steps in %.1f s",
                    single(db, "select count(*) from project where tenant_id = '" + MEASURED + "' and year = 2021"),
                    single(db, "select count(*) from expenditure where tenant_id = '" + MEASURED + "'"),
                    single(db, "select count(*) from contract where tenant_id = '" + MEASURED + "'"),
                    single(db, "select count(*) from target_plan_step where tenant_id = '" + MEASURED + "'"),
                    (System.nanoTime() - fill) / 1e9));

            double[] ratios = new double[SAMPLES];
            for (int i = 0; i < 20; i++) {
                send(stack, "GET", "/api/ratios?year=2021");
            }
            for (int i = 0; i < SAMPLES; i++) {
                long t0 = System.nanoTime();
                send(stack, "GET", "/api/ratios?year=2021");
                ratios[i] = (System.nanoTime() - t0) / 1e6;
            }
            java.util.Arrays.sort(ratios);
            double ratiosP50 = ratios[SAMPLES / 2];
            lines.add(String.format(Locale.ROOT, "tenant ratios API (baseline) p50 %.2f ms", ratiosP50));

            String last = "";
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                var answer = send(stack, "POST", "/api/findings/books/recheck?year=2021");
                double ms = (System.nanoTime() - t0) / 1e6;
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(
                            "books recheck answered " + answer.statusCode() + ": " + answer.body());
                }
                lines.add(String.format(
                        Locale.ROOT,
                        "books recheck run %d: %.0f ms wall (%.0f × the ratios p50): %s",
                        i + 1,
                        ms,
                        ms / ratiosP50,
                        answer.body()));
                last = answer.body();
            }
            // exactly the faults fill-books.sql plants
            for (String planted : new String[] {
                "\"PROJECT_WITHOUT_TARGETS\":100",
                "\"PURCHASED_SERVICE_NOT_EVALUATED\":100",
                "\"EXPENDITURE_CLASS_MISMATCH\":20",
                "\"CONTRACT_WITHOUT_PROCUREMENT\":50",
                "\"MILESTONE_LATE\":90"
            }) {
                org.junit.jupiter.api.Assertions.assertTrue(last.contains(planted), planted + " in " + last);
            }
            String report = String.join("\n", lines) + "\n";
            System.out.println(report);
            Path out = stack.repoRoot().resolve("infrastructure/bench/target/books-benchmark.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
        }
    }

    private String token;

    private HttpResponse<String> send(StackConfig stack, String method, String path) throws Exception {
        if (token == null) {
            token = Tokens.accessToken(stack, "baoshan-finance", Tokens.DEMO_PASSWORD);
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
        try (InputStream in = BooksBenchmark.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
