package cn.jixiao.portal.readdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 鄂尔多斯市's finance reviewer finds the regions below from the home page, reads 伊金霍洛旗's ratios
 * and kiosks beside their sum, and finds nothing to change; the pages pass axe on a desktop and a phone.
 * 伊金霍洛旗's own finance reviewer is offered no such page.
 */
@QuarkusTest
class ReadDownBrowserTest {
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
    void cityFinanceReviewerReadsItsCountysFiguresReadOnly() {
        var page = browser.newPage();
        page.navigate(portal.toString());
        Browser.signIn(page, "ordos-finance", "demo");
        Browser.await(page, "#home-regions");
        assertEquals("鄂尔多斯市", page.innerText("#region-name"));
        page.click("#home-regions");
        Browser.await(page, "#region-ratios");
        page.navigate(portal + "dashboard/regions?year=2021");
        Browser.await(page, "#region-ratios");
        assertEquals(
                "81.38%",
                page.innerText("#region-ratios tr[data-region='150627'] td[data-key='budgetCompletionRate']"));
        assertEquals(
                "81.38%", page.innerText("#region-ratios tr[data-region='sum'] td[data-key='budgetCompletionRate']"));
        assertEquals("81.38%", page.innerText("#regions-sum #ratio-budgetCompletionRate .value"));
        assertEquals(0, page.locator("form[data-json-action]").count(), "nothing to change on a read-down page");
        Browser.assertAccessible(page);

        page.click("#region-kiosks-link");
        Browser.await(page, "#region-kiosks");
        page.navigate(portal + "kiosks/summary/regions?year=2022");
        Browser.await(page, "#region-kiosks");
        assertEquals("27", page.innerText("#region-kiosks tr[data-region='150627'] td[data-key='deviceCount']"));
        assertEquals("77.78%", page.innerText("#region-kiosks tr[data-region='sum'] td[data-key='acceptedRate']"));
        Browser.assertAccessible(page);
    }

    @Test
    void countyFinanceReviewerIsOfferedNoRegionsBelow() {
        var page = browser.newPage();
        page.navigate(portal.toString());
        Browser.signIn(page, "yijinhuoluo-finance", "demo");
        Browser.await(page, "#home-dashboard");
        assertEquals(0, page.locator("#home-regions").count());
        var answer = page.navigate(portal + "dashboard/regions?year=2021");
        assertEquals(404, answer.status());
        assertTrue(page.innerText("body").contains("没有可查看的下级地区"), page.innerText("body"));
    }
}
