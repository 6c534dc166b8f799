package cn.jixiao.portal.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Keycloak login page a portal visitor lands on carries the product's name and look
 * (infrastructure/keycloak/theme/jixiao), in Chinese by default, on a phone too, and signing in
 * through its two steps (username, then password) still works.
 */
@QuarkusTest
class LoginPageBrowserTest {
    private static final String PRODUCT = "绩效公开 · 预算绩效管理门户";
    private static final String ENGLISH_BROWSER = "en-US,en;q=0.9";
    private static final String CHINESE_BROWSER = "zh-CN,zh;q=0.9";
    private static final int PHONE_WIDTH = 390;

    private static Browser browser;
    private static TestAccounts accounts;

    @TestHTTPResource("/")
    URL portal;

    @BeforeAll
    static void launch() {
        browser = Browser.launch();
        accounts = new TestAccounts();
    }

    @AfterAll
    static void close() {
        accounts.close();
        browser.close();
    }

    @Test
    void anEnglishBrowserStillLandsOnTheChineseLoginPageWithTheProductsNameAndColours() {
        Page page = loginPage(ENGLISH_BROWSER);

        assertEquals("zh-CN", page.getAttribute("html", "lang"));
        assertTrue(page.title().contains("绩效公开"), "title: " + page.title());
        assertEquals(PRODUCT, page.textContent("#kc-header .jx-product").strip());
        assertEquals(
                "财政局、预算部门和绩效评价人员在此登录",
                page.textContent("#kc-header .jx-audience").strip());
        assertEquals("账号登录", page.textContent("#kc-page-title").strip());
        assertEquals("用户名或电子邮箱", page.textContent("label[for=username]").strip());
        assertEquals("登录", page.textContent("#kc-login").strip());
        assertTrue(page.textContent("#jx-help").contains("本地区管理员开通"));
        assertEquals("rgb(179, 38, 30)", style(page, "#kc-header", "backgroundColor"), "the portal's red band");
        assertEquals("rgb(179, 38, 30)", style(page, "#kc-login", "backgroundColor"), "a red sign-in button");
    }

    @Test
    void onAPhoneTheUsernameAndPasswordStepsFitTheScreenAndSignInWorks() {
        Page page = browser.newPage();
        page.setViewportSize(PHONE_WIDTH, 844);
        page.navigate(portal.toString());
        Browser.await(page, "#username");
        assertFitsTheScreen(page, "#kc-header", "#login-select-toggle", "#username", "#kc-login", "#jx-help");
        screenshot(page, "login-username-390.png");

        page.fill("#username", "baoshan-dept");
        page.click("#kc-login");
        Browser.await(page, "#password");
        assertEquals("zh-CN", page.getAttribute("html", "lang"));
        assertEquals(PRODUCT, page.textContent("#kc-header .jx-product").strip());
        assertEquals("baoshan-dept", page.inputValue("#kc-attempted-username"));
        assertEquals("换一个账号登录", page.getAttribute("#reset-login", "aria-label"));
        assertEquals("密码", page.textContent("label[for=password]").strip());
        assertFitsTheScreen(page, "#kc-header", "#kc-attempted-username", "#reset-login", "#password", "#kc-login");
        screenshot(page, "login-password-390.png");

        page.fill("#password", "demo");
        page.click("#kc-login");
        Browser.await(page, "#home-region");
        assertEquals("保山市", page.textContent("#home-region").strip());
    }

    @Test
    void englishCanBeChosenAndStaysForThePasswordStepUntilChineseIsChosenBack() {
        String user = accounts.create("english", true, List.of());
        Page page = loginPage(CHINESE_BROWSER);

        page.selectOption("#login-select-toggle", new SelectOption().setLabel("English"));
        Browser.await(page, "html[lang=en] #username");
        assertEquals("Sign in", page.textContent("#kc-page-title").strip());
        assertTrue(page.textContent("#kc-header .jx-product").contains("Budget performance portal"));
        assertEquals(
                "Username or email", page.textContent("label[for=username]").strip());

        page.fill("#username", user);
        page.click("#kc-login");
        Browser.await(page, "#password");
        assertEquals("en", page.getAttribute("html", "lang"), "the choice outlives the portal's ui_locales=zh-CN");
        assertEquals("Password", page.textContent("label[for=password]").strip());

        page.selectOption("#login-select-toggle", new SelectOption().setLabel("简体中文"));
        Browser.await(page, "html[lang=zh-CN] #password");
        assertEquals("密码", page.textContent("label[for=password]").strip());
    }

