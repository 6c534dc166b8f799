package cn.jixiao.portal.budget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.portal.BookFixtures;
import cn.jixiao.portal.Evaluators;
import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may reach a department's books: every route of the budget, profile, ratio, audit and
 * dashboard features, JSON and HTML, tried by the users who must be refused.
 */
@QuarkusTest
class BookAccessTest {
    /** 保山市财政局: a department of 保山 that baoshan-dept does not belong to. */
    static long otherDepartment;

    static long otherBudget;
    static long otherAdjustment;
    /** 保山市政务服务管理局, seen from 伊金霍洛旗. */
    static long foreignDepartment;

    static long foreignBudget;
    static long foreignAdjustment;

    @BeforeAll
    static void books() {
        otherBudget = BookFixtures.ownerBudget("530500", "czj", 2029, "300", "280");
        otherDepartment = BookFixtures.departmentId("530500", "czj");
        BookFixtures.execute("""
                insert into budget_adjustment (tenant_id, budget_id, amount, reason, approver, adjusted_on)
                select '530500', ?, 5, '测试追加', '保山市财政局', date '2029-05-01'
                 where not exists (select 1 from budget_adjustment where budget_id = ?)""", otherBudget, otherBudget);
        otherAdjustment =
                BookFixtures.queryLong("select min(id) from budget_adjustment where budget_id = ?", otherBudget);
        foreignDepartment = BookFixtures.departmentId("530500", "zwfwglj");
        foreignBudget = BookFixtures.budgetId("530500", "zwfwglj", 2021);
        foreignAdjustment =
                BookFixtures.queryLong("select min(id) from budget_adjustment where budget_id = ?", foreignBudget);
    }

    /** One route: a name and how to call it for a department (and its budget's / adjustment's ids). */
    record Route(String name, BiFunction<RequestSpecification, long[], Response> call) {}

    static List<Route> routes() {
        var budget = BookFixtures.budgetBody(0, "1");
        var adjustment = Map.of("amount", "1", "reason", "试", "approver", "财政局", "adjustedOn", "2021-01-01");
        var profile = Map.of(
                "staffQuotaAdministrative",
                1,
                "staffQuotaInstitutional",
                1,
                "staffActualAdministrative",
                1,
                "staffActualInstitutional",
                1,
                "vehicleQuota",
                0,
                "vehiclesActual",
                0);
        return List.of(
                new Route("GET budget", (r, ids) -> r.get("/api/departments/" + ids[0] + "/budget?year=2021")),
                new Route(
                        "PUT budget",
                        (r, ids) -> r.contentType(ContentType.JSON)
                                .body(budget)
                                .put("/api/departments/" + ids[0] + "/budget?year=2021")),
                new Route(
                        "GET adjustments",
                        (r, ids) -> r.get("/api/departments/" + ids[0] + "/budget/adjustments?year=2021")),
                new Route(
                        "POST adjustment",
                        (r, ids) -> r.contentType(ContentType.JSON)
                                .body(adjustment)
                                .post("/api/departments/" + ids[0] + "/budget/adjustments?year=2021")),
                new Route(
                        "DELETE adjustment",
                        (r, ids) -> r.delete("/api/departments/" + ids[0] + "/budget/adjustments/" + ids[2]
                                + "?year=2021&version=0")),
                new Route("GET profile", (r, ids) -> r.get("/api/departments/" + ids[0] + "/profile?year=2021")),
                new Route(
                        "PUT profile",
                        (r, ids) -> r.contentType(ContentType.JSON)
                                .body(profile)
                                .put("/api/departments/" + ids[0] + "/profile?year=2021")),
                new Route("GET ratios", (r, ids) -> r.get("/api/departments/" + ids[0] + "/ratios?year=2021")),
                new Route("GET audit", (r, ids) -> r.get("/api/audit?entity=DepartmentBudget&entityId=" + ids[1])),
                new Route(
                        "GET adjustment audit",
                        (r, ids) -> r.get("/api/audit?entity=BudgetAdjustment&entityId=" + ids[2])),
                new Route("budget page", (r, ids) -> r.get("/departments/" + ids[0] + "/budget?year=2021")),
                new Route("budget form", (r, ids) -> r.get("/departments/" + ids[0] + "/budget/edit?year=2021")),
                new Route("profile page", (r, ids) -> r.get("/departments/" + ids[0] + "/profile?year=2021")),
                new Route("dashboard page", (r, ids) -> r.get("/departments/" + ids[0] + "/dashboard?year=2021")));
    }

