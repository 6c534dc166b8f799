package cn.jixiao.portal.budget;

import static cn.jixiao.portal.BookFixtures.DECIMALS;
import static cn.jixiao.portal.BookFixtures.amount;
import static cn.jixiao.portal.BookFixtures.budgetBody;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.portal.BookFixtures;
import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Editing department budgets through the JSON API. The demo year 2021 is left alone (other tests
 * check its ratios); these tests use years of their own, and read before they write, so they pass
 * on a fresh stack and on one that already ran them.
 */
@QuarkusTest
class BudgetApiTest {
    static final String EDITOR = "baoshan-dept";

    @Test
    void editorChangesOwnBudgetAndTheAuditRowHoldsBeforeAndAfter() {
        long id = BookFixtures.departmentId("530500", "zwfwglj");
        String token = Tokens.accessToken(EDITOR);
        Integer version = ensureBudget(token, id, 2030);
        String before = given().config(DECIMALS)
                .auth()
                .oauth2(token)
                .get(url(id, 2030))
                .then()
                .statusCode(200)
                .extract()
                .path("finalAccounts")
                .toString();
        String after = amountOtherThan(before);

        long budgetId = ((Number) given().auth()
                        .oauth2(token)
                        .contentType(ContentType.JSON)
                        .body(budgetBody(version, after))
                        .put(url(id, 2030))
                        .then()
                        .statusCode(200)
                        .body("version", equalTo(version + 1))
                        .extract()
                        .path("id"))
                .longValue();

        given().config(DECIMALS)
                .auth()
                .oauth2(token)
                .get(url(id, 2030))
                .then()
                .statusCode(200)
                .body("finalAccounts", amount(after))
                .body("initialBudget", amount("1011.16"));
        given().config(DECIMALS)
                .auth()
                .oauth2(token)
                .get("/api/audit?entity=DepartmentBudget&entityId=" + budgetId)
                .then()
                .statusCode(200)
                .body("[0].action", equalTo("UPDATE"))
                .body("[0].actor", equalTo(EDITOR))
                .body("[0].before.finalAccounts", amount(before))
                .body("[0].after.finalAccounts", amount(after))
                .body("[0].after.version", equalTo(version + 1));
        given().auth()
                .oauth2(Tokens.accessToken("baoshan-finance"))
                .get("/api/audit?entity=DepartmentBudget&entityId=" + budgetId)
                .then()
                .statusCode(200)
                .body("[0].action", equalTo("UPDATE"));
    }

    @Test
    void staleVersionIsA409AndNothingChanges() {
        long id = BookFixtures.departmentId("530500", "zwfwglj");
        String token = Tokens.accessToken(EDITOR);
        int version = ensureBudget(token, id, 2031);
        String first = amountOtherThan(given().auth()
                .oauth2(token)
                .get(url(id, 2031))
                .then()
                .extract()
                .path("finalAccounts")
                .toString());
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(budgetBody(version, first))
                .put(url(id, 2031))
                .then()
                .statusCode(200);
        long budgetId = BookFixtures.budgetId("530500", "zwfwglj", 2031);
        int auditRows = auditRows(token, budgetId);

        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(budgetBody(version, "1.00"))
                .put(url(id, 2031))
                .then()
                .statusCode(409)
                .body("message", containsString("已被他人修改"));

        given().config(DECIMALS)
                .auth()
                .oauth2(token)
                .get(url(id, 2031))
                .then()
                .statusCode(200)
                .body("finalAccounts", amount(first))
                .body("version", equalTo(version + 1));
        assertEquals(auditRows, auditRows(token, budgetId), "a refused change leaves no audit row");
    }

    @Test
    void changingAnExistingBudgetWithoutAVersionIsRefused() {
        long id = BookFixtures.departmentId("530500", "zwfwglj");
        String token = Tokens.accessToken(EDITOR);
        ensureBudget(token, id, 2031);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(budgetBody(null, "1.00"))
                .put(url(id, 2031))
                .then()
                .statusCode(400)
                .body("fields.field", hasItem("version"));
    }

