package cn.jixiao.portal.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.jixiao.portal.BookFixtures;
import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The ratios of the demo departments come out of the records and match the published documents. */
@QuarkusTest
class DemoDepartmentRatiosTest {

    @Test
    void baoshanRatiosOf2021EqualTheSeedFigures() {
        long id = BookFixtures.departmentId("530500", "zwfwglj");
        given().config(BookFixtures.DECIMALS)
                .auth()
                .oauth2(Tokens.accessToken("baoshan-finance"))
                .get("/api/departments/" + id + "/ratios?year=2021")
                .then()
                .statusCode(200)
                .body("year", equalTo(2021))
                .body("departmentId", equalTo((int) id))
                .body("staffControlRate", equalTo(new BigDecimal("113.33")))
                .body("threePublicControlRate", equalTo(new BigDecimal("19.32")))
                .body("threePublicChangeRate", equalTo(new BigDecimal("-53.62")))
                .body("publicFundsControlRate", equalTo(new BigDecimal("100.00")))
                .body("procurementExecutionRate", equalTo(new BigDecimal("100.00")))
                .body("fixedAssetUtilizationRate", equalTo(new BigDecimal("100.00")))
                .body("budgetAdjustmentRate", equalTo(new BigDecimal("2.78")))
                .body("budgetCompletionRate", equalTo(new BigDecimal("97.22")))
                .body("details.budgetAdjustmentRate.numerator", equalTo(new BigDecimal("28.15")))
                .body("details.budgetAdjustmentRate.denominator", equalTo(new BigDecimal("1011.16")))
                .body("details.budgetCompletionRate.numerator", equalTo(new BigDecimal("983.01")))
                .body("details.staffControlRate.display", equalTo("113.33%"))
                .body("details.threePublicChangeRate.display", equalTo("-53.62%"))
                .body("details.threePublicChangeRate.formula", containsString("上年"));
    }

    @Test
    void yijinhuoluoBudgetCompletionRateOf2021IsTheSeeds8138AndUnrecordedFiguresAreNotApplicable() {
        long id = BookFixtures.departmentId("150627", "zwfwj");
        given().config(BookFixtures.DECIMALS)
                .auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-dept"))
                .get("/api/departments/" + id + "/ratios?year=2021")
                .then()
                .statusCode(200)
                .body("budgetCompletionRate", equalTo(new BigDecimal("81.38")))
                .body("staffControlRate", equalTo(new BigDecimal("160.00")))
                .body("threePublicControlRate", nullValue())
                .body("details.threePublicControlRate.display", equalTo("不适用"));
    }

    @Test
    void aYearWithoutBooksIsA404WithAMessage() {
        long id = BookFixtures.departmentId("530500", "zwfwglj");
        given().auth()
                .oauth2(Tokens.accessToken("baoshan-dept"))
                .get("/api/departments/" + id + "/ratios?year=2003")
                .then()
                .statusCode(404)
                .body("message", containsString("2003"));
    }
}
