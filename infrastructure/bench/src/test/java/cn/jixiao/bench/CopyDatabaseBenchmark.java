package cn.jixiao.bench;

import static cn.jixiao.bench.CopyBenchmark.PARAGRAPHS;
import static cn.jixiao.bench.CopyBenchmark.THRESHOLD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.localstack.Credentials;
import cn.jixiao.localstack.LocalStack;
import cn.jixiao.localstack.StackConfig;
import cn.jixiao.portal.copies.MinHash;
import cn.jixiao.portal.copies.Shingles;
import cn.jixiao.testing.RunningApps;
import cn.jixiao.testing.TestStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The portal's own lookup at scale: {@code bench.reports} synthetic reports of 保山市 (every second one
 * published, the others drafts) with their paragraphs and bands in {@code paragraph_signature} (V18, GIN
 * index), {@code bench.copies} planted copies whose sources are published reports. Then, as the portal's
 * role in 岳阳市 (RLS: 保山市's published rows only), the query {@code ParagraphStore.sharingBands} runs
 * for sampled reports (the planted copies and as many others), each candidate confirmed by Jaccard;
 * baseline in the same run: reading one report's own paragraphs by its id. Also checked: no draft row of
 * 保山市 is ever returned to 岳阳市.
 *
 * <pre>./run mvn -pl infrastructure/bench -am verify -Dbench.skip=false -Dtest=CopyDatabaseBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.reports=100000] [-Dbench.copies=1000] [-Dbench.samples=300]</pre>
 */
class CopyDatabaseBenchmark {
    static final int REPORTS = Integer.getInteger("bench.reports", 100_000);
    static final int COPIES = Integer.getInteger("bench.copies", 1_000);
    static final int SAMPLES = Integer.getInteger("bench.samples", 300);
    static final long FIRST_ID = 50_000_000L;
    static final String SOURCE_REGION = "530500";
    static final String READER_REGION = "430600";

    /** ParagraphStore.sharingBands's query, word for word (the function of V18 does the lookup). */
    static final String SHARING_BANDS =
            "select report_id, tenant_id, region_name, section, position, bands, text, report_status,"
                    + " report_title, publisher, index_no from paragraphs_sharing_bands(?, ?)";

    static boolean published(int report) {
        return report % 2 == 0;
    }

    /** Copies whose sources are published reports (a draft of another region is never compared). */
    static Map<Integer, int[]> plant() {
        var random = new SplittableRandom(7);
        var planted = new HashMap<Integer, int[]>();
        while (planted.size() < COPIES) {
            int copy = random.nextInt(REPORTS);
            int source = 2 * random.nextInt(REPORTS / 2);
            if (copy != source && !planted.containsKey(copy)) {
                planted.put(copy, new int[] {source, random.nextInt(PARAGRAPHS)});
            }
        }
        return planted;
    }

