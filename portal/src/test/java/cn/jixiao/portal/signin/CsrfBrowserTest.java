package cn.jixiao.portal.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.portal.BookFixtures;
import cn.jixiao.testing.Browser;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests that ride on a signed-in browser's session cookie need the page's CSRF token and must come
 * from the portal's own pages. The requests are sent with the browser's cookies (Playwright's
 * page.request()), as a forged request from another site would be.
 */
@QuarkusTest
class CsrfBrowserTest {
    private static final String NO_TOKEN = "请求缺少有效的安全令牌，请刷新页面后重试";
    private static final String CROSS_SITE = "请求来自其他网站";
    // a year no other test uses; an empty list changes nothing in it
    private static final String CALENDAR = "api/settings/working-calendar?year=2097";
    private static final byte[] CSV = "\uFEFF部门编码,年度,本年收入（万元）\nzwfwglj,2088,1\n".getBytes(StandardCharsets.UTF_8);

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
    void aJsonRequestNeedsTheTokenInItsHeaderAndTheOwnOrigin() {
        long crossSiteBefore = crossSiteRefusals();
        var page = signedIn();
        String token = token(page);

        refused(put(page, calendar()), NO_TOKEN);
        refused(put(page, calendar().setHeader("X-CSRF-Token", "not-the-token")), NO_TOKEN);
        refused(
                put(page, calendar().setHeader("X-CSRF-Token", token).setHeader("Origin", "https://evil.example")),
                CROSS_SITE);
        refused(
                put(
                        page,
                        calendar().setHeader("X-CSRF-Token", token).setHeader("Referer", "https://evil.example/page")),
                CROSS_SITE);

        var accepted = put(
                page, calendar(version(page)).setHeader("X-CSRF-Token", token).setHeader("Origin", origin()));
        assertEquals(200, accepted.status(), accepted.text());
        var withoutOrigin = put(page, calendar(version(page)).setHeader("X-CSRF-Token", token));
        assertEquals(200, withoutOrigin.status(), withoutOrigin.text());

        // both cross-site refusals are in the region's audit log, and so is the browser's sign-in
        assertEquals(crossSiteBefore + 2, crossSiteRefusals());
        assertTrue(BookFixtures.queryLong(
                        "select count(*) from audit_log where tenant_id = '530500' and entity = 'Session'"
                                + " and action = 'LOGIN' and actor = 'baoshan-finance' and after ->> 'via' = 'browser'")
                > 0);
    }

    private static long crossSiteRefusals() {
        return BookFixtures.queryLong(
                "select count(*) from audit_log where tenant_id = '530500' and entity = 'Request' and action = 'REFUSED'"
                        + " and actor = 'baoshan-finance' and after ->> 'status' = '403'"
                        + " and after ->> 'message' like ?",
                "%" + CROSS_SITE + "%");
    }

    @Test
    void aMultipartUploadCarriesTheTokenAsAFormField() {
        var page = signedIn();
        String url = portal + "api/transfer/budgets/import?mode=preview";

        refused(page.request().post(url, RequestOptions.create().setMultipart(upload())), NO_TOKEN);
        var accepted =
                page.request().post(url, RequestOptions.create().setMultipart(upload().set("csrf-token", token(page))));
        assertEquals(200, accepted.status(), accepted.text());
    }

    @Test
    void thePagesImportCarriesTheTokenAndAConfirmationWithoutItIsRefused() throws Exception {
        var page = signedIn();
        Path file = Files.createTempFile("budgets", ".csv");
        Files.write(file, CSV);
        page.setInputFiles("#file-budgets", file);
        page.click("#upload-budgets");
        Browser.await(page, "#confirm-import");
        assertTrue(page.innerText("#import-title").contains("导入预览"), page.innerText("#import-title"));
        Files.delete(file);

        // the same confirmation sent without the page's token is refused before anything is looked up
        refused(
                page.request()
                        .post(
                                portal + "api/transfer/budgets/import?mode=commit",
                                RequestOptions.create()
                                        .setMultipart(FormData.create().set("token", "any"))),
                NO_TOKEN);
    }

    private Page signedIn() {
        var page = browser.newPage();
        page.navigate(portal + "transfer");
        Browser.signIn(page, "baoshan-finance", "demo");
        Browser.await(page, "#file-budgets");
        return page;
    }

    private static String token(Page page) {
        String token = page.getAttribute("meta[name=csrf-token]", "content");
        assertTrue(token != null && !token.isEmpty(), "the page carries the session's token");
        return token;
    }

    private APIResponse put(Page page, RequestOptions options) {
        return page.request().put(portal + CALENDAR, options);
    }

    private static RequestOptions calendar() {
        return RequestOptions.create()
                .setHeader("Content-Type", "application/json")
                .setData(Map.of("days", List.of()));
    }

    /** An empty calendar sent with the year's version as read now (the PUT is refused as stale without it). */
    private static RequestOptions calendar(int version) {
        return RequestOptions.create()
                .setHeader("Content-Type", "application/json")
                .setData(Map.of("days", List.of(), "version", version));
    }

    private int version(Page page) {
        var read = page.request().get(portal + CALENDAR);
        assertEquals(200, read.status(), read.text());
        var m = java.util.regex.Pattern.compile("\"version\"\\s*:\\s*(-?\\d+)").matcher(read.text());
        assertTrue(m.find(), read.text());
        return Integer.parseInt(m.group(1));
    }

    private static FormData upload() {
        return FormData.create().set("file", new FilePayload("预算.csv", "text/csv", CSV));
    }

    private String origin() {
        return portal.getProtocol() + "://" + portal.getAuthority();
    }

    private static void refused(APIResponse response, String message) {
        assertEquals(403, response.status(), response.text());
        assertTrue(response.text().contains(message), response.text());
    }
}
