package cn.jixiao.portal.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.Browser;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectBrowserTest {
    private static final String DEMO_PROJECT = "岳阳市“无差别”一窗受理系统政府采购项目";
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

    private static BigDecimal amount(Page page, String selector) {
        return new BigDecimal(page.textContent(selector).strip());
    }

    @Test
    void departmentEditorAddsAnEntryAndSeesTheTotalThenFinanceReviewerApprovesTheirChange() {
        String voucher = ProjectFixtures.unique("BT");
        String description = "浏览器测试：增加一处自助服务点 " + voucher;

        // the department's editor opens the demo project from the projects list
        Page editor = browser.newPage();
        editor.navigate(portal + "projects");
        Browser.signIn(editor, "yueyang-dept", "demo");
        Browser.await(editor, "#projects");
        editor.fill("form.filter input[name=year]", "2019");
        editor.click("form.filter button[type=submit]");
        Browser.await(editor, "#projects a:has-text('" + DEMO_PROJECT + "')");
        editor.click("#projects a:has-text('" + DEMO_PROJECT + "')");
        Browser.await(editor, "#expenditure-total");
        assertEquals("30.00%", editor.textContent("#budget-execution-rate").strip());
        BigDecimal before = amount(editor, "#expenditure-total");

        // adds an entry: the 支出合计 grows by its amount, and the page says it no longer matches the spending
        editor.fill("#expenditure-form input[name=content]", "运维服务费");
        editor.fill("#expenditure-form input[name=amount]", "2.5");
        editor.fill("#expenditure-form input[name=voucherNo]", voucher);
        editor.fill("#expenditure-form input[name=spentOn]", "2020-01-15");
        editor.selectOption("#expenditure-form select[name=level]", "MUNICIPAL");
        editor.click("#expenditure-form button[type=submit]");
        Browser.await(editor, "td:has-text('" + voucher + "')");
        assertEquals(
                before.add(new BigDecimal("2.5")).compareTo(amount(editor, "#expenditure-total")),
                0,
                "支出合计 " + editor.textContent("#expenditure-total"));
        assertTrue(editor.isVisible("#spent-differs"), "the entries no longer match the reported spending");
        editor.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/project-page.png"))
                .setFullPage(true));

        // asks for a change, which waits for the finance reviewer
        editor.fill("#change-form input[name=description]", description);
        editor.click("#change-form button[type=submit]");
        Browser.await(editor, "tr:has-text('" + voucher + "') td.status");
        assertEquals(
                "待审批",
                editor.textContent("tr:has-text('" + voucher + "') td.status").strip());

        // removes the test entry again (confirming the question): the total is back where it was
        editor.onceDialog(dialog -> dialog.accept());
        editor.click("button[data-voucher='" + voucher + "']");
        Browser.await(editor, "#expenditure-table:not(:has-text('" + voucher + "'))");
        Browser.await(editor, "#expenditure-total");
        assertEquals(before.compareTo(amount(editor, "#expenditure-total")), 0);

        // the finance reviewer approves the change, naming the approving body
        Page finance = browser.newPage();
        finance.navigate(editor.url().replaceAll("#.*$", ""));
        Browser.signIn(finance, "yueyang-finance", "demo");
        String row = "tr:has-text('" + voucher + "')";
        Browser.await(finance, row + " button.approve");
        finance.fill(row + " input[name=approvalBody]", "岳阳市财政局");
        finance.fill(row + " input[name=note]", "同意");
        finance.click(row + " button.approve");
        Browser.await(finance, row + ".APPROVED");
        assertEquals("已批准", finance.textContent(row + " td.status").strip());
        assertTrue(finance.textContent(row).contains("岳阳市财政局"));
        // decided by the reviewer, shown by name with the username as the tooltip
        assertTrue(finance.textContent(row).contains("财政审核 岳阳市"), finance.textContent(row));
        assertFalse(finance.textContent(row).contains("yueyang-finance"), "no username shown");
        assertEquals("yueyang-finance", finance.getAttribute(row + " td:last-child .person", "title"));
    }

    @Test
    void departmentEditorCreatesAProjectThroughTheFormAfterCorrectingAMarkedField() {
        String name = ProjectFixtures.unique("浏览器新建项目");
        Page editor = browser.newPage();
        editor.navigate(portal + "projects");
        Browser.signIn(editor, "yueyang-dept", "demo");
        Browser.await(editor, "#new-project");
        editor.click("#new-project");
        Browser.await(editor, "#project-form");
        editor.fill("#f-name", name);
        editor.fill("#f-year", "2024");
        editor.fill("#f-planned_MUNICIPAL", "五十");
        editor.fill("#f-arrived_MUNICIPAL", "40");
        editor.fill("#f-spent_MUNICIPAL", "10");
        editor.click("#save-project");
        Browser.await(editor, "#error-planned_MUNICIPAL");
        assertEquals(name, editor.inputValue("#f-name"), "the typed name is kept");
        editor.fill("#f-planned_MUNICIPAL", "50");
        editor.click("#save-project");
        Browser.await(editor, "#project-name");
        assertEquals(name, editor.textContent("#project-name").strip());
        assertEquals(0, new BigDecimal("50").compareTo(amount(editor, "#total-planned")));
    }
}
