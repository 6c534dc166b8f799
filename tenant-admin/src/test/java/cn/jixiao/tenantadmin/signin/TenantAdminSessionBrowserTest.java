package cn.jixiao.tenantadmin.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.tenantadmin.TestRegion;
import cn.jixiao.testing.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An operator's browser session: requests riding on it need the page's CSRF token and must come from
 * tenant-admin's own pages; logout ends it for good.
 */
@QuarkusTest
class TenantAdminSessionBrowserTest {
    private static Browser browser;

    @TestHTTPResource("/")
    URL app;

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    @BeforeAll
    static void launch() {
        browser = Browser.launch();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void anOnboardingPostedWithTheSessionButWithoutTheTokenOrFromAnotherSiteIsRefused() {
        var page = signedIn();
        var region = TestRegion.fresh(owner);

        var noToken = page.request().post(app + "api/tenants", json(region));
        assertEquals(403, noToken.status());
        assertTrue(noToken.text().contains("请求缺少有效的安全令牌，请刷新页面后重试"), noToken.text());

        String token = page.getAttribute("meta[name=csrf-token]", "content");
        var foreign = page.request()
                .post(
                        app + "api/tenants",
                        json(region).setHeader("X-CSRF-Token", token).setHeader("Origin", "https://evil.example"));
        assertEquals(403, foreign.status());
        assertTrue(foreign.text().contains("请求来自其他网站"), foreign.text());

        assertNull(TestRegion.tenantColumn(owner, region.code(), "slug"), "nothing was onboarded");

        // the page's own script sends the token: the same request from the same origin goes through
        var sent = page.request()
                .post(
                        app + "api/tenants",
                        json(region).setHeader("X-CSRF-Token", token).setHeader("Origin", origin()));
        assertEquals(201, sent.status(), sent.text());
        assertEquals(region.slug(), TestRegion.tenantColumn(owner, region.code(), "slug"));
    }

    @Test
    void afterLogoutTheOldSessionCookiesNoLongerWork() {
        var page = signedIn();
        var cookies = page.context().cookies();

        page.click("#logout");
        Browser.await(page, "text=您已安全退出");

        var copy = page.context().browser().newContext().newPage();
        copy.context().addCookies(cookies);
        assertEquals(401, copy.request().get(app + "api/tenants").status());
        copy.navigate(app.toString());
        assertTrue(copy.url().contains("/realms/jixiao/"), "the old cookies lead to the login: " + copy.url());
    }

    private static RequestOptions json(TestRegion region) {
        return RequestOptions.create()
                .setHeader("Content-Type", "application/json")
                .setData(region.request());
    }

    private String origin() {
        return app.getProtocol() + "://" + app.getAuthority();
    }

    private Page signedIn() {
        var page = browser.newPage();
        page.navigate(app.toString());
        Browser.signIn(page, "platform-admin", "demo");
        page.waitForSelector("#tenants");
        return page;
    }
}
