package cn.jixiao.portal.budget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import cn.jixiao.portal.BookFixtures;
import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The budget pages (HTML, with a bearer token instead of the browser's session); their forms are tried in BookFormsBrowserTest. */
@QuarkusTest
class BudgetPagesTest {
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
    void editFormSendsTheBudgetToTheApiWithTheVersionRead() {
        long id = BookFixtures.departmentId("530500", "zwfwglj");
        String token = Tokens.accessToken("baoshan-dept");
        int version = BudgetApiTest.ensureBudget(token, id, 2035);
        given().auth()
                .oauth2(token)
                .get("/departments/" + id + "/budget/edit?year=2035")
                .then()
                .statusCode(200)
                .body(containsString("data-json-action=\"/api/departments/" + id + "/budget?year=2035\""))
                .body(containsString("data-method=\"PUT\""))
                .body(containsString("name=\"version\" value=\"" + version + "\""))
                .body(containsString("src=\"/static/json-forms.js\""));
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
}
