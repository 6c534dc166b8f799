package cn.jixiao.portal.publication;

import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.count;
import static cn.jixiao.portal.publication.PublicationFixtures.YIJINHUOLUO;
import static cn.jixiao.portal.publication.PublicationFixtures.approvedEvaluation;
import static cn.jixiao.portal.publication.PublicationFixtures.createDeadline;
import static cn.jixiao.portal.publication.PublicationFixtures.publishedReport;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The compliance view for a past year (2009, deadline 2010-06-30 for every budget unit): one department
 * published in time, one ten days late, one owed a report 20 working days after its approval (the legal
 * date decides) and published nothing, the other bureaus nothing; and a pending report of this year.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplianceApiTest {
    private static final int PAST = 2009;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final int CURRENT = TODAY.getYear();

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    private final String finance = Tokens.accessToken("yijinhuoluo-finance");
    private final String shebao = Tokens.accessToken("yijinhuoluo-shebao");

    private long budgetUnits;

    private boolean ready;

    /** Once, before the first test (the app is up by then: @BeforeAll runs before RestAssured knows its port). */
    @BeforeEach
    void setUp() throws Exception {
        if (ready) {
            return;
        }
        ready = true;
        PublicationFixtures.removeYear(owner, PAST);
        PublicationFixtures.removeYear(owner, CURRENT);
        createDeadline(finance, PAST, "SELF", LocalDate.of(2010, 6, 30), "BUDGET_UNITS");
        publishedReport(owner, YIJINHUOLUO, "zwfwj", PAST, "SELF", LocalDate.of(2010, 6, 1));
        publishedReport(owner, YIJINHUOLUO, "jysbj", PAST, "SELF", LocalDate.of(2010, 7, 10));
        approvedEvaluation(owner, YIJINHUOLUO, "dsjzx", PAST, "SELF", LocalDate.of(2010, 3, 1));
        createDeadline(finance, CURRENT, "THIRD_PARTY", TODAY.plusDays(5), "EVALUATED");
        approvedEvaluation(owner, YIJINHUOLUO, "jysbj", CURRENT, "THIRD_PARTY", TODAY);
        budgetUnits = count(
                owner,
                "select count(*) from department where tenant_id = ? and kind in ('BUREAU', 'CENTER')",
                YIJINHUOLUO);
    }

    @AfterAll
    void tearDown() throws Exception {
        PublicationFixtures.removeYear(owner, PAST);
        PublicationFixtures.removeYear(owner, CURRENT);
    }

    @Test
    void eachBudgetUnitIsOnTimeLateOrMissingWithCounts() {
        as(finance)
                .get("/api/publication/compliance?year=" + PAST + "&size=200")
                .then()
                .statusCode(200)
                .body("year", equalTo(PAST))
                .body("counts.onTime", equalTo(1))
                .body("counts.late", equalTo(1))
                .body("counts.missing", equalTo((int) budgetUnits - 2))
                .body("counts.pending", equalTo(0))
                .body("counts.total", equalTo((int) budgetUnits))
                .body("rows.total", equalTo((int) budgetUnits))
                .body("rows.items.find { it.departmentName == '伊金霍洛旗政务服务局' }.state", equalTo("ON_TIME"))
                .body("rows.items.find { it.departmentName == '伊金霍洛旗就业和社会保险事业局' }.state", equalTo("LATE"))
                .body("rows.items.find { it.departmentName == '伊金霍洛旗就业和社会保险事业局' }.daysLate", equalTo(10))
                .body("rows.items.departmentName", not(hasItem("阿勒腾席热镇恩可社区")));
    }

    @Test
    void anEarlyApprovalIsDueTwentyWorkingDaysLater() {
        // approved Monday 2010-03-01; no calendar entries for 2010, so weekends only: the 20th working day is 03-29
        as(finance)
                .get("/api/publication/compliance?year=" + PAST + "&size=200")
                .then()
                .statusCode(200)
                .body("rows.items.find { it.departmentName == '伊金霍洛旗大数据中心' }.readyOn", equalTo("2010-03-01"))
                .body("rows.items.find { it.departmentName == '伊金霍洛旗大数据中心' }.legalDue", equalTo("2010-03-29"))
                .body("rows.items.find { it.departmentName == '伊金霍洛旗大数据中心' }.due", equalTo("2010-03-29"))
                .body("rows.items.find { it.departmentName == '伊金霍洛旗大数据中心' }.legalDateDecides", equalTo(true))
                .body("rows.items.find { it.departmentName == '伊金霍洛旗大数据中心' }.state", equalTo("MISSING"));
    }

    @Test
    void aReportNotYetDueIsPendingAndShowsOnTheDepartmentsHomePage() {
        as(finance)
                .get("/api/publication/compliance?year=" + CURRENT)
                .then()
                .statusCode(200)
                .body("counts.pending", equalTo(1))
                .body("rows.items[0].state", equalTo("PENDING"))
                .body("rows.items[0].due", equalTo(TODAY.plusDays(5).toString()));
        given().auth()
                .oauth2(shebao)
                .get("/")
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("id=\"publication-reminders\""),
                        containsString(CURRENT + " 年度第三方评价报告应于 <strong>" + TODAY.plusDays(5) + "</strong>"),
                        containsString("还有 5 天")));
        // a department that owes nothing sees no reminder
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-enke"))
                .get("/")
                .then()
                .statusCode(200)
                .body(not(containsString("id=\"publication-reminders\"")));
    }

    @Test
    void aDepartmentSeesOnlyItsOwnRowsAndOtherRolesAndRegionsNothing() {
        as(shebao)
                .get("/api/publication/compliance?year=" + PAST)
                .then()
                .statusCode(200)
                .body("rows.total", equalTo(1))
                .body("rows.items[0].departmentName", equalTo("伊金霍洛旗就业和社会保险事业局"))
                .body("counts.total", equalTo(1));
        as(Tokens.accessToken("evaluator-wang"))
                .get("/api/publication/compliance?year=" + PAST)
                .then()
                .statusCode(403);
        as(Tokens.accessToken("baoshan-finance"))
                .get("/api/publication/compliance?year=" + PAST)
                .then()
                .statusCode(200)
                .body("counts.total", equalTo(0))
                .body("deadlines.size()", equalTo(0));
    }

    @Test
    void rowsFilterSortAndPage() {
        as(finance)
                .get("/api/publication/compliance?year=" + PAST + "&state=MISSING&size=2&page=1&sort=department")
                .then()
                .statusCode(200)
                .body("rows.total", equalTo((int) budgetUnits - 2))
                .body("rows.page", equalTo(1))
                .body("rows.items.size()", equalTo(2))
                .body("rows.items.state", everyItem(equalTo("MISSING")))
                .body("counts.total", equalTo((int) budgetUnits));
        as(finance)
                .get("/api/publication/compliance?year=" + PAST + "&sort=daysLate&dir=desc&state=LATE")
                .then()
                .statusCode(200)
                .body("rows.items[0].daysLate", equalTo(10));
        as(finance)
                .get("/api/publication/compliance?year=" + PAST + "&sort=nonsense")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("sort"));
        as(finance).get("/api/publication/compliance?state=SOMETIMES").then().statusCode(400);
    }

    @Test
    void theYearExportsAsCsvAndExcel() {
        String csv = given().auth()
                .oauth2(finance)
                .get("/api/publication/compliance/export?year=" + PAST + "&format=csv")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("compliance-" + PAST + ".csv"))
                .extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("部门,年度,报告类型"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(
                csv.contains("伊金霍洛旗就业和社会保险事业局,2009,绩效自评,2010-06-30,,,2010-06-30,2010-07-10,1,逾期公开,10"), csv);
        given().auth()
                .oauth2(finance)
                .get("/api/publication/compliance/export?year=" + PAST + "&format=xlsx")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats"));
        given().auth()
                .oauth2(finance)
                .get("/api/publication/compliance/export?year=" + PAST + "&format=pdf")
                .then()
                .statusCode(400);
    }

    @Test
    void thePageShowsTheRuleTheCountsTheChartAndTheDeadlineForm() {
        given().auth()
                .oauth2(finance)
                .get("/publication/compliance?year=" + PAST)
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("id=\"compliance-rule\""),
                        containsString("<strong id=\"count-late\">1</strong>"),
                        containsString("id=\"compliance-chart\""),
                        containsString("class=\"s-late\""),
                        containsString("id=\"deadline-form\""),
                        containsString("id=\"reminder-days-form\""),
                        containsString("format=xlsx"),
                        containsString("id=\"nav-publication\"")));
        given().auth()
                .oauth2(shebao)
                .get("/publication/compliance?year=" + PAST)
                .then()
                .statusCode(200)
                .body(allOf(not(containsString("id=\"deadline-form\"")), containsString("id=\"contact-form\"")));
    }
}