    @Test
    void badInputIsA400WithFieldMessagesAndNothingIsSaved() {
        long id = BookFixtures.departmentId("530500", "zwfwglj");
        String token = Tokens.accessToken(EDITOR);
        int version = ensureBudget(token, id, 2032);
        var stored = given().auth()
                .oauth2(token)
                .get(url(id, 2032))
                .then()
                .statusCode(200)
                .extract()
                .asString();

        Map<String, Object> negative = budgetBody(version, "100");
        negative.put("carryOver", new BigDecimal("-1"));
        negative.put("procurementActual", new BigDecimal("-0.01"));
        fieldError(
                given().auth()
                        .oauth2(token)
                        .contentType(ContentType.JSON)
                        .body(negative)
                        .put(url(id, 2032)),
                "carryOver",
                "不能为负数");
        fieldError(
                given().auth()
                        .oauth2(token)
                        .contentType(ContentType.JSON)
                        .body(negative)
                        .put(url(id, 2032)),
                "procurementActual",
                "不能为负数");

        Map<String, Object> notANumber = budgetBody(version, "100");
        notANumber.put("currentYearIncome", "九百八十三");
        fieldError(
                given().auth()
                        .oauth2(token)
                        .contentType(ContentType.JSON)
                        .body(notANumber)
                        .put(url(id, 2032)),
                "currentYearIncome",
                "数字");

        Map<String, Object> missing = budgetBody(version, "100");
        missing.remove("basicExpenditure");
        fieldError(
                given().auth()
                        .oauth2(token)
                        .contentType(ContentType.JSON)
                        .body(missing)
                        .put(url(id, 2032)),
                "basicExpenditure",
                "必填");

        Map<String, Object> tooPrecise = budgetBody(version, "100");
        tooPrecise.put("carryOver", new BigDecimal("1.1234567"));
        fieldError(
                given().auth()
                        .oauth2(token)
                        .contentType(ContentType.JSON)
                        .body(tooPrecise)
                        .put(url(id, 2032)),
                "carryOver",
                "6 位小数");

        for (String year : List.of("1999", "2101", "abc", "20300")) {
            fieldError(
                    given().auth()
                            .oauth2(token)
                            .contentType(ContentType.JSON)
                            .body(budgetBody(version, "100"))
                            .put("/api/departments/" + id + "/budget?year=" + year),
                    "year",
                    "2000 至 2100");
        }
        fieldError(
                given().auth()
                        .oauth2(token)
                        .contentType(ContentType.JSON)
                        .body(budgetBody(version, "100"))
                        .put("/api/departments/" + id + "/budget"),
                "year",
                "请提供年度");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"currentYearIncome\": ")
                .put(url(id, 2032))
                .then()
                .statusCode(400);

