package cn.jixiao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.localstack.LocalStack;
import cn.jixiao.localstack.StackConfig;
import cn.jixiao.testing.RunningApps;
import cn.jixiao.testing.RunningApps.Replica;
import cn.jixiao.testing.TestStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 8: how soon a new public-site replica is ready, from an index snapshot in S3 against a
 * full rebuild, in one run on {@code bench.reports} synthetic reports (seed 42). Replica 1 rebuilds on an
 * empty index and writes a snapshot; {@code bench.catchUpEvents} UPDATED events follow (publications
 * after the snapshot); replica 2 restores the snapshot and catches up; replica 3 rebuilds with restoring
 * switched off, on the same data. Each is timed from its process start to its readiness answering 200.
 *
 * <pre>./run mvn -pl infrastructure/bench -am verify -Dbench.skip=false -Dtest=SnapshotBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.reports=100000]</pre>
 */
class SnapshotBenchmark {
    private static final int REPORTS = Integer.getInteger("bench.reports", 100_000);
    private static final int CATCH_UP_EVENTS = Integer.getInteger("bench.catchUpEvents", 1_000);
    private static final Duration READY_WITHIN = Duration.ofMinutes(90);

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<String> lines = new ArrayList<>();

    @Test
    void newReplicaFromSnapshotAgainstFullRebuild() throws Exception {
        StackConfig stack = StackConfig.forProfile("bench", TestStack.repoRoot(), System.getenv());
        LocalStack.wipe(stack);
        try (RunningApps apps = RunningApps.portalOnly(stack);
                Connection db = SearchBenchmark.owner(stack)) {
            SearchBenchmark.regions(db);
            long t0 = System.nanoTime();
            SearchBenchmark.fill(db, REPORTS);
            line("reports written with COPY: %,d in %.1f s", REPORTS, seconds(t0));
            Path data = Files.createTempDirectory(stack.dataDir(), "snapshot-bench-");
            var env = Map.of(
                    "JIXIAO_SEARCH_SNAPSHOT_PREFIX",
                    "bench-snapshots/" + data.getFileName(),
                    "JIXIAO_SEARCH_SNAPSHOT_INTERVAL",
                    "2s");
            int port = stack.publicSitePort();

            Replica first = apps.startPublicSiteReplica("public-site-rebuild-1", port, data.resolve("1"), env);
            double firstReady = timeToReady(first);
            awaitSnapshot(first);
            String written = logLine(first, "search snapshot written");
            first.stop();
            line("replica 1 (empty index, no snapshot): ready after %.1f s; %s", firstReady, logLine(first, "rebuilt"));
            line("snapshot: %s", written);

            try (Statement update = db.createStatement()) {
                update.executeUpdate("insert into publication_event (tenant_id, report_id, kind)"
                        + " select tenant_id, id, 'UPDATED' from report where status = 'PUBLISHED' order by id desc"
                        + " limit " + CATCH_UP_EVENTS);
            }
            line("events after the snapshot: %,d UPDATED", CATCH_UP_EVENTS);

            Replica restored = apps.startPublicSiteReplica("public-site-restore", port, data.resolve("2"), env);
            double restoreReady = timeToReady(restored);
            String restoredLine = logLine(restored, "restored from snapshot");
            String restoredReady = logLine(restored, "search index ready");
            int restoredDocs = documents(restored);
            restored.stop();
            line("replica 2 (restores the snapshot, catches up): ready after %.1f s; %s", restoreReady, restoredLine);
            line("  %s", restoredReady);

            var noRestore = new java.util.HashMap<>(env);
            noRestore.put("JIXIAO_SEARCH_SNAPSHOT_RESTORE", "false");
            Replica rebuilt = apps.startPublicSiteReplica("public-site-rebuild-3", port, data.resolve("3"), noRestore);
            double rebuildReady = timeToReady(rebuilt);
            int rebuiltDocs = documents(rebuilt);
            rebuilt.stop();
            line(
                    "replica 3 (restore off, full rebuild): ready after %.1f s; %s",
                    rebuildReady, logLine(rebuilt, "rebuilt"));

            line("");
            line("| new replica | time to ready (s) | reports |");
            line("|---|---|---|");
            line("| from the snapshot + %,d events | %.1f | %,d |", CATCH_UP_EVENTS, restoreReady, restoredDocs);
            line(
                    "| full rebuild (%d cores) | %.1f | %,d |",
                    Runtime.getRuntime().availableProcessors(), rebuildReady, rebuiltDocs);
            line("");
            line(
                    "ratio snapshot / rebuild = %.2f (the first rebuild, JIT cold: %.1f s)",
                    restoreReady / rebuildReady, firstReady);
            Path out = stack.repoRoot().resolve("infrastructure/bench/target/snapshot-benchmark.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            assertEquals(rebuiltDocs, restoredDocs, "both replicas hold every published report");
        }
    }

    private static double timeToReady(Replica replica) throws Exception {
        long t0 = System.nanoTime();
        RunningApps.awaitReady(replica, READY_WITHIN);
        return seconds(t0);
    }

    private void awaitSnapshot(Replica replica) throws Exception {
        Pattern written =
                Pattern.compile("jixiao_search_snapshot_writes_total\\{[^}]*outcome=\"written\"[^}]*} ([0-9.]+)");
        long t0 = System.nanoTime();
        while (seconds(t0) < READY_WITHIN.toSeconds()) {
            Matcher m = written.matcher(get(replica.managementUrl() + "/q/metrics"));
            if (m.find() && Double.parseDouble(m.group(1)) >= 1) {
                return;
            }
            replica.process().waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS); // polling its progress
        }
        throw new AssertionError("no snapshot written; see " + replica.log());
    }

    private int documents(Replica replica) throws Exception {
        Matcher m = Pattern.compile("\"documents\"\\s*:\\s*(\\d+)")
                .matcher(get(replica.managementUrl() + "/q/health/ready"));
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private String get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static String logLine(Replica replica, String marker) throws Exception {
        for (String line : Files.readAllLines(replica.log())) {
            if (line.contains(marker)) {
                return line.substring(line.indexOf(marker));
            }
        }
        return "(no \"" + marker + "\" in the log)";
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        lines.add(text);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
