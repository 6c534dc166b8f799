package cn.jixiao.portal.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.portal.BookFixtures;
import cn.jixiao.testing.Browser;
import cn.jixiao.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The budget pages and the region dashboard in a real browser, signed in through Keycloak. */
@QuarkusTest
class BudgetBrowserTest {
    static final int YEAR = 2037;
    private static Browser browser;

    @TestHTTPResource("/")
    URL portal;

    @BeforeAll
    static void launch() {
        browser = Browser.launch();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void departmentEditorChangesAFigureAndSeesTheNewValueAndRatio() {
        long id = BookFixtures.departmentId("530500", "zwfwglj");
        BudgetApiTest.ensureBudget(Tokens.accessToken("baoshan-dept"), id, YEAR); // 年初预算 1011.16 万元

        var page = browser.newPage();
        page.navigate(portal + "departments/" + id + "/budget/edit?year=" + YEAR);
        Browser.signIn(page, "baoshan-dept", "demo");
        Browser.await(page, "#budget-form");

        // half of 1011.16 is 50.00 %, three quarters 75.00 %: always a real change, whatever the last run left
        boolean half = !"505.58".equals(page.inputValue("#f-finalAccounts"));
        String finalAccounts = half ? "505.58" : "758.37";
        page.fill("#f-finalAccounts", finalAccounts);
        page.click("#save-budget");
        Browser.await(page, "#notice");

        assertEquals(
                finalAccounts + " 万元", page.textContent("#figure-finalAccounts").strip());
        assertEquals(
                half ? "50.00%" : "75.00%",
                page.textContent("#ratio-budgetCompletionRate .value").strip());
        // the change is in the history, by the editor's name (the username only as the tooltip)
        assertTrue(page.textContent("#history").contains("部门填报 保山市"), page.textContent("#history"));
        assertFalse(page.textContent("#history").contains("baoshan-dept"), "no username shown");
        assertEquals("baoshan-dept", page.getAttribute("#history tbody tr:first-child .person", "title"));
    }

    @Test
    void financeReviewerSeesTheRegionDashboardWithAChart() {
        var page = browser.newPage();
        page.navigate(portal + "dashboard?year=2021");
        Browser.signIn(page, "baoshan-finance", "demo");
        Browser.await(page, "#department-ratios");

        assertTrue(page.locator("#completion-chart svg").count() == 1, "a chart drawn as SVG");
        assertTrue(page.locator("#completion-chart svg rect").count() > 0, "with bars");
        assertTrue(page.textContent("#department-ratios").contains("保山市政务服务管理局"));
        assertEquals(
                "97.22%",
                page.textContent("#region-ratios #ratio-budgetCompletionRate .value")
                        .strip());
    }
}
