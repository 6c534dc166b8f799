package cn.jixiao.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.Browser;
import cn.jixiao.testing.RunningApps;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A new region starts without SQL or a Keycloak console: the operator onboards 东胜区 in tenant-admin,
 * its first administrator adds two departments and a department editor in the portal, and the editor
 * signs in (setting their own password) and finds their department.
 */
@Order(2)
class RegionRunsItselfBrowserTest {
    // 东胜区 (150602), under 鄂尔多斯市: a real district that the demo data does not have
    private static final String CODE = "150602";
    private static final String ADMIN = "dongsheng-admin";
    private static final String ADMIN_PASSWORD = "Dongsheng-2026";
    private static final String EDITOR = "dongsheng-wangfang";

    private static RunningApps apps;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        apps = SharedApps.get();
        browser = Browser.launch();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anOnboardedCountyAddsItsDepartmentsAndPeopleAndTheEditorSeesTheirDepartment() {
        onboard();
        Page admin = browser.newPage();
        admin.navigate(apps.stack().portalUrl() + "/departments");
        Browser.signIn(admin, ADMIN, ADMIN_PASSWORD);
        Browser.await(admin, "#departments-empty");
        addDepartment(admin, "zwfwj", "东胜区政务服务局", "BUREAU", null);
        addDepartment(admin, "zwfwzx", "东胜区政务服务中心", "CENTER", "东胜区政务服务局");
        admin.navigate(apps.stack().portalUrl() + "/departments");
        Browser.await(admin, "#departments");
        assertEquals(2, admin.locator("#departments tbody tr").count());
        Browser.assertAccessible(admin);

        admin.navigate(apps.stack().portalUrl() + "/people");
        Browser.await(admin, "#people");
        admin.click("#invite-person summary");
        admin.fill("#person-invite-form input[name=name]", "王芳");
        admin.fill("#person-invite-form input[name=username]", EDITOR);
        admin.fill("#person-invite-form input[name=email]", EDITOR + "@example.gov.cn");
        admin.fill("#person-invite-form input[name=phone]", "0477-8321234");
        admin.check("#person-invite-form input[name=roles][value=department-editor]");
        admin.selectOption(
                "#person-invite-form select[name=departments]", new String[] {labelValue(admin, "东胜区政务服务中心")});
        Browser.assertAccessible(admin);
        admin.click("#person-invite-form button[type=submit]");
        Browser.await(admin, "#person-password-form");
        assertEquals("王芳", admin.textContent("#person-name").strip());
        assertTrue(admin.textContent("#person-fields").contains("东胜区政务服务中心"));
        admin.click("#person-password-form button[type=submit]");
        Browser.await(admin, "#password-answer:not([hidden]) code");
        String oneTime = admin.textContent("#password-answer code").strip();
        Browser.assertAccessible(admin);

        Page editor = browser.newPage();
        editor.navigate(apps.stack().portalUrl());
        Browser.signIn(editor, EDITOR, oneTime);
        Browser.await(editor, "#password-new");
        editor.fill("#password-new", "Wangfang-2026!");
        editor.fill("#password-confirm", "Wangfang-2026!");
        editor.click("#kc-submit");
        Browser.await(editor, "#home-department");
        assertEquals("东胜区政务服务中心", editor.textContent("#home-department").strip());
        assertEquals("东胜区", editor.textContent("#home-region").strip());
        Browser.assertAccessible(editor);
    }

    private static void onboard() {
        Page operator = browser.newPage();
        operator.navigate(apps.stack().tenantAdminUrl() + "/onboarding");
        Browser.signIn(operator, "platform-admin", "demo");
        Browser.await(operator, "#onboarding-form");
        operator.fill("#code", CODE);
        operator.fill("#name", "东胜区");
        operator.selectOption("#level", "COUNTY");
        operator.fill("#parentCode", "150600");
        operator.fill("#parentName", "鄂尔多斯市");
        operator.fill("#slug", "dongsheng");
        operator.fill("#adminUsername", ADMIN);
        operator.fill("#adminEmail", ADMIN + "@example.gov.cn");
        operator.fill("#adminPassword", ADMIN_PASSWORD);
        operator.click("#submit");
        Browser.await(operator, "#onboarding-result:not([hidden])");
        assertEquals(ADMIN, operator.textContent("#admin-username").strip());
    }

    private static void addDepartment(Page page, String code, String name, String kind, String parent) {
        page.navigate(apps.stack().portalUrl() + "/departments");
        Browser.await(page, "#new-department");
        page.click("#new-department summary");
        page.fill("#department-create-form input[name=code]", code);
        page.fill("#department-create-form input[name=name]", name);
        page.selectOption("#department-create-form select[name=kind]", kind);
        if (parent != null) {
            page.selectOption(
                    "#department-create-form select[name=parentId]",
                    new com.microsoft.playwright.options.SelectOption().setLabel(parent));
        }
        page.click("#department-create-form button[type=submit]");
        Browser.await(page, "#department-name");
        assertEquals(name, page.textContent("#department-name").strip());
    }

    private static String labelValue(Page page, String label) {
        return page.locator(
                        "#person-invite-form select[name=departments] option",
                        new Page.LocatorOptions().setHasText(label))
                .getAttribute("value");
    }
}
