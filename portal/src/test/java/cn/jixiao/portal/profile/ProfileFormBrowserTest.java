package cn.jixiao.portal.profile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.portal.BookFixtures;
import cn.jixiao.testing.Browser;
import cn.jixiao.testing.Tokens;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The profile form as people use it: the API's message beside the bad count, then a save. */
@QuarkusTest
class ProfileFormBrowserTest {
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

    private Page signedIn(String path, String username) {
        var page = browser.newPage();
        page.navigate(portal + path);
        Browser.signIn(page, username, "demo");
        return page;
    }

    @Test
    void profileFormRefusesABadCountBesideItsFieldThenSaves() {
        long id = BookFixtures.departmentId("430600", "zwfwzx");
        ProfileApiTest.ensureProfile(Tokens.accessToken("yueyang-dept"), id, 2038);
        var page = signedIn("departments/" + id + "/profile?year=2038", "yueyang-dept");
        Browser.await(page, "#profile-form");
        page.fill("#f-functions", "负责“一窗受理”等政务服务");
        page.fill("#f-staffActualInstitutional", "-1");
        page.click("#save-profile");
        Browser.await(page, "#error-staffActualInstitutional");
        assertTrue(page.textContent("#error-staffActualInstitutional").contains("不能为负数"));

        page.fill("#f-staffActualInstitutional", "7");
        page.click("#save-profile");
        Browser.await(page, "#profile:has-text('负责“一窗受理”等政务服务')");
        assertTrue(page.textContent("#staff-actual").contains("行政"), page.textContent("#staff-actual"));
    }
}