    /** Routes that only change books: readers of the department are refused on these too. */
    static final List<String> WRITES =
            List.of("PUT budget", "POST adjustment", "DELETE adjustment", "PUT profile", "budget form");

    @Test
    void editorOfAnotherDepartmentIsRefusedOnEveryRoute() {
        String token = Tokens.accessToken("baoshan-dept");
        long[] ids = {otherDepartment, otherBudget, otherAdjustment};
        for (Route route : routes()) {
            Response response =
                    route.call().apply(given().auth().oauth2(token).redirects().follow(false), ids);
            assertEquals(403, response.statusCode(), route.name() + ": " + response.asString());
        }
    }

    @Test
    void financeReviewerAndRegionAdminAreRefusedOnEveryRouteThatChangesBooks() {
        long[] ids = {foreignDepartment, foreignBudget, foreignAdjustment};
        for (String user : List.of("baoshan-finance", "baoshan-admin")) {
            String token = Tokens.accessToken(user);
            for (Route route : routes()) {
                int status = route.call()
                        .apply(given().auth().oauth2(token).redirects().follow(false), ids)
                        .statusCode();
                assertEquals(WRITES.contains(route.name()) ? 403 : 200, status, user + " on " + route.name());
            }
        }
    }

    @Test
    void evaluatorCannotReadDepartmentBooks() {
        String token = Evaluators.token("baoshan-evaluator", "baoshan");
        long[] ids = {foreignDepartment, foreignBudget, foreignAdjustment};
        for (Route route : routes()) {
            int status = route.call()
                    .apply(given().auth().oauth2(token).redirects().follow(false), ids)
                    .statusCode();
            assertEquals(403, status, "evaluator on " + route.name());
        }
        given().auth().oauth2(token).get("/api/ratios?year=2021").then().statusCode(403);
        given().auth().oauth2(token).get("/dashboard?year=2021").then().statusCode(403);
    }

    @Test
    void userOfAnotherRegionGetsTheSame404AsForAMissingDepartmentOnEveryRoute() {
        String token = Tokens.accessToken("yijinhuoluo-dept");
        long[] foreign = {foreignDepartment, foreignBudget, foreignAdjustment};
        long[] missing = {987_654_321L, 987_654_321L, 987_654_321L};
        for (Route route : routes()) {
            Response there =
                    route.call().apply(given().auth().oauth2(token).redirects().follow(false), foreign);
            Response nowhere =
                    route.call().apply(given().auth().oauth2(token).redirects().follow(false), missing);
            assertEquals(404, there.statusCode(), route.name() + ": " + there.asString());
            assertEquals(nowhere.statusCode(), there.statusCode(), route.name());
            assertEquals(nowhere.asString(), there.asString(), route.name() + " answers exactly like a missing id");
        }
    }

    @Test
    void onlyFinanceReviewersAndRegionAdminsSeeTheRegion() {
        given().auth()
                .oauth2(Tokens.accessToken("baoshan-dept"))
                .get("/api/ratios?year=2021")
                .then()
                .statusCode(403)
                .body("message", containsString("财政审核人"));
        given().auth()
                .oauth2(Tokens.accessToken("baoshan-dept"))
                .get("/dashboard?year=2021")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.accessToken("baoshan-admin"))
                .get("/api/ratios?year=2021")
                .then()
                .statusCode(200);
    }
}
