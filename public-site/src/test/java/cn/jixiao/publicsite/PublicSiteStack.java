package cn.jixiao.publicsite;

import static io.restassured.RestAssured.given;

import cn.jixiao.testing.Management;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** Shared steps of the public-site tests, against the running app. */
public final class PublicSiteStack {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(100);

    private static volatile boolean indexReady;

    private PublicSiteStack() {}

    /** Waits until readiness (the search index is built); the first test of a run may be faster. */
    public static void awaitSearchIndex() {
        if (indexReady) {
            return;
        }
        awaitValue(
                () -> given().get(Management.url("/q/health/ready")).asString(),
                health -> "UP"
                        .equals(JsonPath.from(health).getString("checks.find { it.name == 'search-index' }.status")),
                READY_TIMEOUT,
                "the search index did not become ready");
        indexReady = true;
    }

    public static JsonPath search(String q) {
        return given().queryParam("q", q)
                .when()
                .get("/api/reports")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The id of a demo report, found by its index number (索引号). */
    public static long idOf(String indexNo) {
        JsonPath result = search(indexNo);
        String first = result.getString("hits[0].indexNo");
        if (!indexNo.equals(first)) {
            throw new AssertionError("report " + indexNo + " is not in the index (first hit: " + first + ")");
        }
        return result.getLong("hits[0].id");
    }

    /** Polls (Awaitility) until the value satisfies the condition, failing after the timeout. */
    public static <T> T awaitValue(Supplier<T> value, Predicate<T> condition, Duration timeout, String failure) {
        try {
            return Awaitility.await(failure)
                    .atMost(timeout)
                    .pollInterval(POLL)
                    .ignoreExceptions()
                    .until(value::get, condition::test);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(failure + " within " + timeout.toSeconds() + " s", e);
        }
    }
}
