package cn.jixiao.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.localstack.LocalStack;
import cn.jixiao.localstack.StackConfig;
import cn.jixiao.testing.RunningApps;
import cn.jixiao.testing.TestStack;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's benchmark: one region (150627 伊金霍洛旗) with 100,000 kiosks at 1,000 service points and
 * a year of their daily counts (36.5 million rows), among nine smaller regions (5,000 kiosks and a
 * year of counts each). The devices and the counts are imported through the portal's own endpoints,
 * as the region's administrator would upload them (CSV files, streamed from disk); then
 * {@code GET /api/kiosks/summary?year=2022} is timed for the big region's finance reviewer and a
 * small region's, against {@code GET /api/me} as the baseline in the same run. When importing the
 * whole year through the portal would overrun the import budget (default 600 s), the months that
 * do not fit are written with SQL and the report says so. Run it on its own:
 *
 * <pre>./run mvn -pl infrastructure/bench -am verify -Dbench.skip=false -Dtest=KioskBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * Options: {@code -Dbench.devices=100000 -Dbench.smallDevices=5000 -Dbench.importBudgetSeconds=600
 * -Dbench.samples=300}. The report is printed and written to
 * {@code infrastructure/bench/target/kiosk-benchmark.txt}. It needs ~10 GB in {@code .run/bench-data}.
 */
class KioskBenchmark {
    static final String COMMAND =
            "./run mvn -pl infrastructure/bench -am verify -Dbench.skip=false -Dtest=KioskBenchmark "
                    + "-Dsurefire.failIfNoSpecifiedTests=false";
    private static final String BIG = "150627"; // 伊金霍洛旗
    private static final String SMALL = "530500"; // 保山市, whose summary shows what the big region costs
    private static final List<String> DEMO_SMALL = List.of(SMALL, "430600");
    private static final int SYNTHETIC_SMALL = 7;
    private static final String IMPORTER = "yijinhuoluo-admin";
    private static final String READER = "yijinhuoluo-finance";
    private static final String SMALL_READER = "baoshan-finance";
    private static final int YEAR = 2022;
    private static final int DEVICES = Integer.getInteger("bench.devices", 100_000);
    private static final int SMALL_DEVICES = Integer.getInteger("bench.smallDevices", 5_000);
    /** The sheet framework takes at most 50,000 rows in one file. */
    private static final int ROWS_PER_DEVICE_FILE = 50_000;

    private static final Duration IMPORT_BUDGET = Duration.ofSeconds(Long.getLong("bench.importBudgetSeconds", 600));
    private static final int MIN_MONTHS_THROUGH_PORTAL = 2;
    private static final int WARMUP = 100;
    private static final int SAMPLES = Integer.getInteger("bench.samples", 300);
    private static final String SUMMARY = "/api/kiosks/summary?year=" + YEAR;

    private final KioskReport report = new KioskReport();

    @Test
    void importsAYearOfCountsAndAnswersTheSummaryForTheBiggestRegion() throws Exception {
        StackConfig stack = StackConfig.forProfile("bench", TestStack.repoRoot(), System.getenv());
        LocalStack.wipe(stack);
        Path work = Files.createTempDirectory("kiosk-bench-");
        try (RunningApps apps = RunningApps.portalOnly(stack);
                KioskFill fill = new KioskFill(stack)) {
            Portal portal = new Portal(stack);
            fillSmallRegions(fill);
            fill.catalogue(BIG, Math.max(1, DEVICES / 100));
            fill.analyze();
            importDevices(portal, fill, work);
            int throughPortal = importUsage(portal, fill, work);
            fillRemainingMonths(fill, throughPortal);
            fill.analyze();
            check(portal, fill);
            report.howTimed(
                    "before timing, VACUUM (ANALYZE) of the kiosk tables and waiting for autovacuum took %.0f s",
                    fill.settle(Duration.ofMinutes(15)));
            measure(portal);
        } finally {
            deleteTree(work);
        }
        String text = report.render(COMMAND);
        System.out.println(text);
        report.write(TestStack.repoRoot().resolve("infrastructure/bench/target/kiosk-benchmark.txt"), text);
        assertTrue(report.allChecksPassed(), "the data the benchmark wrote and the summary agree (see the report)");
    }

    /** Nine smaller regions (two demo regions, seven made up), all in SQL: the tenant filter has work to do. */
    private void fillSmallRegions(KioskFill fill) throws Exception {
        var regions = new ArrayList<>(DEMO_SMALL);
        for (int i = 1; i <= SYNTHETIC_SMALL; i++) {
            String code = String.format(Locale.ROOT, "9%05d", i);
            fill.addTenant(code, "基准旗" + i, "kiosk-bench-" + i);
            regions.add(code);
        }
        long t0 = System.nanoTime();
        for (String region : regions) {
            fill.catalogue(region, Math.max(1, SMALL_DEVICES / 100));
            fill.smallTenant(region, SMALL_DEVICES);
        }
        long rows = fill.single("select count(*) from device_usage where tenant_id <> '" + BIG + "'");
        report.step(new KioskReport.Step(
                "setup: " + regions.size() + " smaller regions, devices + a year of counts", rows, seconds(t0), false));
        report.note(
                "%d smaller regions (%s, %s and %d made up), each with %,d devices at %d service points and "
                        + "a year of daily counts (%,d device_usage rows in all)",
                regions.size(),
                DEMO_SMALL.get(0),
                DEMO_SMALL.get(1),
                SYNTHETIC_SMALL,
                SMALL_DEVICES,
                Math.max(1, SMALL_DEVICES / 100),
                rows);
    }

