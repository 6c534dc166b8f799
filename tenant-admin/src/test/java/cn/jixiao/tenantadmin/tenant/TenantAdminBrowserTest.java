package cn.jixiao.tenantadmin.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.tenantadmin.TestRegion;
import cn.jixiao.testing.Browser;
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
        Browser.assertAccessible(page);
        page.fill("#code", region.code());
        page.fill("#name", region.name());
        page.selectOption("#level", "COUNTY");
        page.fill("#parentCode", "150600");
        page.fill("#slug", region.slug());
        page.fill("#adminUsername", region.adminUsername());
        page.fill("#adminEmail", region.email());
        page.click("#submit");

        page.waitForSelector("#steps");
        assertTrue(page.textContent("#result-message").contains("地区已开通"));
        assertTrue(page.textContent("#steps").contains("创建 Keycloak 组织"));
        assertTrue(page.textContent("#admin-password").strip().length() >= 12, "the generated password is shown once");
        assertEquals(region.name() + "地区管理员", page.textContent("#admin-name").strip());
        Browser.assertAccessible(page);

        page.click("text=返回地区列表");
        page.waitForSelector("#tenant-" + region.code());
        assertTrue(page.textContent("#tenant-" + region.code()).contains("已开通"));

        page.navigate(app + "no-such-page");
        page.waitForSelector("#error-page");
        Browser.assertAccessible(page);
    }

    @Test
    void aFormWithErrorsIsAccessibleToo() {
        var page = browser.newPage();
        page.navigate(app + "onboarding");
        Browser.signIn(page, "platform-admin", "demo");
        page.waitForSelector("#onboarding-form");
        page.fill("#code", "15");
        page.evaluate("document.querySelector('#code').removeAttribute('pattern')");
        page.evaluate("document.querySelectorAll('[required]').forEach(e => e.removeAttribute('required'))");
        page.click("#submit");
        page.waitForSelector("#form-message");
        Browser.assertAccessible(page);
    }
}
