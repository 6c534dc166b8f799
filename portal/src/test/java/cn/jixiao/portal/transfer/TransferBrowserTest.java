package cn.jixiao.portal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A finance reviewer imports budgets on /transfer: a bad file is refused row by row, a good one is confirmed. */
@QuarkusTest
class TransferBrowserTest {
    private static Browser browser;

    @TestHTTPResource("/transfer")
    URL transfer;

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    Fixtures data;

    @BeforeAll
    static void launch() {
        browser = Browser.launch();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @BeforeEach
    void seed() {
        data = new Fixtures(owner);
        data.clean();
    }

    @AfterEach
    void clean() {
        data.clean();
    }

    @Test
    void financeReviewerSeesTheBadCellThenImportsAGoodFileAfterPreview() {
        Page page = browser.newPage();
        page.navigate(transfer.toString());
        Browser.signIn(page, "baoshan-finance", "demo");
        Browser.await(page, "#sheet-budgets");

        upload(page, """
                部门编码,年度,本年收入（万元）,上年结转（万元）
                zwfwglj,2098,1011.16,28.15
                czj,2098,abc,1
                """);
        Browser.await(page, "#import-failed");
        Browser.assertAccessible(page); // the preview with its problems by row and column
        assertTrue(page.textContent("#import-failed").contains("未保存任何数据"));
        assertTrue(
                page.textContent("#import-errors").contains("第 3 行「本年收入（万元）」：不是有效的数字"),
                page.textContent("#import-errors"));
        var badCell = page.locator("#import-preview tr[data-row='3'] td.cell-error");
        assertEquals(1, badCell.count(), "the wrong cell is marked in its row and column");
        assertTrue(badCell.textContent().startsWith("abc"));
        assertEquals(0, page.locator("#confirm-import").count(), "a file with errors cannot be confirmed");
        assertEquals(0, data.count("select count(*) from department_budget where year = 2098"));

        page.click("#upload-again");
        Browser.await(page, "#sheet-budgets");
        upload(page, """
                部门编码,年度,本年收入（万元）,上年结转（万元）
                zwfwglj,2098,1011.16,28.15
                czj,2098,20,1
                """);
        Browser.await(page, "#import-ok");
        assertTrue(page.textContent("#import-ok").contains("将新增 2 行"), page.textContent("#import-ok"));
        assertEquals(
                0, data.count("select count(*) from department_budget where year = 2098"), "a preview saves nothing");

        page.click("#confirm-import");
        Browser.await(page, "#import-success");
        assertTrue(page.textContent("#import-success").contains("导入成功：新增 2 行"), page.textContent("#import-success"));
        assertEquals(2, data.count("select count(*) from department_budget where year = 2098"));
    }

    private static void upload(Page page, String csv) {
        page.setInputFiles("#file-budgets", new FilePayload("部门预算.csv", "text/csv", Fixtures.csv(csv)));
        page.click("#upload-budgets");
    }
}
