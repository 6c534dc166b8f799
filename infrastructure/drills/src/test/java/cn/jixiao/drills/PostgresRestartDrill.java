package cn.jixiao.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.drills.SteadyLoad.Answer;
import cn.jixiao.drills.SteadyLoad.Kind;
import cn.jixiao.localstack.StackConfig;
import cn.jixiao.testing.Tokens;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL restarts under load, then stops for ten seconds and starts again, while client threads ask all
 * three apps for pages and API answers. What users must see: while the database is away every failed answer
 * is a 503 with a Chinese message (JSON for scripts, the error page for browsers) that comes fast, never a 500
 * or a hang; readiness says DOWN while it is away and UP after; and once PostgreSQL is back every kind of
 * request succeeds again by itself, no app restarted.
 */
class PostgresRestartDrill {
    private static final int CLIENT_THREADS = 7;
    private static final Duration DOWN_FOR = Duration.ofSeconds(10);
    /** Failed answers come this fast (Agroal waits at most 2 s for a connection; the margin is generous). */
    private static final double FAILED_P99_BOUND_MS = 3000;
    /** Every kind of request succeeds again within this long after PostgreSQL is ready. */
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(30);

    private final HttpClient probe =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void requestsFailFastWith503WhilePostgresIsAwayAndEveryAppRecoversByItself() throws Exception {
        DrillReport.drill("PostgreSQL restarts under load (PostgresRestartDrill)");
        try (DrillStack drill = DrillStack.start()) {
            StackConfig stack = drill.stack();
            List<Kind> kinds = kinds(stack);
            for (Kind kind : kinds) {
                int status = probe.send(kind.request(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                assertEquals(200, status, kind.name() + " does not answer 200 before the drill");
            }
            Map<String, String> readiness = readinessUrls(stack);
            List<Long> pgReady = new ArrayList<>();
            Map<String, Boolean> sawDown = new LinkedHashMap<>();
            Map<String, Double> recoveredAfter = new LinkedHashMap<>();

            try (SteadyLoad load = new SteadyLoad(kinds, CLIENT_THREADS)) {
                awaitEveryKind(load, "before", System.nanoTime(), Duration.ofSeconds(30));

                // phase 1: a restart (fast shutdown: sessions cut), started again at once
                load.phase("restart");
                long restartStarted = System.nanoTime();
                drill.services().restartPostgres();
                long restarted = System.nanoTime();
                pgReady.add(restarted);
                load.phase("recovery after restart");
                Map<String, Long> first1 = awaitEveryKind(load, "recovery after restart", restarted, RECOVERY_BOUND);
                load.phase("steady");
                DrillReport.line(
                        "restart: PostgreSQL down and up again in %.1f s; every request kind OK %.1f s after it was ready (%s)",
                        (restarted - restartStarted) / 1e9,
                        seconds(restarted, max(first1)),
                        perKind(first1, restarted));
                recoveredAfter.put("restart", seconds(restarted, max(first1)));

                // phase 2: stopped for DOWN_FOR, readiness watched meanwhile, then started
                load.phase("down");
                long stopped = System.nanoTime();
                drill.services().stopPostgres();
                long downUntil = System.nanoTime() + DOWN_FOR.toNanos();
                while (System.nanoTime() < downUntil) {
                    for (var app : readiness.entrySet()) {
                        if (!ready(app.getValue())) {
                            sawDown.put(app.getKey(), true);
                        }
                    }
                }
                load.phase("starting");
                drill.services().startPostgres();
                long started = System.nanoTime();
                pgReady.add(started);
                load.phase("recovery after stop");
                Map<String, Long> first2 = awaitEveryKind(load, "recovery after stop", started, RECOVERY_BOUND);
                Map<String, Double> readyAgain = new LinkedHashMap<>();
                for (var app : readiness.entrySet()) {
                    readyAgain.put(app.getKey(), awaitReady(app.getValue(), started, RECOVERY_BOUND));
                }
                load.phase("after");
                DrillReport.line(
                        "stop: PostgreSQL away for %.1f s; every request kind OK %.1f s after it was ready again (%s)",
                        (started - stopped) / 1e9, seconds(started, max(first2)), perKind(first2, started));
                DrillReport.line(
                        "readiness: DOWN while away: %s; UP again after PostgreSQL was ready: %s",
                        sawDown,
                        readyAgain.entrySet().stream()
                                .map(e -> e.getKey() + " " + String.format("%.1f s", e.getValue()))
                                .collect(Collectors.joining(", ")));
                recoveredAfter.put("stop", seconds(started, max(first2)));
                awaitEveryKind(load, "after", System.nanoTime(), Duration.ofSeconds(30));
                load.close();

                List<Answer> answers = load.answers();
                report(answers);
                check(answers, readiness.keySet(), sawDown);
            }
        }
    }

    /** The kinds of request the clients ask, each needing the database except the public search. */
    private List<Kind> kinds(StackConfig stack) throws InterruptedException {
        String finance = Tokens.accessToken(stack, "yijinhuoluo-finance", Tokens.DEMO_PASSWORD);
        String operator = Tokens.grant(stack, Tokens.TENANT_ADMIN_CLI, "platform-admin", Tokens.DEMO_PASSWORD)
                .getString("access_token");
        String portal = stack.portalUrl();
        String site = stack.publicSiteUrl();
        String admin = stack.tenantAdminUrl();
        String word = URLEncoder.encode("绩效", StandardCharsets.UTF_8);
        long report = newestPublicReport(site);
        return List.of(
                new Kind("portal API departments", "portal", portal + "/api/departments", finance, false),
                new Kind("portal API findings", "portal", portal + "/api/findings", finance, false),
                new Kind("portal API reports", "portal", portal + "/api/reports", finance, false),
                new Kind("portal page departments", "portal", portal + "/departments", finance, true),
                new Kind("portal page findings", "portal", portal + "/findings", finance, true),
                new Kind("public search API", "public-site", site + "/api/reports?q=" + word, null, false),
                new Kind("public report API", "public-site", site + "/api/reports/" + report, null, false),
                new Kind("public report page", "public-site", site + "/reports/" + report, null, true),
                new Kind("public search page", "public-site", site + "/search?q=" + word, null, true),
                new Kind("tenant-admin API tenants", "tenant-admin", admin + "/api/tenants", operator, false));
    }

    /** The newest report the public site lists (the demo's reports reach its index shortly after start). */
    private static long newestPublicReport(String site) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonPath list = JsonPath.from(RestAssured.get(site + "/api/reports")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
            if (list.getInt("total") > 0) {
                return list.getLong("hits[0].id");
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the public site lists no report");
            }
            Thread.sleep(200); // polling an observable condition until the deadline
        }
    }

    private static Map<String, String> readinessUrls(StackConfig stack) {
        var urls = new LinkedHashMap<String, String>();
        urls.put("portal", stack.portalManagementUrl() + "/q/health/ready");
        urls.put("public-site", stack.publicSiteManagementUrl() + "/q/health/ready");
        urls.put("tenant-admin", stack.tenantAdminManagementUrl() + "/q/health/ready");
        return urls;
    }

    private boolean ready(String url) throws InterruptedException {
        try {
            var request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5))
                    .build();
            return probe.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** Seconds from {@code since} until the readiness check answers UP, polled; fails after {@code within}. */
    private double awaitReady(String url, long since, Duration within) throws InterruptedException {
        long deadline = since + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (ready(url)) {
                return seconds(since, System.nanoTime());
            }
            Thread.sleep(100); // polling an observable condition until the deadline
        }
        throw new AssertionError(url + " did not say UP within " + within.toSeconds() + " s after PostgreSQL was back");
    }

