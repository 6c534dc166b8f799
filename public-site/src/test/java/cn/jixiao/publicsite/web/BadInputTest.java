package cn.jixiao.publicsite.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.testing.ErrorAnswerChecks;
import cn.jixiao.testing.RawHttp;
import cn.jixiao.testing.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** Bad input to the public site is a 400 naming what was wrong, never a 500 or a stack trace. */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
class BadInputTest {

    @TestHTTPResource("/")
    URL base;

    private static io.restassured.specification.RequestSpecification raw() {
        // send the query exactly as written (RestAssured would encode the % signs)
        return given().urlEncodingEnabled(false)
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()));
    }

    @Test
    void aNulCharacterInTheSearchIsA400NamingQ() {
        ErrorAnswerChecks.assertRefusedNaming(raw().get("/api/reports?q=%00"), 400, "q");
        ErrorAnswerChecks.assertRefusedNaming(raw().get("/search?q=ab%00cd"), 400, "q");
    }

    @Test
    void otherControlCharactersInAQueryParameterAreRefusedToo() {
        ErrorAnswerChecks.assertRefusedNaming(raw().get("/api/reports?q=%1B%5B31m&page=1"), 400, "q");
        ErrorAnswerChecks.assertRefusedNaming(raw().get("/api/reports?page=%07"), 400, "page");
    }

    @Test
    void aNulCharacterInAReportIdIsA400NamingTheId() {
        ErrorAnswerChecks.assertRefusedNaming(raw().get("/api/reports/%00"), 400, "id");
        ErrorAnswerChecks.assertRefusedNaming(raw().get("/reports/1%00"), 400, "id");
    }

    @Test
    void malformedPercentEncodingIsA400() throws Exception {
        for (String target : new String[] {"/api/reports?q=%zz", "/search?q=%zz", "/reports/%zz", "/search?q=%4"}) {
            var answer = RawHttp.send(base.toString(), "GET", target, "Accept: text/html");
            assertEquals(400, answer.status(), target);
            ErrorAnswerChecks.assertNoInternals(answer.body());
        }
    }

    @Test
    void aSearchLongerThanAnyUrlMayBeIsRefusedNotFailed() {
        var response = given().queryParam("q", "绩".repeat(2000)).get("/api/reports");
        assertEquals(414, response.statusCode(), response.asString());
    }
}
