package cn.jixiao.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.Browser;
import cn.jixiao.testing.RunningApps;
import cn.jixiao.testing.Tokens;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Across the three running apps: a region onboarded in tenant-admin is usable in the portal. */
@Order(1)
class OnboardedRegionLoginTest {
    // 岳阳县 (430621), under 岳阳市: a real county that the demo data does not have
    private static final String CODE = "430621";
    private static final String SLUG = "yueyangxian";
    private static final String ADMIN = "yueyangxian-admin";
    private static final String PASSWORD = "Yueyangxian-2026";

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
    void regionOnboardedInTenantAdminCanLogInToThePortal() {
        given().auth()
                .oauth2(Tokens.tenantAdminAccessToken("platform-admin"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "code",
                        CODE,
                        "name",
                        "岳阳县",
                        "level",
                        "COUNTY",
                        "parentCode",
                        "430600",
                        "slug",
                        SLUG,
                        "adminUsername",
                        ADMIN,
                        "adminEmail",
                        ADMIN + "@example.gov.cn",
                        "adminPassword",
                        PASSWORD))
                .post(apps.stack().tenantAdminUrl() + "/api/tenants")
                .then()
                .statusCode(anyOf(is(200), is(201)));

        given().auth()
                .oauth2(Tokens.accessToken(ADMIN, PASSWORD))
                .get(apps.stack().portalUrl() + "/api/me")
                .then()
                .statusCode(200)
                .body("tenant.code", equalTo(CODE))
                .body("tenant.name", equalTo("岳阳县"))
                .body("tenant.parentName", equalTo("岳阳市"));

        var page = browser.newPage();
        page.navigate(apps.stack().portalUrl());
        Browser.signIn(page, ADMIN, PASSWORD);
        Browser.await(page, "#home-region");
        assertEquals("岳阳县", page.textContent("#home-region").strip());
        assertTrue(page.textContent("#home-roles").contains("地区管理员"));
    }

    /** The portal publishes the demo's reports at its start; the public site follows their events. */
    @Test
    void publicSiteServesTheDemoReports() {
        given().get(apps.stack().publicSiteUrl() + "/api/reports?q=伊金霍洛旗")
                .then()
                .statusCode(200)
                .body("total", greaterThanOrEqualTo(2))
                .body("hits.indexNo", hasItems("11150627-X-/2023-0418001", "11150627-X-/2022-0920002"));
    }
}
