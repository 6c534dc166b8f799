package cn.jixiao.bench;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Where GET /api/kiosks/summary puts the figures the benchmark checks. */
final class SummaryJson {
    private SummaryJson() {}

    /** The year's transactions of the whole region. */
    static long transactions(JsonPath summary) {
        return summary.getLong("transactions");
    }

    /** The figures the issue names, and how big the answer is. */
    static String headline(String body) {
        JsonPath json = JsonPath.from(body);
        return String.format(
                Locale.ROOT,
                "deviceCount %d, acceptedRate %s%%, inServiceRate %s%%, overdueAcceptanceCount %d, "
                        + "paidNotAcceptedCount %d, transactions %d, %d points listed; %.0f KB of JSON",
                json.getLong("deviceCount"),
                json.getString("acceptedRate"),
                json.getString("inServiceRate"),
                json.getLong("overdueAcceptanceCount"),
                json.getLong("paidNotAcceptedCount"),
                json.getLong("transactions"),
                json.getList("byPoint").size(),
                body.getBytes(StandardCharsets.UTF_8).length / 1024.0);
    }
}
