package cn.jixiao.portal.dashboard;

import static cn.jixiao.portal.BookFixtures.amount;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.portal.BookFixtures;
import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The region's ratios and dashboard. 岳阳 gets two budgets for 2034 (written as the database owner:
 * the demo realm has an editor for one of its departments only), so the sums can be checked.
 */
@QuarkusTest
class RegionDashboardTest {
    static final int YEAR = 2034;

    @BeforeAll
    static void books() {
        BookFixtures.ownerBudget("430600", "zwfwzx", YEAR, "100", "90");
        BookFixtures.ownerBudget("430600", "czj", YEAR, "300", "150");
        BookFixtures.execute("""
                insert into department_profile (tenant_id, department_id, year, staff_quota_administrative,
                        staff_quota_institutional, staff_actual_administrative, staff_actual_institutional)
                values ('430600', (select id from department where tenant_id = '430600' and code = 'zwfwzx'), ?,
                        10, 0, 9, 0)
                on conflict (tenant_id, department_id, year) do nothing""", YEAR);
    }

    @Test
    void regionRatiosAreSumsOfTheDepartmentsTerms() {
        given().auth()
                .oauth2(Tokens.accessToken("yueyang-finance"))
                .get("/api/ratios?year=" + YEAR)
                .then()
                .statusCode(200)
                .body("tenantCode", equalTo("430600"))
                .body("departmentCount", equalTo(2))
                .body("budgetCompletionRate", amount("60.00"))
                .body("details.budgetCompletionRate.numerator", amount("240"))
                .body("details.budgetCompletionRate.denominator", amount("400"))
                .body("staffControlRate", amount("90.00"))
                .body("threePublicControlRate", nullValue())
                .body("details.threePublicControlRate.display", equalTo("不适用"))
                .body("departments.find { it.code == 'czj' }.ratios.budgetCompletionRate", amount("50.00"))
                .body("departments.find { it.code == 'czj' }.hasProfile", equalTo(false));
    }

    @Test
    void regionRatiosOfAYearWithoutBooksAreA404() {
        given().auth()
                .oauth2(Tokens.accessToken("yueyang-finance"))
                .get("/api/ratios?year=2001")
                .then()
                .statusCode(404)
                .body("message", containsString("2001"));
    }

    @Test
    void financeReviewerSeesTheDashboardWithChartsAndSortsByARatio() {
        String html = given().auth()
                .oauth2(Tokens.accessToken("yueyang-finance"))
                .get("/dashboard?year=" + YEAR + "&sort=budgetCompletionRate&dir=desc")
                .then()
                .statusCode(200)
                .body(containsString("<svg"))
                .body(containsString("id=\"completion-chart\""))
                .body(containsString("60.00%"))
                .extract()
                .asString();
        int center = html.indexOf(">岳阳市政务服务中心</a>");
        int finance = html.indexOf(">岳阳市财政局</a>");
        assertTrue(center > 0 && finance > center, "90% before 50% when sorted high to low");

        String ascending = given().auth()
                .oauth2(Tokens.accessToken("yueyang-finance"))
                .get("/dashboard?year=" + YEAR + "&sort=budgetCompletionRate&dir=asc")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(ascending.indexOf(">岳阳市财政局</a>") < ascending.indexOf(">岳阳市政务服务中心</a>"));
    }

    @Test
    void dashboardOfAYearWithoutBooksShowsAnEmptyState() {
        given().auth()
                .oauth2(Tokens.accessToken("yueyang-finance"))
                .get("/dashboard?year=2001")
                .then()
                .statusCode(200)
                .body(containsString("id=\"dashboard-empty\""))
                .body(not(containsString("<svg")));
    }

    @Test
    void departmentDashboardShowsRatioCardsNotApplicableAndABudgetChart() {
        long id = BookFixtures.departmentId("150627", "zwfwj");
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-dept"))
                .get("/departments/" + id + "/dashboard?year=2021")
                .then()
                .statusCode(200)
                .body(containsString("81.38%"))
                .body(containsString("160.00%"))
                .body(containsString("不适用"))
                .body(containsString("<svg"));
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-dept"))
                .get("/departments/" + id + "/dashboard?year=2002")
                .then()
                .statusCode(200)
                .body(containsString("id=\"dashboard-empty\""));
    }

    @Test
    void homePageAndNavigationLinkTheDashboards() {
        given().auth()
                .oauth2(Tokens.accessToken("baoshan-finance"))
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("id=\"nav-dashboard\""))
                .body(containsString("id=\"home-dashboard\""));
        given().auth()
                .oauth2(Tokens.accessToken("baoshan-dept"))
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("id=\"home-own-budget\""))
                .body(not(containsString("id=\"nav-dashboard\"")));
    }
}
