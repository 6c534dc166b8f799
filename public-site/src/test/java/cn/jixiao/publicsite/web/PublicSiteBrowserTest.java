package cn.jixiao.publicsite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.publicsite.PublicSiteStack;
import cn.jixiao.testing.Browser;
import cn.jixiao.testing.TestStack;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
class PublicSiteBrowserTest {
    private static final String YUEYANG_TITLE = "岳阳市政务服务中心“无差别”一窗受理系统政府采购项目2019年度绩效自评报告";

    @TestHTTPResource("/")
    URL home;

    @Test
    void citizenSearchesForOneWindowAcceptanceAndReadsTheYueyangReport() {
        PublicSiteStack.awaitSearchIndex();
        try (Browser browser = Browser.launch()) {
            Page page = browser.newPage();
            page.navigate(home.toString());
            Browser.assertAccessible(page);

            page.fill("input[name=q]", "一窗受理");
            page.press("input[name=q]", "Enter");
            page.waitForURL("**/search?q=*");

            Browser.assertAccessible(page);
            var firstHit = page.locator(".hit .hit-title a").first();
            assertEquals(YUEYANG_TITLE, firstHit.textContent().strip());
            assertTrue(page.locator(".hit .snippet mark").count() > 0, "the snippet marks the query");

            firstHit.click();
            page.waitForSelector("#disclosure");

            assertEquals(YUEYANG_TITLE, page.textContent("#report-title").strip());
            assertEquals(
                    "12430600-X-/2020-0609001",
                    page.textContent("#meta-index-no").strip());
            assertEquals("岳阳市政务服务中心", page.textContent("#meta-publisher").strip());
            assertEquals("2020-06-09", page.textContent("#meta-published-on").strip());
            assertTrue(page.textContent("#disclosure").contains("浏览量"));
            Browser.assertAccessible(page);
        }
    }

    @Test
    void citizenNarrowsASearchByRegionAndYearAndOpensTheReport() {
        PublicSiteStack.awaitSearchIndex();
        try (Browser browser = Browser.launch()) {
            Page page = browser.newPage();
            page.setViewportSize(390, 844);
            page.navigate(home.toString());
            page.fill("input[name=q]", "绩效");
            page.press("input[name=q]", "Enter");
            page.waitForURL("**/search?q=*");

            page.click("#facet-region a[data-value='530500']");
            page.waitForURL("**region=530500*");
            String year = page.getAttribute("#facet-year a >> nth=0", "data-value");
            page.click("#facet-year a >> nth=0");
            page.waitForURL("**year=" + year + "*");

            Browser.assertAccessible(page);
            assertTrue(page.textContent("#active-filters").contains("保山市"), "the region filter is shown");
            assertTrue(page.textContent("#active-filters").contains(year + "年"), "the year filter is shown");
            int hits = page.locator(".hit").count();
            assertTrue(hits >= 1);
            assertEquals(
                    String.valueOf(hits),
                    page.textContent("#total").strip(),
                    "every match of 保山市 in " + year + " is listed");
            String title =
                    page.locator(".hit .hit-title a").first().textContent().strip();

            page.locator(".hit .hit-title a").first().click();
            page.waitForSelector("#disclosure");
            assertEquals(title, page.textContent("#report-title").strip());
            assertTrue(page.textContent("#meta-publisher").contains("保山"));
        }
    }

    @Test
    void theEmptyResultsTheLastPageTheApiGuideAndAnErrorPageAreAccessible() {
        PublicSiteStack.awaitSearchIndex();
        try (Browser browser = Browser.launch()) {
            Page page = browser.newPage();
            for (String path : new String[] {"search?q=没有这样的报告xyz", "search?page=2", "api-guide", "no-such-page"}) {
                page.navigate(home.toString() + path);
                page.waitForSelector("main");
                Browser.assertAccessible(page);
            }
        }
    }
}