    /**
     * Waits until every kind has a 200 asked after {@code since} (polled); returns when each first succeeded
     * (the end of that request, nanoTime). Fails when one does not within {@code within}.
     */
    private static Map<String, Long> awaitEveryKind(SteadyLoad load, String phase, long since, Duration within)
            throws InterruptedException {
        long deadline = since + within.toNanos();
        while (true) {
            Map<String, Long> first = new TreeMap<>();
            for (Answer a : load.answers()) {
                if (a.status() == 200 && a.startNanos() >= since) {
                    first.merge(a.kind().name(), a.endNanos(), Math::min);
                }
            }
            long kinds =
                    load.answers().stream().map(a -> a.kind().name()).distinct().count();
            if (kinds > 0 && first.size() == kinds) {
                return first;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("in phase " + phase + " these kinds had no success within "
                        + within.toSeconds() + " s: only " + first.keySet() + " succeeded");
            }
            Thread.sleep(100); // polling an observable condition until the deadline
        }
    }

    private static void report(List<Answer> answers) {
        Map<String, Map<Integer, Long>> byPhase = new LinkedHashMap<>();
        for (Answer a : answers) {
            byPhase.computeIfAbsent(a.phase(), p -> new TreeMap<>()).merge(a.status(), 1L, Long::sum);
        }
        DrillReport.line("answers: %d in all, by phase and status: %s", answers.size(), byPhase);
        List<Answer> failed = answers.stream().filter(a -> a.status() != 200).toList();
        if (!failed.isEmpty()) {
            DrillReport.line(
                    "failed answers: %d, latency p50 %.0f ms, p99 %.0f ms, max %.0f ms; by kind: %s",
                    failed.size(),
                    percentile(failed, 50),
                    percentile(failed, 99),
                    percentile(failed, 100),
                    failed.stream()
                            .collect(Collectors.groupingBy(a -> a.kind().name(), TreeMap::new, Collectors.counting())));
        }
        DrillReport.line(
                "kinds that kept answering 200 while PostgreSQL was away: %s",
                answers.stream()
                        .filter(a -> a.phase().equals("down") && a.status() == 200)
                        .collect(Collectors.groupingBy(a -> a.kind().name(), TreeMap::new, Collectors.counting())));
        List<Answer> ok = answers.stream().filter(a -> a.status() == 200).toList();
        DrillReport.line(
                "successful answers: %d, latency p50 %.0f ms, p99 %.0f ms",
                ok.size(), percentile(ok, 50), percentile(ok, 99));
    }

