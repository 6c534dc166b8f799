package cn.jixiao.portal.finding.books;

import static cn.jixiao.portal.project.ProjectFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The demo regions show the books findings a careful auditor makes of seeds 001, 000 and 003, from the
 * demo data and the books recheck DemoBooks runs at start.
 */
@QuarkusTest
class DemoBooksTest {
    static String findings(int year, String code) {
        return "/api/findings?size=200&year=" + year + "&code=" + code;
    }

    @Test
    void seed001sBooksShowEachKindInYijinhuoluo2021() {
        String finance = Tokens.accessToken("yijinhuoluo-finance");
        // 6 projects budgeted, target tables for 4
        as(finance)
                .get(findings(2021, "PROJECT_WITHOUT_TARGETS"))
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.evidence.projectName", hasItems("综合一窗政府购买服务项目", "智慧政务平台运维项目"))
                .body("items.departmentName", everyItem(equalTo("伊金霍洛旗政务服务局")));
        as(finance)
                .get(findings(2021, "CONTRACT_WITHOUT_PROCUREMENT"))
                .then()
                .body("total", equalTo(1))
                .body("items[0].message", containsString("金额 1,860,480 元（186.048 万元），达到本地区采购限额标准 60 万元"))
                .body("items[0].message", containsString("2021年支付 620,160 元（62.016 万元）"));
        as(finance)
                .get(findings(2021, "PURCHASED_SERVICE_NOT_EVALUATED"))
                .then()
                .body("total", equalTo(1))
                .body("items[0].message", containsString("综合一窗服务购买合同"));
        as(finance)
                .get(findings(2021, "EXPENDITURE_CLASS_MISMATCH"))
                .then()
                .body("total", equalTo(1))
                .body("items[0].message", containsString("经济分类为 30226 劳务费"))
                .body("items[0].message", containsString("（30227 委托业务费）"));
    }

    @Test
    void latePlanStepsOfSeeds000And003AreShown() {
        as(Tokens.accessToken("yijinhuoluo-finance"))
                .get(findings(2022, "MILESTONE_LATE"))
                .then()
                .statusCode(200)
                .body(
                        "items.message",
                        hasItem(containsString("「走访调研，确定打造点」计划完成时间 2022年3月1日，实际完成时间 2022年5月16日，滞后 76 天")));
        as(Tokens.accessToken("yueyang-finance"))
                .get(findings(2019, "MILESTONE_LATE"))
                .then()
                .statusCode(200)
                .body("items.message", hasItem(containsString("「开发测试联调」计划完成时间 2019年9月30日，实际完成时间 2019年10月24日，滞后 24 天")))
                .body("items.message", hasItem(containsString("「试运行结束并验收」计划完成时间 2019年10月31日")))
                // the steps done on time are not questioned
                .body("items.message", not(hasItem(containsString("「项目组入场」"))));
    }

    @Test
    void theFindingsPageOffersTheBooksCheckToTheFinanceReviewerOnly() {
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-finance"))
                .get("/findings?year=2021")
                .then()
                .statusCode(200)
                .body(containsString("id=\"books-recheck\""))
                .body(containsString("/api/findings/books/recheck?year=2021"))
                .body(containsString("达到采购限额未执行政府采购"));
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-dept"))
                .get("/findings?year=2021")
                .then()
                .statusCode(200)
                .body(containsString("预算项目未设绩效目标"))
                .body(not(containsString("id=\"books-recheck\"")));
    }
}
