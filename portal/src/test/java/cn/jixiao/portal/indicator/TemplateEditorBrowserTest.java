package cn.jixiao.portal.indicator;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.Browser;
import cn.jixiao.testing.Tokens;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The template editor as a finance reviewer uses it: the refusal beside the row, then a save. */
@QuarkusTest
class TemplateEditorBrowserTest {
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

    private static Locator row(Page page, String name) {
        return page.locator("#template-rows tbody tr")
                .filter(new Locator.FilterOptions()
                        .setHas(page.locator("input[data-field=name][value='" + name + "']")));
    }

    @Test
    void weightsThatDoNotAddUpAreShownBesideTheParentRowThenTheFixedTreeSaves() {
        int id = given().auth()
                .oauth2(Tokens.accessToken("baoshan-finance"))
                .post("/api/indicator-templates/library/yueyang-yichuang-2020/copy")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        var page = browser.newPage();
        page.navigate(portal + "indicator-templates/" + id);
        Browser.signIn(page, "baoshan-finance", "demo");
        Browser.await(page, "#template-tree");
        page.click("#template-edit summary");

        row(page, "到位率").locator("[data-field=weight]").fill("2");
        page.click("#template-form button[type=submit]");
        Browser.await(page, "#template-form .field-error");
        String error = row(page, "资金到位").locator(".field-error").textContent();
        assertTrue(error.contains("二级指标「资金到位」下的三级指标分值合计 4，应为 5"), error);

        int rows = page.locator("#template-rows tbody tr").count();
        row(page, "到位率").locator("[data-insert-below]").click();
        assertEquals(rows + 1, page.locator("#template-rows tbody tr").count(), "a row is inserted below");
        Locator inserted = row(page, "到位率").locator("xpath=following-sibling::tr[1]");
        assertEquals("", inserted.locator("[data-field=name]").inputValue(), "the new row is empty");
        assertEquals("3", inserted.locator("[data-field=level]").inputValue(), "at the level of the row above");
        inserted.locator("[data-remove-item]").click();
        assertEquals(rows, page.locator("#template-rows tbody tr").count(), "and removed again");

        row(page, "到位率").locator("[data-field=weight]").fill("3");
        String name = "岳阳体系 保山改 " + System.nanoTime();
        page.fill("#template-form input[name=name]", name);
        page.click("#template-form button[type=submit]");
        Browser.await(page, "#template-name:has-text('" + name + "')");
        assertTrue(page.textContent("#total-weight").startsWith("100"), page.textContent("#total-weight"));
    }
}