    private static void check(List<Answer> answers, java.util.Set<String> apps, Map<String, Boolean> sawDown) {
        List<Answer> wrong = answers.stream()
                .filter(a -> a.status() != 200 && a.status() != 503)
                .toList();
        assertTrue(wrong.isEmpty(), "answers that were neither 200 nor 503 (500s, hangs, others): " + sample(wrong));
        List<Answer> before = answers.stream()
                .filter(a -> a.phase().equals("before") && a.status() != 200)
                .toList();
        assertTrue(before.isEmpty(), "failures before PostgreSQL was touched: " + sample(before));
        List<Answer> unavailable =
                answers.stream().filter(a -> a.status() == 503).toList();
        assertTrue(!unavailable.isEmpty(), "no request failed while PostgreSQL was away: the drill did not bite");
        Predicate<Answer> explained = a -> a.retryAfter() != null
                && a.body().contains("数据库暂时无法访问")
                && (a.kind().page()
                        ? a.contentType() != null && a.contentType().startsWith("text/html")
                        : a.contentType() != null && a.contentType().startsWith("application/json"));
        List<Answer> unexplained =
                unavailable.stream().filter(explained.negate()).toList();
        assertTrue(
                unexplained.isEmpty(),
                "503s without Retry-After and the Chinese message (a page for browsers, JSON for scripts): "
                        + sample(unexplained));
        double p99 = percentile(unavailable, 99);
        assertTrue(p99 < FAILED_P99_BOUND_MS, "failed answers were slow: p99 " + p99 + " ms");
        for (String app : apps) {
            assertTrue(sawDown.getOrDefault(app, false), app + " never said not ready while PostgreSQL was away");
        }
    }

    private static String sample(List<Answer> answers) {
        return answers.size() + " e.g. "
                + answers.stream()
                        .limit(5)
                        .map(a -> a.kind().name() + " [" + a.phase() + "] " + a.status() + " "
                                + a.body().substring(0, Math.min(200, a.body().length())))
                        .toList();
    }

    private static double percentile(List<Answer> answers, double p) {
        if (answers.isEmpty()) {
            return Double.NaN;
        }
        double[] ms = answers.stream().mapToDouble(Answer::millis).sorted().toArray();
        int index = (int) Math.ceil(p / 100.0 * ms.length) - 1;
        return ms[Math.max(0, Math.min(ms.length - 1, index))];
    }

    private static long max(Map<String, Long> times) {
        return times.values().stream().mapToLong(Long::longValue).max().orElseThrow();
    }

    private static String perKind(Map<String, Long> first, long since) {
        return first.entrySet().stream()
                .map(e -> e.getKey() + " " + String.format("%.1f s", seconds(since, e.getValue())))
                .collect(Collectors.joining(", "));
    }

    private static double seconds(long from, long to) {
        return Math.max(0, to - from) / 1e9;
    }
}
