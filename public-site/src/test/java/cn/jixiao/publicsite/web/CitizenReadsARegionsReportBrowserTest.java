package cn.jixiao.publicsite.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.publicsite.PublicSiteStack;
import cn.jixiao.publicsite.fixture.ReportFixtures;
import cn.jixiao.testing.Browser;
import cn.jixiao.testing.TestStack;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Media;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A citizen opens a region, opens one of its reports, downloads its attachment, switches to 长者模式
 * and prints the report; every page passes axe in normal and elder mode.
 */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
class CitizenReadsARegionsReportBrowserTest {
    private static final String TITLE = "岳阳市公共数据目录编制项目2023年度绩效评价报告";
    private static final byte[] TABLE = "%PDF-1.4 自评表".getBytes(StandardCharsets.UTF_8);

    @TestHTTPResource("/")
    URL home;

    @Inject
    ReportFixtures fixtures;

    @AfterEach
    void takeItOffTheSite() throws Exception {
        fixtures.withdrawAll();
    }

    @Test
    void citizenOpensARegionReadsAReportDownloadsItsTableTurnsOnElderModeAndPrints() throws Exception {
        PublicSiteStack.awaitSearchIndex();
        long id = fixtures.report(
                "430600", "PUBLISHED", TITLE, "2024-05-20", "## 一、概况\n表：完成情况\n| 指标 | 实际值 |\n| 目录数 | 120个 |");
        fixtures.attach(id, "430600", 1, "国家绩效自评表", "自评表.pdf", TABLE);

        try (Browser browser = Browser.launch()) {
            Page page = browser.newPage();
            page.navigate(home + "regions");
            Browser.assertAccessible(page);
            page.click("#regions a[href='/regions/430600']");
            page.waitForSelector("#region-title");
            Browser.assertAccessible(page);
            // the portal's suites publish today's reports into the same database: narrow to the fixture's year
            page.selectOption("#filter-year", "2023");
            page.click("form.filters button[type=submit]");
            page.waitForURL("**year=2023**");

            page.click("#region-reports a:text-is('" + TITLE + "')");
            page.waitForSelector("#report-title");
            assertEquals(TITLE, page.textContent("#report-title").strip());
            assertTrue(page.textContent("#report-body").contains("120个"));
            Browser.assertAccessible(page);
            assertTitleBeforeTableOnAPhone(page);

            Download download = page.waitForDownload(() -> page.click("#attachments a"));
            assertArrayEquals(TABLE, Files.readAllBytes(download.path()));

            page.click("#elder-toggle");
            assertTrue(page.evaluate("document.documentElement.classList.contains('elder')")
                    .equals(true));
            page.reload();
            assertEquals("true", page.getAttribute("#elder-toggle", "aria-pressed"), "remembered and rendered");
            assertTrue(page.evaluate("document.documentElement.className")
                    .toString()
                    .contains("elder"));
            Browser.assertAccessible(page);

            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertTrue(page.isVisible("#report-title"));
            assertTrue(page.isVisible("#report-body"));
            for (String chrome : new String[] {".masthead", ".mainnav", ".footer", "#a11y-toolbar", ".report-aside"}) {
                assertFalse(page.isVisible(chrome), chrome + " is printed");
            }
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

            for (String path : new String[] {"", "search?q=数据", "open-data", "regions/430600"}) {
                page.navigate(home + path);
                page.waitForSelector("main");
                assertTrue(page.evaluate("document.documentElement.className")
                        .toString()
                        .contains("elder"));
                Browser.assertAccessible(page);
            }
            page.click("[data-display=reset]");
            page.navigate(home + "open-data");
            assertEquals("", page.evaluate("document.documentElement.className"));
            Browser.assertAccessible(page);
        }
    }

    private static void assertTitleBeforeTableOnAPhone(Page page) {
        var before = page.viewportSize();
        page.setViewportSize(390, 844);
        BoundingBox title = page.locator("#report-title").boundingBox();
        BoundingBox table = page.locator("#disclosure").boundingBox();
        assertTrue(title.y < table.y, "on a phone the title comes first");
        page.setViewportSize(before.width, before.height);
        assertTrue(
                page.locator("#disclosure").boundingBox().y
                        < page.locator("#report-title").boundingBox().y,
                "on a desktop the disclosure table comes first, as on government sites");
    }
}
