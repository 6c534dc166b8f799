package cn.jixiao.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An app's garbage-collection pauses so far, read from its Prometheus metrics (every collector summed). */
record GcPauses(long count, double millis) {
    private static final Pattern COUNT = Pattern.compile("(?m)^jvm_gc_pause_seconds_count\\{[^}]*} ([0-9.eE+-]+)$");
    private static final Pattern SUM = Pattern.compile("(?m)^jvm_gc_pause_seconds_sum\\{[^}]*} ([0-9.eE+-]+)$");

    static GcPauses of(String metrics) {
        return new GcPauses((long) sum(COUNT, metrics), sum(SUM, metrics) * 1000);
    }

    GcPauses since(GcPauses earlier) {
        return new GcPauses(count - earlier.count, millis - earlier.millis);
    }

    private static double sum(Pattern pattern, String metrics) {
        double total = 0;
        Matcher m = pattern.matcher(metrics);
        while (m.find()) {
            total += Double.parseDouble(m.group(1));
        }
        return total;
    }
}
