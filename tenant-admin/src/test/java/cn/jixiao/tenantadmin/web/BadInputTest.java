package cn.jixiao.tenantadmin.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.ErrorAnswerChecks;
import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** Bad input to tenant-admin is a 400 naming the field, never a 500 or a stack trace. */
@QuarkusTest
class BadInputTest {

    private static RequestSpecification operator() {
        return given().auth().oauth2(Tokens.tenantAdminAccessToken("platform-admin"));
    }

    private static RequestSpecification json(String body) {
        return operator().contentType(ContentType.JSON).body(body);
    }

    @Test
    void aRepeatedJsonKeyIsA400NamingTheKey() {
        ErrorAnswerChecks.assertRefusedNaming(
                json("{\"code\":\"159001\",\"code\":\"159002\"}").post("/api/tenants"), 400, "code");
    }

    @Test
    void aNulCharacterInAJsonStringIsA400NamingTheField() {
        ErrorAnswerChecks.assertRefusedNaming(
                json("{\"code\":\"159001\",\"name\":\"测试\\u0000县\"}").post("/api/tenants"), 400, "name");
    }

    @Test
    void aValueOfTheWrongTypeIsA400NamingTheField() {
        ErrorAnswerChecks.assertRefusedNaming(json("{\"code\":[1]}").post("/api/tenants"), 400, "code");
    }

    @Test
    void brokenJsonIsA400WithAMessage() {
        var response = json("{\"code\":\"159001\",").post("/api/tenants");
        assertEquals(400, response.statusCode(), response.asString());
        assertTrue(response.jsonPath().getString("message").contains("JSON 格式有误"), response.asString());
        ErrorAnswerChecks.assertNoInternals(response.asString());
    }

    @Test
    void aNulCharacterInATenantCodeIsA400NamingTheCode() {
        ErrorAnswerChecks.assertRefusedNaming(
                operator().urlEncodingEnabled(false).get("/api/tenants/%00"), 400, "code");
    }

    @Test
    void aNulCharacterInAQueryParameterIsA400NamingIt() {
        ErrorAnswerChecks.assertRefusedNaming(
                operator().urlEncodingEnabled(false).get("/api/tenants?sort=%00"), 400, "sort");
    }

    @Test
    void malformedFormEncodingIsA400NamingTheField() {
        var response = operator()
                .contentType("application/x-www-form-urlencoded")
                .body("code=159001&name=%zz")
                .post("/onboarding");
        ErrorAnswerChecks.assertRefusedNaming(response, 400, "name");
    }

    @Test
    void aNulCharacterInAFormFieldIsA400NamingTheField() {
        var response = operator()
                .contentType("application/x-www-form-urlencoded")
                .body("code=159001&name=%E6%B5%8B%00")
                .post("/onboarding");
        ErrorAnswerChecks.assertRefusedNaming(response, 400, "name");
    }

    @Test
    void aNameOfTwoThousandChineseCharactersReachesTheFormsOwnCheck() {
        // the onboarding form posts JSON here; a long text is the field's own 400, not a bare 413
        var response = json("{\"code\":\"159001\",\"level\":\"COUNTY\",\"name\":\"" + "县".repeat(2000) + "\"}")
                .post("/api/tenants");
        assertEquals(400, response.statusCode(), response.asString());
        assertEquals(
                "地区名称最多 60 个字 (region name has at most 60 characters)",
                response.jsonPath().getString("fields.find { it.field == 'name' }.message"),
                response.asString());
    }

    @Test
    void aFormLargerThanTheLimitIsA413() {
        var response = operator()
                .contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("name", "县".repeat(400_000))
                .post("/onboarding");
        assertEquals(413, response.statusCode());
        ErrorAnswerChecks.assertNoInternals(response.asString());
    }
}