    @Test
    void aWrongPasswordIsToldInOurChineseWording() {
        String user = accounts.create("wrong-password", true, List.of());
        Page page = loginPage(CHINESE_BROWSER);
        Browser.signIn(page, user, "not-the-password");

        // Keycloak does not say which of the two was wrong, so that nobody learns which accounts exist
        Browser.await(page, "#input-error-password");
        assertEquals(
                "用户名或密码不正确，请重新输入。", page.textContent("#input-error-password").strip());
        assertEquals("true", page.getAttribute("#password", "aria-invalid"));
    }

    @Test
    void aDisabledAccountIsToldWhomToAsk() {
        String user = accounts.create("disabled", false, List.of());
        Page page = loginPage(CHINESE_BROWSER);
        page.fill("#username", user);
        page.click("#kc-login");

        Browser.await(page, "text=此账号已停用");
        assertEquals("zh-CN", page.getAttribute("html", "lang"));
        assertEquals("抱歉，出现了问题", page.textContent("#kc-page-title").strip());
        assertTrue(page.textContent("body").contains("此账号已停用，不能登录。请联系本地区财政局的系统管理员。"));
        assertEquals(0, page.locator("#password").count(), "no password is asked of a disabled account");
    }

    @Test
    void aUserWhoMustChangeTheirPasswordGetsOurSetNewPasswordPage() {
        String user = accounts.create("new-password", true, List.of("UPDATE_PASSWORD"));
        Page page = loginPage(ENGLISH_BROWSER);
        Browser.signIn(page, user, TestAccounts.PASSWORD);
        Browser.await(page, "#password-new");

        assertEquals("zh-CN", page.getAttribute("html", "lang"));
        assertEquals("设置新密码", page.textContent("#kc-page-title").strip());
        assertEquals("新密码", page.textContent("label[for=password-new]").strip());
        assertEquals("再次输入新密码", page.textContent("label[for=password-confirm]").strip());
        assertTrue(page.textContent("body").contains("首次登录请先设置新密码"));

        page.fill("#password-new", "a-new-password-1");
        page.fill("#password-confirm", "a-different-password-2");
        page.click("#kc-submit");
        Browser.await(page, "#input-error-password-confirm");
        assertEquals(
                "两次输入的密码不一致。", page.textContent("#input-error-password-confirm").strip());
    }

    /** The portal sends the visitor to Keycloak; the browser asks for the given languages. */
    private Page loginPage(String acceptLanguage) {
        Page page = browser.newPage();
        page.setExtraHTTPHeaders(Map.of("Accept-Language", acceptLanguage));
        page.navigate(portal.toString());
        assertTrue(page.url().contains("/realms/jixiao/"), "the portal sends a visitor to Keycloak: " + page.url());
        Browser.await(page, "#username");
        return page;
    }

    /** For a person to look at (target/screenshots); nothing is compared with it. */
    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots", name))
                .setFullPage(true));
    }

    private static String style(Page page, String selector, String property) {
        return (String) page.evalOnSelector(selector, "(e, p) => getComputedStyle(e)[p]", property);
    }

    /** No sideways scrolling, and each named element lies wholly on the screen. */
    private static void assertFitsTheScreen(Page page, String... selectors) {
        @SuppressWarnings("unchecked")
        var widths = (List<Number>) page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
        assertTrue(
                widths.get(0).intValue() <= PHONE_WIDTH && widths.get(1).intValue() == PHONE_WIDTH,
                "page width " + widths + " at " + PHONE_WIDTH + " px");
        for (String selector : selectors) {
            var box = page.locator(selector).boundingBox();
            assertTrue(
                    box != null && box.x >= 0 && box.x + box.width <= PHONE_WIDTH,
                    selector + " lies outside the screen: " + (box == null ? "not shown" : box.x + "+" + box.width));
        }
    }
}
