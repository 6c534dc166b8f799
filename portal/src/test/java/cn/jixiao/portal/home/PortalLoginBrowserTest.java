package cn.jixiao.portal.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PortalLoginBrowserTest {
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
    void departmentEditorLogsInThroughKeycloakAndSeesTheirRegion() {
        var page = browser.newPage();
        page.navigate(portal.toString());
        assertTrue(page.url().contains("/realms/jixiao/"), "the portal sends a visitor to Keycloak: " + page.url());

        Browser.signIn(page, "baoshan-dept", "demo");
        Browser.await(page, "#home-region");

        assertEquals("保山市", page.textContent("#home-region").strip());
        assertEquals("保山市政务服务管理局", page.textContent("#home-department").strip());
        assertTrue(page.textContent("#home-roles").contains("部门填报人"));

        page.click("text=查看本地区部门");
        Browser.await(page, "#departments");
        assertTrue(page.textContent("#departments").contains("保山市公共资源交易中心"));

        page.click("text=退出登录");
        Browser.await(page, "text=您已安全退出");
        page.navigate(portal.toString());
        assertTrue(page.url().contains("/realms/jixiao/"), "after logout the portal asks to sign in again");
    }
}
