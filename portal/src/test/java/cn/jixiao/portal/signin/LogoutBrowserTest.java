package cn.jixiao.portal.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Logout ends the session: cookies copied before it no longer sign anybody in. */
@QuarkusTest
class LogoutBrowserTest {
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
    void afterLogoutTheOldSessionCookiesNoLongerWork() {
        var page = signedIn();
        var cookies = page.context().cookies();
        assertEquals(200, page.request().get(portal + "api/me").status());

        page.click("#logout");
        Browser.await(page, "text=您已安全退出");

        var copy = page.context().browser().newContext().newPage();
        copy.context().addCookies(cookies);
        var api = copy.request().get(portal + "api/me");
        assertEquals(401, api.status(), api.text());
        assertTrue(api.text().contains("请先登录"), api.text());
        copy.navigate(portal + "departments");
        assertTrue(copy.url().contains("/realms/jixiao/"), "the old cookies lead to the login: " + copy.url());
    }

    @Test
    void logoutCannotBeTriggeredByALinkOrAFormOfAnotherSite() {
        var page = signedIn();

        assertEquals(405, page.request().get(portal + "logout").status(), "a GET does not log out");
        var noToken =
                page.request().post(portal + "logout", RequestOptions.create().setForm(FormData.create()));
        assertEquals(403, noToken.status(), noToken.text());
        var foreign = page.request()
                .post(
                        portal + "logout",
                        RequestOptions.create()
                                .setHeader("Origin", "https://evil.example")
                                .setForm(FormData.create().set("csrf-token", token(page))));
        assertEquals(403, foreign.status(), foreign.text());

        assertEquals(200, page.request().get(portal + "api/me").status(), "still signed in");
    }

    private Page signedIn() {
        var page = browser.newPage();
        page.navigate(portal.toString());
        Browser.signIn(page, "baoshan-dept", "demo");
        Browser.await(page, "#logout");
        return page;
    }

    private static String token(Page page) {
        return page.getAttribute("meta[name=csrf-token]", "content");
    }
}