    /** The devices sheet, in files of at most 50,000 rows, committed as the region's administrator. */
    private void importDevices(Portal portal, KioskFill fill, Path work) throws Exception {
        KioskFiles.Catalogue catalogue = fill.catalogueOf(BIG);
        report.note(
                "%s 伊金霍洛旗: %,d devices over %,d service points, %d device types, bought by %d departments",
                BIG,
                DEVICES,
                catalogue.points().size(),
                catalogue.types().size(),
                catalogue.departments().size());
        int file = 0;
        for (int from = 1; from <= DEVICES; from += ROWS_PER_DEVICE_FILE) {
            int to = Math.min(DEVICES, from + ROWS_PER_DEVICE_FILE - 1);
            Path csv = KioskFiles.devices(work, from, to, catalogue);
            var answer = Portal.ok(
                    portal.upload(IMPORTER, "/api/transfer/devices/import?mode=commit", csv, "text/csv"),
                    "devices file " + ++file);
            committed(answer, "created", to - from + 1);
            report.step(new KioskReport.Step(
                    String.format(Locale.ROOT, "devices sheet, file %d (%.1f MB CSV)", file, Files.size(csv) / 1e6),
                    to - from + 1,
                    answer.seconds(),
                    true));
            Files.delete(csv);
        }
        fill.analyze(); // as autovacuum would, before the counts that name these devices arrive
    }

    /**
     * A vendor export per month, committed through the usage endpoint while the budget lasts (two
     * months at least). Returns the number of months imported this way.
     */
    private int importUsage(Portal portal, KioskFill fill, Path work) throws Exception {
        double spent = 0;
        int months = 0;
        for (int m = 1; m <= 12; m++) {
            double perMonth = months == 0 ? 0 : spent / months;
            if (months >= MIN_MONTHS_THROUGH_PORTAL && spent + perMonth > IMPORT_BUDGET.toSeconds()) {
                break;
            }
            YearMonth month = YearMonth.of(YEAR, m);
            long t0 = System.nanoTime();
            Path csv = KioskFiles.usageMonth(work, month, DEVICES);
            double written = seconds(t0);
            var answer = Portal.ok(
                    portal.upload(IMPORTER, "/api/kiosks/usage/import?mode=commit", csv, "text/csv"), "usage " + month);
            committed(answer, "inserted", (long) DEVICES * month.lengthOfMonth());
            report.step(new KioskReport.Step(
                    String.format(
                            Locale.ROOT,
                            "usage %s (%.0f MB CSV, written in %.1f s)",
                            month,
                            Files.size(csv) / 1e6,
                            written),
                    (long) DEVICES * month.lengthOfMonth(),
                    answer.seconds(),
                    true));
            Files.delete(csv);
            spent += answer.seconds();
            months++;
        }
        report.check(
                "device_usage_year of " + BIG + " matches its daily rows after the portal's imports",
                usageSums(fill, "device_usage"),
                usageSums(fill, "device_usage_year"));
        return months;
    }

    /** An import that answered 200 but did not save every row of its file stops the run. */
    private static void committed(Portal.Answer answer, String countKey, long rows) {
        JsonPath json = JsonPath.from(answer.body());
        if (!json.getBoolean("committed") || json.getLong(countKey) != rows) {
            throw new IllegalStateException("import not saved whole (" + countKey + " should be " + rows + "): "
                    + Portal.excerpt(answer.body()));
        }
    }

    /** The months the import budget left out, written with the same counts in SQL. */
    private void fillRemainingMonths(KioskFill fill, int throughPortal) throws Exception {
        if (throughPortal == 12) {
            report.note("all 12 months of %d were imported through the portal", YEAR);
            return;
        }
        long t0 = System.nanoTime();
        long rows = 0;
        for (int m = throughPortal + 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(YEAR, m);
            fill.usageMonth(BIG, month);
            rows += (long) DEVICES * month.lengthOfMonth();
            System.out.printf(Locale.ROOT, "[kiosk-bench] %s written with SQL (%.0f s so far)%n", month, seconds(t0));
        }
        String months = throughPortal == 11
                ? YEAR + "-12"
                : String.format(Locale.ROOT, "%d-%02d..%d-12", YEAR, throughPortal + 1, YEAR);
        report.step(new KioskReport.Step("usage " + months + " of " + BIG, rows, seconds(t0), false));
        report.note(
                "%d-01..%d-%02d of %s's counts were imported through the portal; %s (%d month%s past the %d s "
                        + "import budget) went in with SQL instead: the same counts, device_usage_year raised to match",
                YEAR,
                YEAR,
                throughPortal,
                BIG,
                months,
                12 - throughPortal,
                throughPortal == 11 ? "" : "s",
                IMPORT_BUDGET.toSeconds());
    }

