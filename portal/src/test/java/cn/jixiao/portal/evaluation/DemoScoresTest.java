package cn.jixiao.portal.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo regions carry the five seeds' evaluations from the ready templates, and the scores and
 * grades the seeds print come out of the portal's own computation (the demo as `./run` shows it).
 */
@QuarkusTest
class DemoScoresTest {

    private static JsonPath list(String user, int year) {
        return given().auth()
                .oauth2(Tokens.accessToken(user))
                .get("/api/evaluations?year=" + year + "&size=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static float total(String user, int year, String kind, boolean project) {
        List<Float> totals = list(user, year)
                .getList(
                        "items.findAll { it.kind == '" + kind + "' && (it.projectId != null) == " + project
                                + " }.totalScore",
                        Float.class);
        if (totals.isEmpty()) {
            throw new AssertionError("no demo evaluation for " + user + " " + year + " " + kind);
        }
        return totals.get(0);
    }

    @Test
    void theSeedsScoresAndGradesAreThePortalsComputation() {
        org.junit.jupiter.api.Assertions.assertEquals(
                85.27f, total("yijinhuoluo-finance", 2022, "THIRD_PARTY", true), 0.001, "seed 000");
        org.junit.jupiter.api.Assertions.assertEquals(
                86.74f, total("yijinhuoluo-finance", 2021, "FINANCE_REVIEW", false), 0.001, "seed 001");
        org.junit.jupiter.api.Assertions.assertEquals(
                95f, total("baoshan-finance", 2018, "SELF", true), 0.001, "seed 002");
        org.junit.jupiter.api.Assertions.assertEquals(
                98f, total("yueyang-finance", 2019, "SELF", true), 0.001, "seed 003");
        org.junit.jupiter.api.Assertions.assertEquals(
                97f, total("baoshan-finance", 2021, "SELF", false), 0.001, "seed 004");
    }

    @Test
    void seed000sLevelOneScoresAndItsRecordFigures() {
        String token = Tokens.accessToken("yijinhuoluo-finance");
        int id = list("yijinhuoluo-finance", 2022).getInt("items.find { it.kind == 'THIRD_PARTY' }.id");
        given().auth()
                .oauth2(token)
                .get("/api/evaluations/" + id)
                .then()
                .statusCode(200)
                .body("grade", equalTo("GOOD"))
                .body("levels", hasSize(4))
                .body("levels.score", equalTo(List.of(11.55f, 18.48f, 24.34f, 30.90f)))
                .body("indicators.find { it.recordKey == 'DEVICE_ACCEPTED_RATE' }.actualValue", equalTo(77.78f))
                .body("indicators.find { it.recordKey == 'DEVICE_IN_SERVICE_RATE' }.actualValue", equalTo(81.48f));
    }
}