    @Test
    void thePortalsLookupInPostgresql() throws Exception {
        StackConfig stack = StackConfig.forProfile("bench", TestStack.repoRoot(), System.getenv());
        LocalStack.wipe(stack);
        Map<Integer, int[]> planted = plant();
        try (RunningApps apps = RunningApps.portalOnly(stack);
                Connection owner = connect(stack, Credentials.DB_OWNER, Credentials.DB_OWNER_PASSWORD);
                Connection app = connect(stack, Credentials.DB_APP, Credentials.DB_APP_PASSWORD)) {
            long t0 = System.nanoTime();
            fill(owner, planted);
            long fillNanos = System.nanoTime() - t0;
            long t1 = System.nanoTime();
            exec(owner, "create index paragraph_signature_bands on paragraph_signature using gin (bands)");
            exec(owner, "analyze paragraph_signature");
            long ginNanos = System.nanoTime() - t1;
            String tableSize = single(owner, "select pg_size_pretty(pg_total_relation_size('paragraph_signature'))");
            String ginSize = single(owner, "select pg_size_pretty(pg_relation_size('paragraph_signature_bands'))");

            var sample = new ArrayList<Integer>(planted.keySet());
            var random = new SplittableRandom(11);
            while (sample.size() < planted.size() + SAMPLES) {
                sample.add(random.nextInt(REPORTS));
            }
            List<Integer> copies = sample.subList(0, Math.min(SAMPLES, planted.size()));
            List<Integer> others = sample.subList(planted.size(), sample.size());
            List<Integer> measured = new ArrayList<>(copies);
            measured.addAll(others);

            // baseline: 保山市 reads one report's own paragraphs
            exec(app, "select set_config('app.tenant_id', '" + SOURCE_REGION + "', false)");
            long[] baseline = new long[measured.size()];
            try (PreparedStatement own = app.prepareStatement(
                    "select text from paragraph_signature where report_id = ? order by section, position")) {
                for (int i = 0; i < measured.size(); i++) {
                    long s = System.nanoTime();
                    own.setLong(1, FIRST_ID + measured.get(i));
                    try (ResultSet rs = own.executeQuery()) {
                        while (rs.next()) {
                            rs.getString(1);
                        }
                    }
                    baseline[i] = System.nanoTime() - s;
                }
            }

            // the lookup as 岳阳市: bands of the report's paragraphs, candidates, Jaccard
            exec(app, "select set_config('app.tenant_id', '" + READER_REGION + "', false)");
            long[] lookup = new long[measured.size()];
            int found = 0;
            long confirmed = 0;
            long truePairs = 0;
            long rows = 0;
            long drafts = 0;
            try (PreparedStatement q = app.prepareStatement(SHARING_BANDS)) {
                for (int i = 0; i < measured.size(); i++) {
                    int r = measured.get(i);
                    long s = System.nanoTime();
                    long[][] shingles = new long[PARAGRAPHS][];
                    var bands = new ArrayList<Long>();
                    for (int p = 0; p < PARAGRAPHS; p++) {
                        shingles[p] = Shingles.of(CopyBenchmark.text(r, p, planted));
                        for (long b : MinHash.bandsOf(shingles[p])) {
                            bands.add(b);
                        }
                    }
                    q.setArray(1, app.createArrayOf("bigint", bands.toArray()));
                    q.setArray(2, app.createArrayOf("bigint", new Object[] {FIRST_ID + r}));
                    boolean copyFound = false;
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            rows++;
                            if (!"PUBLISHED".equals(rs.getString(8))) {
                                drafts++;
                            }
                            long[] theirs = Shingles.of(rs.getString(7));
                            int other = (int) (rs.getLong(1) - FIRST_ID);
                            int q2 = rs.getInt(5);
                            for (int p = 0; p < PARAGRAPHS; p++) {
                                if (Shingles.jaccard(shingles[p], theirs) >= THRESHOLD) {
                                    confirmed++;
                                    if (CopyBenchmark.isPlanted(planted, r, p, other, q2)) {
                                        truePairs++;
                                        copyFound |= planted.containsKey(r) && p == 0;
                                    }
                                }
                            }
                        }
                    }
                    lookup[i] = System.nanoTime() - s;
                    if (copyFound && i < copies.size()) {
                        found++; // recall over the sampled copies (the other sample may hold copies too)
                    }
                }
            }
            String report = String.format(
                    Locale.ROOT,
                    """
                    ## CopyDatabaseBenchmark
                    reports: %,d of 保山市 (half published) × %d paragraphs in paragraph_signature: %s (GIN %s)
                    fill (report rows + paragraph rows with bands, batched): %.1f s; GIN index build: %.1f s
                    sampled reports: %d planted copies + %d others, queried as 岳阳市 (RLS)
                    baseline (read one report's own paragraphs): p50 %.2f ms, p99 %.2f ms
                    lookup (bands, GIN candidates, Jaccard): p50 %.2f ms, p99 %.2f ms; ratio p50 %.1f
                    rows returned: %,d (%.1f per report); draft rows of 保山市 returned: %d
                    confirmed pairs: %,d, planted among them: %,d (precision %.4f); copies found: %d of %d (recall %.4f)
                    """,
                    REPORTS,
                    PARAGRAPHS,
                    tableSize,
                    ginSize,
                    fillNanos / 1e9,
                    ginNanos / 1e9,
                    copies.size(),
                    others.size(),
                    pct(baseline, 50),
                    pct(baseline, 99),
                    pct(lookup, 50),
                    pct(lookup, 99),
                    pct(lookup, 50) / pct(baseline, 50),
                    rows,
                    (double) rows / measured.size(),
                    drafts,
                    confirmed,
                    truePairs,
                    confirmed == 0 ? 1.0 : (double) truePairs / confirmed,
                    found,
                    copies.size(),
                    (double) found / copies.size());
            System.out.println(report);
            Path out = Path.of("target", "copy-database-benchmark.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            assertEquals(0, drafts, "another region's drafts are never returned");
            assertTrue(found > 0.9 * copies.size(), "recall");
        }
    }

    static void fill(Connection owner, Map<Integer, int[]> planted) throws SQLException {
        exec(owner, "drop index if exists paragraph_signature_bands");
        exec(
                owner,
                "insert into report (id, tenant_id, title, publisher, fiscal_year, kind, scope, summary, body, status,"
                        + " index_no, published_on) select " + FIRST_ID + " + g, '" + SOURCE_REGION
                        + "', '合成报告' || g, '保山市政务服务管理局', 2021, 'SELF', 'PROJECT', '', '',"
                        + " case when g % 2 = 0 then 'PUBLISHED' else 'DRAFT' end,"
                        + " case when g % 2 = 0 then 'BENCH-' || g end, case when g % 2 = 0 then current_date end"
                        + " from generate_series(0, " + (REPORTS - 1) + ") g");
        owner.setAutoCommit(false);
        try (PreparedStatement insert = owner.prepareStatement(
                "insert into paragraph_signature (tenant_id, report_id, section, position, paragraph_hash, bands,"
                        + " text, report_status, report_title, publisher, index_no)"
                        + " values ('" + SOURCE_REGION + "', ?, 'basic', ?, ?, ?, ?, ?, ?, '保山市政务服务管理局', ?)")) {
            int batch = 0;
            for (int r = 0; r < REPORTS; r++) {
                for (int p = 0; p < PARAGRAPHS; p++) {
                    String text = CopyBenchmark.text(r, p, planted);
                    long[] bands = MinHash.bandsOf(Shingles.of(text));
                    insert.setLong(1, FIRST_ID + r);
                    insert.setInt(2, p);
                    insert.setLong(3, Shingles.hash64(Shingles.normalise(text)));
                    insert.setArray(
                            4,
                            owner.createArrayOf(
                                    "bigint", Arrays.stream(bands).boxed().toArray()));
                    insert.setString(5, text);
                    insert.setString(6, published(r) ? "PUBLISHED" : "DRAFT");
                    insert.setString(7, "合成报告" + r);
                    insert.setString(8, published(r) ? "BENCH-" + r : null);
                    insert.addBatch();
                    if (++batch % 2_000 == 0) {
                        insert.executeBatch();
                        owner.commit();
                    }
                }
            }
            insert.executeBatch();
            owner.commit();
        } finally {
            owner.setAutoCommit(true);
        }
    }

    static double pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    static Connection connect(StackConfig stack, String user, String password) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + stack.postgresPort() + "/" + Credentials.DB_NAME
                        + "?reWriteBatchedInserts=true",
                user,
                password);
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