    private void check(Portal portal, KioskFill fill) throws Exception {
        String year = " and day >= date '" + YEAR + "-01-01' and day < date '" + (YEAR + 1) + "-01-01'";
        report.check(
                "devices of " + BIG + " imported (codes BK…)",
                DEVICES,
                fill.single("select count(*) from device where tenant_id = '" + BIG + "' and code like 'BK%'"));
        report.check(
                "device_usage rows of " + BIG + "'s imported devices in " + YEAR,
                (long) DEVICES * 365,
                fill.single(
                        "select count(*) from device_usage u join device d on d.id = u.device_id where u.tenant_id = '"
                                + BIG + "' and d.code like 'BK%'" + year.replace("day", "u.day")));
        report.note(
                "device_usage holds %,d rows in all (%,d of %s)",
                fill.single("select count(*) from device_usage"),
                fill.single("select count(*) from device_usage where tenant_id = '" + BIG + "'" + year),
                BIG);
        report.note(
                "autovacuum went through device_usage %d times and analyzed it %d times during the run, beside the "
                        + "imports",
                fill.single("select autovacuum_count from pg_stat_user_tables where relname = 'device_usage'"),
                fill.single("select autoanalyze_count from pg_stat_user_tables where relname = 'device_usage'"));
        report.check(
                "device_usage_year of " + BIG + " matches its daily rows",
                usageSums(fill, "device_usage"),
                usageSums(fill, "device_usage_year"));
        for (var reader : List.of(new String[] {READER, BIG}, new String[] {SMALL_READER, SMALL})) {
            var answer = Portal.ok(portal.get(reader[0], SUMMARY), SUMMARY);
            report.check(
                    "summary transactions for " + reader[0] + " = SQL sum of " + reader[1] + "'s " + YEAR + " counts",
                    fill.single("select coalesce(sum(transactions), 0) from device_usage where tenant_id = '"
                            + reader[1] + "'" + year),
                    SummaryJson.transactions(JsonPath.from(answer.body())));
            report.note("summary for %s: %s", reader[0], SummaryJson.headline(answer.body()));
        }
    }

    /** Sum of counts and of days for the big region's year, from the daily rows or the roll-up. */
    private static String usageSums(KioskFill fill, String table) throws Exception {
        String where = " where tenant_id = '" + BIG + "'";
        return table.equals("device_usage")
                ? fill.single("select coalesce(sum(transactions), 0) from device_usage" + where + " and day >= date '"
                                + YEAR + "-01-01' and day < date '" + (YEAR + 1) + "-01-01'")
                        + " transactions, "
                        + fill.single("select count(*) from device_usage" + where + " and day >= date '" + YEAR
                                + "-01-01' and day < date '" + (YEAR + 1) + "-01-01'")
                        + " days"
                : fill.single("select coalesce(sum(transactions), 0) from device_usage_year" + where + " and year = "
                                + YEAR)
                        + " transactions, "
                        + fill.single(
                                "select coalesce(sum(days), 0) from device_usage_year" + where + " and year = " + YEAR)
                        + " days";
    }

    private record Endpoint(String user, String path) {
        String name() {
            return "GET " + path + " (" + user + ")";
        }
    }

    /**
     * Every endpoint warmed first (token checks, JSON, the ORM, the database's caches), then timed
     * in turns, one request each, so that the other work on a shared machine weighs on all alike.
     */
    private void measure(Portal portal) throws Exception {
        var endpoints = List.of(
                new Endpoint(READER, "/api/me"), new Endpoint(READER, SUMMARY), new Endpoint(SMALL_READER, SUMMARY));
        for (Endpoint e : endpoints) {
            portal.warm(e.user(), e.path(), WARMUP);
        }
        String loadBefore = loadAverage();
        double[][] millis = new double[endpoints.size()][SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            for (int k = 0; k < endpoints.size(); k++) {
                millis[k][i] =
                        portal.millis(endpoints.get(k).user(), endpoints.get(k).path());
            }
        }
        for (int k = 0; k < endpoints.size(); k++) {
            report.latencies(new Latencies(endpoints.get(k).name(), millis[k]), k == 0);
        }
        report.howTimed(
                "%d warm-up requests per endpoint, then %d rounds of one request to each in turn; load average "
                        + "(1/5/15 min) %s before the timed rounds, %s after",
                WARMUP, SAMPLES, loadBefore, loadAverage());
    }

    /** The machine's load average, to show how shared it was while requests were timed. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + "/" + parts[1] + "/" + parts[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
