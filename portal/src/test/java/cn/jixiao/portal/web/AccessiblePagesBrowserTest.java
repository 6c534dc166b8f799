package cn.jixiao.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.portal.BookFixtures;
import cn.jixiao.portal.project.ProjectFixtures;
import cn.jixiao.testing.Browser;
import cn.jixiao.testing.Tokens;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every page of the portal, as the people who use it see it, passes axe-core's WCAG 2.1 A/AA rules
 * at desktop width and on a 390 px phone, where nothing may be wider than the screen. All pages are
 * visited and every problem is listed at once.
 */
@QuarkusTest
class AccessiblePagesBrowserTest {
    private static Browser browser;

    @TestHTTPResource("/")
    URL portal;

    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void launch() {
        browser = Browser.launch();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    private Page signedIn(String username) {
        var page = browser.newPage();
        page.navigate(portal.toString());
        Browser.signIn(page, username, "demo");
        Browser.await(page, "main");
        return page;
    }

    private void check(Page page, String path) {
        page.navigate(portal + path.substring(1));
        page.waitForLoadState();
        try {
            Browser.assertAccessible(page);
        } catch (AssertionError e) {
            problems.add(e.getMessage());
        }
    }

    @Test
    void everyPageAFinanceReviewerOpensIsAccessibleOnADesktopAndAPhone() {
        var page = signedIn("yijinhuoluo-finance");
        long department = BookFixtures.departmentId("150627", "zwfwj");
        Number project = ProjectFixtures.as(Tokens.accessToken("yijinhuoluo-finance"))
                .get("/api/projects?size=1")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        for (String path : List.of(
                "/",
                "/departments",
                "/departments/" + department,
                "/departments/" + department + "/budget?year=2021",
                "/departments/" + department + "/profile?year=2021",
                "/departments/" + department + "/dashboard?year=2021",
                "/dashboard?year=2021",
                "/projects",
                "/projects/" + project,
                "/contracts",
                "/kiosks?year=2022",
                "/kiosks/points",
                "/kiosks/devices",
                "/kiosks/types",
                "/kiosks/calendar?year=2022",
                "/transfer",
                "/publication/compliance?year=2022",
                "/no-such-page")) {
            check(page, path);
        }
        page.navigate(portal + "kiosks/points");
        page.click("#point-table tbody a");
        check(page, page.url().substring(portal.toString().length() - 1));
        page.navigate(portal + "kiosks/devices");
        page.click("#device-table tbody a");
        check(page, page.url().substring(portal.toString().length() - 1));
        assertEquals(List.of(), problems, String.join("\n\n", problems));
    }

    @Test
    void theFormsOfADepartmentEditorAreAccessibleOnADesktopAndAPhone() {
        var page = signedIn("yijinhuoluo-dept");
        long department = BookFixtures.departmentId("150627", "zwfwj");
        for (String path : List.of(
                "/departments/" + department + "/budget?year=2021",
                "/departments/" + department + "/budget/edit?year=2021",
                "/departments/" + department + "/profile?year=2021",
                "/projects/new",
                "/contracts/new",
                "/kiosks/points",
                "/kiosks/devices",
                "/transfer")) {
            check(page, path);
        }
        assertEquals(List.of(), problems, String.join("\n\n", problems));
    }

    @Test
    void theTargetsTemplatesEvaluationsAndFindingsAreAccessibleOnADesktopAndAPhone() {
        var page = signedIn("yueyang-finance");
        var api = ProjectFixtures.as(Tokens.accessToken("yueyang-finance"));
        Number target = api.get("/api/targets?year=2019&size=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.subjectName == '岳阳市“无差别”一窗受理系统政府采购项目' }.id");
        Number template = api.get("/api/indicator-templates")
                .then()
                .statusCode(200)
                .extract()
                .path("find { it.builtinCode == 'yueyang-yichuang-2020' }.id");
        Number evaluation = api.get("/api/evaluations?size=1")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        for (String path : List.of(
                "/targets",
                "/targets/" + target,
                "/indicator-templates",
                "/indicator-templates/" + template,
                "/indicator-templates/new",
                "/findings",
                "/evaluations",
                "/evaluations/" + evaluation)) {
            check(page, path);
        }
        assertEquals(List.of(), problems, String.join("\n\n", problems));
    }
}