        assertEquals(
                stored,
                given().auth()
                        .oauth2(token)
                        .get(url(id, 2032))
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                "nothing was saved");
    }

    @Test
    void adjustmentIsRecordedAuditedCountedInTheAdjustmentRateAndDeletedWithItsVersion() {
        long id = BookFixtures.departmentId("530500", "zwfwglj");
        String token = Tokens.accessToken(EDITOR);
        int version = ensureBudget(token, id, 2033);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(budgetBody(version, "983.01"))
                .put(url(id, 2033))
                .then()
                .statusCode(200);
        clearAdjustments(token, id, 2033);

        int adjustmentId = given().config(DECIMALS)
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("amount", "-28.15", "reason", "年中调减", "approver", "保山市财政局", "adjustedOn", "2033-06-30"))
                .post("/api/departments/" + id + "/budget/adjustments?year=2033")
                .then()
                .statusCode(201)
                .body("amount", amount("-28.15"))
                .body("approver", equalTo("保山市财政局"))
                .extract()
                .path("id");
        given().config(DECIMALS)
                .auth()
                .oauth2(token)
                .get(url(id, 2033))
                .then()
                .statusCode(200)
                .body("adjustmentTotal", amount("-28.15"))
                .body("adjustedBudget", amount("983.01"));
        given().config(DECIMALS)
                .auth()
                .oauth2(token)
                .get("/api/audit?entity=BudgetAdjustment&entityId=" + adjustmentId)
                .then()
                .statusCode(200)
                .body("[0].action", equalTo("CREATE"))
                .body("[0].before", nullValue())
                .body("[0].after.amount", amount("-28.15"));

        given().auth()
                .oauth2(token)
                .delete("/api/departments/" + id + "/budget/adjustments/" + adjustmentId + "?year=2033&version=7")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(token)
                .delete("/api/departments/" + id + "/budget/adjustments/" + adjustmentId + "?year=2033&version=0")
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(token)
                .get("/api/departments/" + id + "/budget/adjustments?year=2033")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void adjustmentWithoutAmountReasonOrApproverIsA400AndNotSaved() {
        long id = BookFixtures.departmentId("530500", "zwfwglj");
        String token = Tokens.accessToken(EDITOR);
        ensureBudget(token, id, 2033);
        int count = given().auth()
                .oauth2(token)
                .get("/api/departments/" + id + "/budget/adjustments?year=2033")
                .then()
                .statusCode(200)
                .extract()
                .path("size()");
        fieldError(
                given().auth()
                        .oauth2(token)
                        .contentType(ContentType.JSON)
                        .body(Map.of("amount", "0", "reason", "无", "approver", "财政局", "adjustedOn", "2033-01-01"))
                        .post("/api/departments/" + id + "/budget/adjustments?year=2033"),
                "amount",
                "不能为 0");
        fieldError(
                given().auth()
                        .oauth2(token)
                        .contentType(ContentType.JSON)
                        .body(Map.of("amount", "5", "reason", " ", "adjustedOn", "2033-01-01"))
                        .post("/api/departments/" + id + "/budget/adjustments?year=2033"),
                "approver",
                "必填");
        fieldError(
                given().auth()
                        .oauth2(token)
                        .contentType(ContentType.JSON)
                        .body(Map.of("amount", "5", "reason", "追加", "approver", "财政局", "adjustedOn", "6月30日"))
                        .post("/api/departments/" + id + "/budget/adjustments?year=2033"),
                "adjustedOn",
                "日期");
        given().auth()
                .oauth2(token)
                .get("/api/departments/" + id + "/budget/adjustments?year=2033")
                .then()
                .statusCode(200)
                .body("size()", equalTo(count));
    }

    @Test
    void financeReviewerAndRegionAdminReadEveryDepartmentButCannotEdit() {
        long id = BookFixtures.departmentId("530500", "zwfwglj");
        for (String user : List.of("baoshan-finance", "baoshan-admin")) {
            String token = Tokens.accessToken(user);
            int version = given().auth()
                    .oauth2(token)
                    .get(url(id, 2021))
                    .then()
                    .statusCode(200)
                    .body("currentYearIncome", amount("983.16"))
                    .extract()
                    .path("version");
            given().auth()
                    .oauth2(token)
                    .get("/api/departments/" + id + "/budget/adjustments?year=2021")
                    .then()
                    .statusCode(200)
                    .body("[0].approver", equalTo("保山市财政局"));
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(budgetBody(version, "983.01"))
                    .put(url(id, 2021))
                    .then()
                    .statusCode(403)
                    .body("message", containsString("本部门"));
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("amount", "1", "reason", "试", "approver", "财政局", "adjustedOn", "2021-01-01"))
                    .post("/api/departments/" + id + "/budget/adjustments?year=2021")
                    .then()
                    .statusCode(403);
        }
    }

    @Test
    void aYearWithoutABudgetIsA404WithAMessage() {
        long id = BookFixtures.departmentId("530500", "zwfwglj");
        given().auth()
                .oauth2(Tokens.accessToken(EDITOR))
                .get(url(id, 2002))
                .then()
                .statusCode(404)
                .body("message", containsString("2002"));
    }

    static String url(long departmentId, int year) {
        return "/api/departments/" + departmentId + "/budget?year=" + year;
    }

    /** Creates the year's budget if it has none; returns the version to send with the next change. */
    static int ensureBudget(String token, long departmentId, int year) {
        var response = given().auth().oauth2(token).get(url(departmentId, year));
        if (response.statusCode() == 404) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(budgetBody(null, "900"))
                    .put(url(departmentId, year))
                    .then()
                    .statusCode(200)
                    .body("version", equalTo(0));
            return 0;
        }
        return response.then().statusCode(200).extract().path("version");
    }

    /** A random amount that differs from the stored one, so that saving it is a real change. */
    static String amountOtherThan(String stored) {
        while (true) {
            var amount = BigDecimal.valueOf(ThreadLocalRandom.current().nextLong(10_000, 99_999), 2);
            if (amount.compareTo(new BigDecimal(stored)) != 0) {
                return amount.toPlainString();
            }
        }
    }

    static int auditRows(String token, long budgetId) {
        return given().auth()
                .oauth2(token)
                .get("/api/audit?entity=DepartmentBudget&size=200&entityId=" + budgetId)
                .then()
                .statusCode(200)
                .extract()
                .path("size()");
    }

    static void fieldError(io.restassured.response.Response response, String field, String message) {
        ValidatableResponse then = response.then().statusCode(400);
        then.body("fields.find { it.field == '" + field + "' }.message", containsString(message));
    }

    private static void clearAdjustments(String token, long id, int year) {
        List<Map<String, Object>> existing = given().auth()
                .oauth2(token)
                .get("/api/departments/" + id + "/budget/adjustments?year=" + year)
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        for (var a : existing) {
            given().auth()
                    .oauth2(token)
                    .delete("/api/departments/" + id + "/budget/adjustments/" + a.get("id") + "?year=" + year
                            + "&version=" + a.get("version"))
                    .then()
                    .statusCode(204);
        }
    }
}
