package cn.jixiao.portal.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kiosk dashboard of the demo region in a real browser, then a point and one of its devices. */
@QuarkusTest
class KioskBrowserTest {
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
    void financeReviewerSeesTheRatesChartsAndOpensAPointAndADevice() {
        var page = browser.newPage();
        page.navigate(portal + "kiosks?year=2022");
        Browser.signIn(page, "yijinhuoluo-finance", "demo");
        Browser.await(page, "#kiosk-cards");

        assertEquals("77.78%", page.textContent("#card-acceptedRate .value").strip());
        assertEquals("81.48%", page.textContent("#card-inServiceRate .value").strip());
        assertEquals("27 台", page.textContent("#card-deviceCount .value").strip());
        assertTrue(page.locator("figure.chart svg").count() >= 2, "at least two charts drawn as SVG");
        assertTrue(page.locator("#point-chart svg rect").count() > 0, "with bars");

        page.click("#point-figures a:has-text('恩可社区服务点')");
        Browser.await(page, "#point-name");
        assertTrue(page.textContent("#point-name").contains("阿勒腾席热镇恩可社区服务点"));
        assertEquals(3, page.locator("#point-devices tbody tr").count(), "a workbench, a file cabinet, a 社保 kiosk");

        page.click("#point-devices a:has-text('YJ-P02-SB')");
        Browser.await(page, "#device-code");
        assertTrue(page.textContent("#device-status").contains("试运行"));
        assertTrue(page.textContent("#acceptance-overdue").contains("已逾期"), "accepted by none, long past due");
        assertEquals(1, page.locator("#device-actions").count(), "the slot for the lead's forms");
    }
}
