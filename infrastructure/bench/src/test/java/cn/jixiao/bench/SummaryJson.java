package cn.jixiao.bench;

import io.restassured.path.json.JsonPath;

/** Where GET /api/kiosks/summary puts the figures the benchmark checks. */
final class SummaryJson {
    private SummaryJson() {
    }

    /** The year's transactions of the whole region. */
    static long transactions(JsonPath summary) {
        return summary.getLong("transactions");
    }
}
