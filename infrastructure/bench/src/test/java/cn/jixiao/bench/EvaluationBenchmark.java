package cn.jixiao.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.localstack.Credentials;
import cn.jixiao.localstack.LocalStack;
import cn.jixiao.localstack.StackConfig;
import cn.jixiao.testing.RunningApps;
import cn.jixiao.testing.TestStack;
import cn.jixiao.testing.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's evaluation benchmark: an evaluation of 300 level-3 indicators (10 level-1 × 3 level-2 × 10)
 * opened ({@code GET /api/evaluations/{id}}) and saved ({@code PUT …/indicators/{id}}: rescored and
 * rechecked), against the same for an evaluation of 30 indicators in the same run. Run it on its own:
 *
 * <pre>./run mvn -pl infrastructure/bench -am verify -Dbench.skip=false -Dtest=EvaluationBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class EvaluationBenchmark {
    private static final String REGION = "430600"; // 岳阳市: its editor yueyang-dept evaluates its demo project
    private static final int WARMUP = 50;
    private static final int SAMPLES = Integer.getInteger("bench.samples", 300);
    private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+)");

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void anEvaluationOfThreeHundredIndicatorsOpensAndSaves() throws Exception {
        StackConfig stack = StackConfig.forProfile("bench", TestStack.repoRoot(), System.getenv());
        LocalStack.wipe(stack);
        try (RunningApps apps = RunningApps.portalOnly(stack);
                Connection db = owner(stack)) {
            String token = Tokens.accessToken(stack, "yueyang-dept", Tokens.DEMO_PASSWORD);
            long department =
                    single(db, "select id from department where tenant_id = '" + REGION + "' and code = 'zwfwzx'");
            long project =
                    single(db, "select id from project where tenant_id = '" + REGION + "' and budget_code = '087001'");
            long big = start(stack, token, department, project, 2030, template(db, "基准-300", 10, 3, 10));
            long small = start(stack, token, department, project, 2031, template(db, "基准-30", 3, 1, 10));
            long bigLeaf = single(db, "select max(id) from evaluation_indicator where evaluation_id = " + big);
            long smallLeaf = single(db, "select max(id) from evaluation_indicator where evaluation_id = " + small);

            var rows = new ArrayList<Latencies>();
            rows.add(open(stack, token, small, "open, 30 indicators (baseline)"));
            rows.add(open(stack, token, big, "open, 300 indicators"));
            rows.add(save(stack, token, small, smallLeaf, "save, 30 indicators (baseline)"));
            rows.add(save(stack, token, big, bigLeaf, "save, 300 indicators"));
            String report = report(rows);
            System.out.println(report);
            Path out = stack.repoRoot().resolve("infrastructure/bench/target/evaluation-benchmark.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
            assertTrue(rows.size() == 4);
        }
    }

    private Latencies open(StackConfig stack, String token, long evaluation, String name) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(stack.portalUrl() + "/api/evaluations/" + evaluation))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        for (int i = 0; i < WARMUP; i++) {
            ok(http.send(request, HttpResponse.BodyHandlers.ofString()), name);
        }
        double[] millis = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long t0 = System.nanoTime();
            ok(http.send(request, HttpResponse.BodyHandlers.ofString()), name);
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        return new Latencies(name, millis);
    }

    /** Saves the last leaf again and again with the version the last answer gave, alternating its actual value. */
    private Latencies save(StackConfig stack, String token, long evaluation, long leaf, String name) throws Exception {
        int version = 0;
        double[] millis = new double[SAMPLES];
        for (int i = -WARMUP; i < SAMPLES; i++) {
            String body = "{\"actualValue\":" + (i % 2 == 0 ? 60 : 80) + ",\"version\":" + version + "}";
            var request = HttpRequest.newBuilder(
                            URI.create(stack.portalUrl() + "/api/evaluations/" + evaluation + "/indicators/" + leaf))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            long t0 = System.nanoTime();
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            ok(response, name);
            if (i >= 0) {
                millis[i] = (System.nanoTime() - t0) / 1e6;
            }
            // a save may step the version more than once (rescored after the fill): read it back
            Matcher m = Pattern.compile("\\{\"id\":" + leaf + ",[^{}]*\"version\":(\\d+)\\}")
                    .matcher(response.body());
            if (!m.find()) {
                throw new IllegalStateException("no version of indicator " + leaf + " in the answer");
            }
            version = Integer.parseInt(m.group(1));
        }
        return new Latencies(name, millis);
    }

    private long start(StackConfig stack, String token, long department, long project, int year, long template)
            throws Exception {
        String body = "{\"departmentId\":" + department + ",\"projectId\":" + project + ",\"year\":" + year
                + ",\"kind\":\"SELF\",\"templateId\":" + template + "}";
        var response = http.send(
                HttpRequest.newBuilder(URI.create(stack.portalUrl() + "/api/evaluations"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("start answered " + response.statusCode() + ": " + response.body());
        }
        Matcher m = ID.matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("no id in " + response.body().substring(0, 200));
        }
        return Long.parseLong(m.group(1));
    }

    /** A template of level1 × level2 × leaves indicators, weights adding up to 100; every leaf proportional to a target of 100. */
    private static long template(Connection db, String name, int level1, int level2, int leaves) throws SQLException {
        long template = insert(
                db,
                "insert into indicator_template (tenant_id, name, subject_kind, created_by) values ('" + REGION + "', '"
                        + name + "', 'PROJECT', 'bench') returning id");
        double leafWeight = 100.0 / (level1 * level2 * leaves);
        for (int a = 0; a < level1; a++) {
            long l1 = insert(db, indicator(template, null, 1, a, "一级指标" + (a + 1), leafWeight * level2 * leaves, null));
            for (int b = 0; b < level2; b++) {
                long l2 = insert(
                        db, indicator(template, l1, 2, b, "二级指标" + (a + 1) + "-" + (b + 1), leafWeight * leaves, null));
                for (int c = 0; c < leaves; c++) {
                    insert(
                            db,
                            indicator(
                                    template,
                                    l2,
                                    3,
                                    c,
                                    "三级指标" + (a + 1) + "-" + (b + 1) + "-" + (c + 1),
                                    leafWeight,
                                    "PROPORTIONAL"));
                }
            }
        }
        return template;
    }

    private static String indicator(
            long template, Long parent, int level, int position, String name, double weight, String rule) {
        return String.format(
                Locale.ROOT,
                "insert into template_indicator (tenant_id, template_id, parent_id, level, position, name, weight, rule)"
                        + " values ('%s', %d, %s, %d, %d, '%s', %.2f, %s) returning id",
                REGION,
                template,
                parent == null ? "null" : parent.toString(),
                level,
                position,
                name,
                weight,
                rule == null ? "null" : "'" + rule + "'");
    }

    private static void ok(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    what + " answered " + response.statusCode() + ": " + Portal.excerpt(response.body()));
        }
    }

    private static String report(List<Latencies> rows) {
        var lines = new ArrayList<String>();
        lines.add("| request | p50 (ms) | p99 (ms) | p50 ÷ baseline | p99 ÷ baseline |");
        lines.add("|---|---|---|---|---|");
        for (int i = 0; i < rows.size(); i++) {
            Latencies r = rows.get(i);
            Latencies base = rows.get(i - i % 2);
            lines.add(String.format(
                    Locale.ROOT,
                    "| %s | %.2f | %.2f | %.2f | %.2f |",
                    r.name(),
                    r.p50(),
                    r.p99(),
                    r.p50() / base.p50(),
                    r.p99() / base.p99()));
        }
        return String.join("\n", lines) + "\n";
    }

    private static Connection owner(StackConfig stack) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + stack.postgresPort() + "/" + Credentials.DB_NAME,
                Credentials.DB_OWNER,
                Credentials.DB_OWNER_PASSWORD);
    }

    private static long insert(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long single(Connection db, String sql) throws SQLException {
        return insert(db, sql);
    }
}
