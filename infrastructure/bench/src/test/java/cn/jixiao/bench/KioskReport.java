package cn.jixiao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the kiosk benchmark found, as plain text: data, imports, checks, latencies. */
final class KioskReport {
    /** Rows written by one step, how long it took, and whether the portal or SQL wrote them. */
    record Step(String what, long rows, double seconds, boolean throughPortal) {
        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    record Check(String what, String expected, String actual) {
        boolean passed() {
            return expected.equals(actual);
        }
    }

    private final List<String> notes = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private final Map<String, Latencies> latencies = new LinkedHashMap<>();
    private String baseline;
    private String howTimed = "";

    void note(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        notes.add(line);
        System.out.println("[kiosk-bench] " + line);
    }

    void step(Step step) {
        steps.add(step);
        System.out.printf(
                Locale.ROOT,
                "[kiosk-bench] %s: %,d rows in %.1f s (%,.0f rows/s, %s)%n",
                step.what(),
                step.rows(),
                step.seconds(),
                step.rowsPerSecond(),
                step.throughPortal() ? "portal" : "SQL");
    }

    boolean check(String what, Object expected, Object actual) {
        var check = new Check(what, String.valueOf(expected), String.valueOf(actual));
        checks.add(check);
        System.out.printf("[kiosk-bench] check %s: expected %s, found %s%n", what, check.expected(), check.actual());
        return check.passed();
    }

    boolean allChecksPassed() {
        return checks.stream().allMatch(Check::passed);
    }

    /** A line on how the requests were timed, printed above the latencies. */
    void howTimed(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        howTimed += line + "\n";
        System.out.println("[kiosk-bench] " + line);
    }

    void latencies(Latencies measured, boolean isBaseline) {
        latencies.put(measured.name(), measured);
        if (isBaseline) {
            baseline = measured.name();
        }
    }

    String render(String command) {
        var out = new StringBuilder();
        out.append("Kiosk benchmark (issue 4)\n=========================\n");
        out.append("command: ").append(command).append('\n');
        out.append(String.format(
                Locale.ROOT,
                "machine: %d cores, Java %s%n%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version")));
        out.append("Data\n----\n");
        notes.forEach(n -> out.append("- ").append(n).append('\n'));

        out.append("\nImports through the portal's endpoints (timed from the first byte sent to the answer)\n");
        out.append("-------------------------------------------------------------------------------------\n");
        table(out, steps.stream().filter(Step::throughPortal).toList());
        List<Step> bySql = steps.stream().filter(s -> !s.throughPortal()).toList();
        if (!bySql.isEmpty()) {
            out.append("\nWritten with SQL (setup, or months beyond the import budget; not the portal's speed)\n");
            out.append("-------------------------------------------------------------------------------------\n");
            table(out, bySql);
        }

        out.append("\nChecks\n------\n");
        for (Check c : checks) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-4s %s: expected %s, found %s%n",
                    c.passed() ? "ok" : "FAIL",
                    c.what(),
                    c.expected(),
                    c.actual()));
        }

        out.append("\nLatency of GET requests (ms)\n");
        out.append("----------------------------\n");
        out.append(howTimed);
        Latencies base = latencies.get(baseline);
        out.append(String.format(
                Locale.ROOT,
                "%-58s %8s %9s %9s %12s %12s%n",
                "endpoint (user)",
                "samples",
                "p50",
                "p99",
                "p50/baseline",
                "p99/baseline"));
        for (Latencies l : latencies.values()) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-58s %8d %9.2f %9.2f %12.2f %12.2f%n",
                    l.name(),
                    l.millis().length,
                    l.p50(),
                    l.p99(),
                    l.p50() / base.p50(),
                    l.p99() / base.p99()));
        }
        out.append("baseline: ").append(baseline).append('\n');
        return out.toString();
    }

    void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The steps, with a total under each run of two or more steps of one kind (devices, usage, …). */
    private static void table(StringBuilder out, List<Step> rows) {
        out.append(String.format(Locale.ROOT, "%-58s %12s %10s %10s%n", "step", "rows", "seconds", "rows/s"));
        for (int i = 0; i < rows.size(); i++) {
            Step s = rows.get(i);
            out.append(String.format(
                    Locale.ROOT, "%-58s %,12d %10.1f %,10.0f%n", s.what(), s.rows(), s.seconds(), s.rowsPerSecond()));
            int first = i;
            while (first > 0 && kind(rows.get(first - 1)).equals(kind(s))) {
                first--;
            }
            boolean lastOfKind = i + 1 == rows.size() || !kind(rows.get(i + 1)).equals(kind(s));
            if (lastOfKind && i > first) {
                List<Step> run = rows.subList(first, i + 1);
                long total = run.stream().mapToLong(Step::rows).sum();
                double seconds = run.stream().mapToDouble(Step::seconds).sum();
                out.append(String.format(
                        Locale.ROOT,
                        "%-58s %,12d %10.1f %,10.0f%n",
                        "  all " + kind(s) + " steps",
                        total,
                        seconds,
                        total / seconds));
            }
        }
    }

    /** The first word of a step's name: devices, usage, setup. */
    private static String kind(Step step) {
        return step.what().split(" ", 2)[0];
    }
}
