package cn.jixiao.portal.budget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.portal.BookFixtures;
import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The budget pages and their forms (HTML, with a bearer token instead of the browser's session). */
@QuarkusTest
class BudgetPagesTest {
    /** As browsers send forms: UTF-8 (RestAssured would otherwise use ISO-8859-1). */
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @Test
    void budgetPageShowsTheFiguresInWanYuanAndTheRatios() {
        long id = BookFixtures.departmentId("530500", "zwfwglj");
        given().auth()
                .oauth2(Tokens.accessToken("baoshan-finance"))
                .get("/departments/" + id + "/budget?year=2021")
                .then()
                .statusCode(200)
                .body(containsString("1011.16 万元"))
                .body(containsString("983.01 万元"))
                .body(containsString("97.22%"))
                .body(containsString("-53.62%"))
                .body(containsString("保山市财政局"))
                .body(not(containsString("id=\"edit-budget\"")));
    }

    @Test
    void formWithANegativeAmountAndTextIsShownAgainWithChineseMessagesAndNothingSaved() {
        long id = BookFixtures.departmentId("530500", "zwfwglj");
        String token = Tokens.accessToken("baoshan-dept");
        int version = BudgetApiTest.ensureBudget(token, id, 2035);
        String stored = given().auth()
                .oauth2(token)
                .get(BudgetApiTest.url(id, 2035))
                .then()
                .extract()
                .asString();

        Map<String, String> form = form(version);
        form.put("carryOver", "-3");
        form.put("finalAccounts", "九百");
        given().auth()
                .oauth2(token)
                .contentType(FORM)
                .formParams(form)
                .post("/departments/" + id + "/budget?year=2035")
                .then()
                .statusCode(400)
                .body(containsString("id=\"error-carryOver\""))
                .body(containsString("金额不能为负数"))
                .body(containsString("id=\"error-finalAccounts\""))
                .body(containsString("请输入数字"))
                .body(containsString("value=\"九百\""));
        assertEquals(
                stored,
                given().auth()
                        .oauth2(token)
                        .get(BudgetApiTest.url(id, 2035))
                        .then()
                        .extract()
                        .asString());
    }

    @Test
    void savedFormRedirectsToTheBudgetPageAndAStaleFormIsAConflict() {
        long id = BookFixtures.departmentId("530500", "zwfwglj");
        String token = Tokens.accessToken("baoshan-dept");
        int version = BudgetApiTest.ensureBudget(token, id, 2036);
        Map<String, String> form = form(version);
        form.put("finalAccounts", "1,000.50");
        given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .contentType(FORM)
                .formParams(form)
                .post("/departments/" + id + "/budget?year=2036")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/departments/" + id + "/budget?year=2036&saved=1"));
        given().auth()
                .oauth2(token)
                .get("/departments/" + id + "/budget?year=2036")
                .then()
                .statusCode(200)
                .body(containsString("1000.50 万元"))
                .body(containsString("id=\"history\""));
        given().auth()
                .oauth2(token)
                .contentType(FORM)
                .formParams(form)
                .post("/departments/" + id + "/budget?year=2036")
                .then()
                .statusCode(409)
                .body(containsString("数据已被他人修改"));
    }

    @Test
    void editFormStartsFromTheStoredFigures() {
        long id = BookFixtures.departmentId("530500", "zwfwglj");
        String token = Tokens.accessToken("baoshan-dept");
        BudgetApiTest.ensureBudget(token, id, 2035);
        given().auth()
                .oauth2(token)
                .get("/departments/" + id + "/budget/edit?year=2035")
                .then()
                .statusCode(200)
                .body(containsString("name=\"currentYearIncome\""))
                .body(containsString("value=\"983.16\""))
                .body(containsString("万元"));
    }

    static Map<String, String> form(int version) {
        var form = new HashMap<String, String>();
        form.put("version", Integer.toString(version));
        form.put("currentYearIncome", "983.16");
        form.put("carryOver", "28");
        form.put("basicExpenditure", "460.16");
        form.put("projectExpenditure", "551");
        form.put("finalAccounts", "983.01");
        return form;
    }
}
