package cn.jixiao.bench;

import java.util.Arrays;

/** Latencies of one endpoint in one phase, in milliseconds. */
record Latencies(String name, double[] millis) {

    double percentile(double p) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    double p50() {
        return percentile(50);
    }

    double p99() {
        return percentile(99);
    }

    double totalMillis() {
        return Arrays.stream(millis).sum();
    }
}
