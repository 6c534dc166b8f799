package cn.jixiao.portal.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An evaluator of two regions (evaluator-wang: 保山市 and 岳阳市) works in one at a time, chosen by the
 * switcher or a header, and the choice is held against the token's organizations on every request.
 */
@QuarkusTest
class RegionSwitchTest {
    private static final String EVALUATOR = "evaluator-wang";

    @Test
    void withoutAChoiceTheEvaluatorIsAskedToChooseAndSeesBothRegions() {
        String token = Tokens.accessToken(EVALUATOR);
        given().auth()
                .oauth2(token)
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("regions.code", containsInAnyOrder("530500", "430600"))
                .body("mustChooseRegion", equalTo(true));
        given().auth()
                .oauth2(token)
                .get("/api/departments")
                .then()
                .statusCode(403)
                .body("message", containsString("请先选择"));
        given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .accept(ContentType.HTML)
                .get("/projects")
                .then()
                .statusCode(303)
                .header("Location", containsString("/regions"));
    }

    @Test
    void theHeaderChoosesTheRegionForOneRequestOnly() {
        String token = Tokens.accessToken(EVALUATOR);
        given().auth()
                .oauth2(token)
                .header("X-Jixiao-Region", "530500")
                .get("/api/departments?size=200")
                .then()
                .statusCode(200)
                .body("items.name", everyItem(startsWith("保山市")));
        given().auth()
                .oauth2(token)
                .header("X-Jixiao-Region", "yueyang")
                .get("/api/departments?size=200")
                .then()
                .statusCode(200)
                .body("items.name", hasItem("岳阳市政务服务中心"))
                .body("items.name", not(hasItem("保山市财政局")));
    }

    @Test
    void aForgedChoiceIsRefused() {
        String token = Tokens.accessToken(EVALUATOR);
        given().auth()
                .oauth2(token)
                .header("X-Jixiao-Region", "150627")
                .get("/api/departments")
                .then()
                .statusCode(403)
                .body("message", containsString("不属于"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("region", "150627"))
                .post("/api/me/region")
                .then()
                .statusCode(403);
        // a cookie naming a region the token does not hold is no choice at all
        given().auth()
                .oauth2(token)
                .cookie("jixiao_region", "150627")
                .get("/api/departments")
                .then()
                .statusCode(403)
                .body("message", containsString("请先选择"));
        // a one-region user cannot step into another region by header either
        given().auth()
                .oauth2(Tokens.accessToken("yueyang-finance"))
                .header("X-Jixiao-Region", "530500")
                .get("/api/departments")
                .then()
                .statusCode(403);
    }

    @Test
    void theSwitcherRemembersTheChoiceInACookie() {
        String token = Tokens.accessToken(EVALUATOR);
        String cookie = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("region", "530500"))
                .post("/api/me/region")
                .then()
                .statusCode(200)
                .body("regionName", equalTo("保山市"))
                .header("Set-Cookie", containsString("HttpOnly"))
                .extract()
                .cookie("jixiao_region");
        given().auth()
                .oauth2(token)
                .cookie("jixiao_region", cookie)
                .get("/api/me")
                .then()
                .body("tenant.code", equalTo("530500"))
                .body("mustChooseRegion", equalTo(false));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/me/region")
                .then()
                .statusCode(400)
                .body("fields.field", hasItem("region"));
    }
}
