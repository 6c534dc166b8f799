package cn.jixiao.tenantadmin.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.tenantadmin.TestRegion;
import cn.jixiao.testing.Browser;
import com.microsoft.playwright.Page;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TenantAdminBrowserTest {
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
    void platformAdminSignsInThroughKeycloakSeesTheTenantsAndOnboardsARegion() {
        var page = browser.newPage();
        page.navigate(app.toString());
        assertTrue(page.url().contains("/realms/jixiao/"), "a visitor is sent to Keycloak: " + page.url());

        Browser.signIn(page, "platform-admin", "demo");
        page.waitForSelector("#tenants");
        assertTrue(page.textContent("#tenants").contains("保山市"));
        assertEquals("平台运维 管理员", page.textContent("#operator").strip(), "people see names, not usernames");
        Browser.assertAccessible(page);

        var region = TestRegion.fresh(owner);
        page.click("text=开通新地区 Onboard a region");
        page.waitForSelector("#onboarding-form");
        fill(page, region);
        page.fill("#slug", "Bad_Slug");
        page.click("#submit");

        // the API's field message beside the field; what was typed stays, nothing is onboarded
        Browser.await(page, "#slug + .field-error");
        assertTrue(page.innerText("#slug + .field-error").contains("地区标识须以小写字母开头"));
        Browser.assertAccessible(page);
        assertTrue(page.innerText("#form-message").contains("输入有误"));
        assertTrue(page.inputValue("#name").equals(region.name()));
        assertFalse(page.isVisible("#onboarding-result"));

        page.fill("#slug", region.slug());
        page.click("#submit");
        page.waitForSelector("#onboarding-result", new Page.WaitForSelectorOptions().setTimeout(30_000));
        assertTrue(page.innerText("#result-message").contains("地区已开通"));
        assertFalse(page.innerText("#result-message").contains("此前已开通"));
        assertTrue(page.innerText("#steps").contains("创建 Keycloak 组织"));
        assertTrue(page.innerText("#steps").contains("✔ 已完成"));
        assertTrue(page.innerText("#admin-username").contains(region.adminUsername()));
        assertTrue(page.innerText("#admin-password").strip().length() >= 12, "the generated password is shown once");
        assertEquals(region.name() + "地区管理员", page.innerText("#admin-name").strip());
        Browser.assertAccessible(page);

        // the same request again changes nothing, and no password is shown any more
        page.click("#submit");
        page.waitForFunction("() => document.querySelector('#result-message').innerText.includes('此前已开通')");
        assertTrue(page.innerText("#steps").contains("✔ 此前已完成"));
        assertFalse(page.isVisible("#admin-password"));

        page.click("text=返回地区列表");
        page.waitForSelector("#tenant-" + region.code());
        assertTrue(page.textContent("#tenant-" + region.code()).contains("已开通"));

        page.navigate(app + "no-such-page");
        page.waitForSelector("#error-page");
        Browser.assertAccessible(page);
    }

    @Test
    void aConflictingOnboardingShowsTheReasonOnTheForm() {
        var page = browser.newPage();
        page.navigate(app + "onboarding");
        Browser.signIn(page, "platform-admin", "demo");
        page.waitForSelector("#onboarding-form");
        fill(page, TestRegion.fresh(owner));
        page.fill("#adminUsername", "yueyang-admin");
        page.click("#submit");

        page.waitForSelector("#form-message.error");
        assertTrue(page.innerText("#form-message").contains("yueyang"), page.innerText("#form-message"));
        assertFalse(page.isVisible("#onboarding-result"));
    }

    private static void fill(Page page, TestRegion region) {
        page.fill("#code", region.code());
        page.fill("#name", region.name());
        page.selectOption("#level", "COUNTY");
        page.fill("#parentCode", "150600");
        page.fill("#slug", region.slug());
        page.fill("#adminUsername", region.adminUsername());
        page.fill("#adminEmail", region.email());
    }
}
