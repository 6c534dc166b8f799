package cn.jixiao.portal.kiosk;

import static cn.jixiao.portal.kiosk.KioskFixtures.todayInChina;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.portal.BookFixtures;
import cn.jixiao.testing.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kiosk forms in a real browser, in the demo region 伊金霍洛旗: the 社保 bureau registers a
 * kiosk at 恩可社区's point and walks it to acceptance, the community reports and closes a fault;
 * an editor adds a point, moves it and a type; the finance reviewer keeps the working calendar.
 * Everything made here is removed afterwards, so the demo's summary stays seed 000's.
 */
@QuarkusTest
class KioskFormsBrowserTest {
    /** A year no other test or the demo uses. */
    private static final int CALENDAR_YEAR = 2099;

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
        KioskFixtures.removeAll();
        BookFixtures.execute(
                "delete from working_calendar_day where tenant_id = ? and day >= ?",
                KioskFixtures.YIJINHUOLUO,
                LocalDate.of(CALENDAR_YEAR, 1, 1));
    }

    private static String daysAgo(int days) {
        return todayInChina().minusDays(days).toString();
    }

    private static void step(Page page, String status, String on, String expectedBadge) {
        page.selectOption("#step-form select[name=status]", status);
        page.fill("#step-form input[name=on]", on);
        page.click("#step-form button[type=submit]");
        Browser.await(page, "#device-status:has-text('" + expectedBadge + "')");
    }

    private static void accept(Page page, String result, String on, String note) {
        page.selectOption("#acceptance-form select[name=result]", result);
        page.fill("#acceptance-form input[name=on]", on);
        page.fill("#acceptance-form input[name=note]", note);
        page.click("#acceptance-form button[type=submit]");
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/" + name + ".png"))
                .setFullPage(true));
    }

    @Test
    void bureauRegistersAndAcceptsAKioskThenTheCommunityReportsAndClosesAFault() {
        String code = KioskFixtures.unique("BT");
        Page bureau = browser.newPage();
        bureau.navigate(portal + "kiosks/devices");
        Browser.signIn(bureau, "yijinhuoluo-shebao", "demo");
        Browser.await(bureau, "#register-device");

        // registers the kiosk through the list's form, for the bureau itself, and lands on its page
        bureau.click("#register-device > summary");
        assertEquals("伊金霍洛旗就业和社会保险事业局", bureau.textContent("#register-buyer").strip());
        bureau.fill("#register-form input[name=code]", code);
        bureau.selectOption("#register-form select[name=typeId]", new SelectOption().setLabel("社保自助服务一体机"));
        bureau.selectOption("#register-form select[name=pointId]", new SelectOption().setLabel("YJ-P02 阿勒腾席热镇恩可社区服务点"));
        String contract =
                bureau.getAttribute("#register-form select[name=contractId] option:has-text('社保自助服务一体机6台')", "value");
        bureau.selectOption("#register-form select[name=contractId]", contract);
        bureau.fill("#register-form input[name=orderedOn]", daysAgo(30));
        bureau.click("#register-form button[type=submit]");
        Browser.await(bureau, "#device-code:has-text('" + code + "')");
        assertTrue(bureau.textContent("#device-status").contains("已订购"));
        assertTrue(bureau.textContent("#device-fields").contains("阿勒腾席热镇恩可社区服务点"));

        step(bureau, "DELIVERED", daysAgo(25), "已到货");

        // a date before the previous step: the API's message on the page, and nothing recorded
        bureau.selectOption("#step-form select[name=status]", "INSTALLED");
        bureau.fill("#step-form input[name=on]", daysAgo(28));
        bureau.click("#step-form button[type=submit]");
        Browser.await(bureau, "#step-form .form-result.error");
        assertTrue(
                bureau.textContent("#step-form .form-result").contains("日期早于上一步"),
                bureau.textContent("#step-form .form-result"));
        Browser.assertAccessible(bureau); // the device page with every form its buyer may use
        bureau.reload();
        Browser.await(bureau, "#device-history");
        assertTrue(bureau.textContent("#device-status").contains("已到货"));
        assertEquals(2, bureau.locator("#device-history li").count(), "ordered and delivered only");

        step(bureau, "INSTALLED", daysAgo(20), "已安装");
        step(bureau, "TRIAL_RUN", daysAgo(15), "试运行");

        // on trial run the steps form offers no 投入使用: acceptance comes first, through its own form
        assertEquals(0, bureau.locator("#step-form option[value=IN_SERVICE]").count());
        assertTrue(
                bureau.locator("#step-form select[name=status]").textContent().contains("已报废"));

        accept(bureau, "FAILED", daysAgo(6), "触摸屏有坏点");
        Browser.await(bureau, "#device-history li[data-kind=ACCEPTANCE_FAILED]");
        assertTrue(bureau.textContent("#device-status").contains("试运行"), "a failed acceptance keeps the trial run");
        assertTrue(bureau.textContent("#acceptance").contains("验收不合格"));

        accept(bureau, "PASSED", daysAgo(4), "更换屏幕后复验合格");
        Browser.await(bureau, "#device-status:has-text('已验收')");
        assertTrue(bureau.textContent("#acceptance").contains("验收合格"));
        assertTrue(
                bureau.textContent("#device-history li[data-status=ACCEPTED]").contains("更换屏幕后复验合格"));
        assertEquals(1, bureau.locator("#step-form option[value=IN_SERVICE]").count(), "now it may enter service");

        // the description: model and price filled in, the rest kept
        bureau.click("#device-edit > summary");
        bureau.fill("#device-edit-form input[name=model]", "SB-200");
        bureau.fill("#device-edit-form input[name=price]", "3.25");
        bureau.click("#device-edit-form button[type=submit]");
        Browser.await(bureau, "#device-fields td:has-text('SB-200')");
        assertTrue(bureau.textContent("#device-fields").contains("3.25 万元"));
        assertTrue(bureau.textContent("#device-fields").contains("阿勒腾席热镇恩可社区服务点"), "the point kept");

        // the acceptance report, uploaded through the page
        bureau.selectOption("#document-form select[name=kind]", "ACCEPTANCE");
        bureau.setInputFiles(
                "#document-form input[name=file]",
                new FilePayload("验收报告.pdf", "application/pdf", "%PDF-1.4\n% 验收报告\n".getBytes(StandardCharsets.UTF_8)));
        bureau.click("#document-form button[type=submit]");
        Browser.await(bureau, "#device-documents a:has-text('验收报告.pdf')");
        screenshot(bureau, "kiosk-device-bureau");
        String device = bureau.url();

        // the community keeping the point reports a fault and closes it; it may not record steps
        Page community = browser.newPage();
        community.navigate(device);
        Browser.signIn(community, "yijinhuoluo-enke", "demo");
        Browser.await(community, "#fault-form");
        assertEquals(0, community.locator("#step-form").count(), "steps are the buyer's");
        assertEquals(0, community.locator("#acceptance-form").count());
        community.fill("#fault-form input[name=openedOn]", daysAgo(2));
        community.fill("#fault-form input[name=description]", "读卡器无法读取社保卡");
        community.click("#fault-form button[type=submit]");
        Browser.await(community, "#device-status:has-text('故障')");
        assertTrue(community.textContent("#device-faults tr.open").contains("读卡器无法读取社保卡"));

        community.fill("#device-faults tr.open input[name=closedOn]", daysAgo(1));
        community.fill("#device-faults tr.open input[name=resolution]", "更换读卡器");
        community.click("#device-faults tr.open button[type=submit]");
        Browser.await(community, "#device-status:has-text('已验收')");
        assertEquals(0, community.locator("#device-faults tr.open").count());
        assertTrue(community.textContent("#device-faults").contains("更换读卡器"));
        screenshot(community, "kiosk-device-community");
    }

    @Test
    void editorCreatesAPointMovesItAndAddsATypeFinanceReviewerKeepsTheCalendar() {
        String pointCode = KioskFixtures.unique("BP");
        Page editor = browser.newPage();
        editor.navigate(portal + "kiosks/points");
        Browser.signIn(editor, "yijinhuoluo-dept", "demo");
        Browser.await(editor, "#new-point");
        editor.click("#new-point > summary");
        editor.fill("#point-create-form input[name=code]", pointCode);
        editor.fill("#point-create-form input[name=name]", "浏览器测试服务点 " + pointCode);
        editor.fill("#point-create-form input[name=address]", "阿镇测试路 8 号");
        editor.selectOption(
                "#point-create-form select[name=responsibleDepartmentId]", new SelectOption().setLabel("阿勒腾席热镇恩可社区"));
        editor.click("#point-create-form button[type=submit]");
        Browser.await(editor, "#point-name:has-text('" + pointCode + "')");
        assertTrue(editor.textContent("#point-name").contains("规划中"));
        assertTrue(editor.textContent("#point-keeper").contains("恩可社区"));

        // the expected opening is asked only for 建设中
        editor.selectOption("#point-status-form select[name=status]", "CLOSED");
        assertTrue(
                editor.locator("#point-status-form input[name=expectedOpenOn]").isHidden());
        editor.selectOption("#point-status-form select[name=status]", "UNDER_CONSTRUCTION");
        editor.fill("#point-status-form input[name=on]", daysAgo(3));
        editor.fill(
                "#point-status-form input[name=expectedOpenOn]",
                todayInChina().plusMonths(2).toString());
        editor.click("#point-status-form button[type=submit]");
        Browser.await(editor, "#point-name:has-text('建设中')");
        assertTrue(editor.textContent("#point-fields").contains("预计投入使用"));
        editor.click("#point-edit > summary");
        screenshot(editor, "kiosk-point-editor");

        // a type with its services, one per line
        String typeName = KioskFixtures.unique("浏览器测试终端");
        editor.navigate(portal + "kiosks/types");
        Browser.await(editor, "#new-type");
        editor.click("#new-type > summary");
        editor.fill("#type-create-form input[name=name]", typeName);
        editor.fill("#type-create-form textarea[name=services]", "社保信息查询\n\n缴费证明打印\n");
        editor.click("#type-create-form button[type=submit]");
        String row = "#type-table tr:has-text('" + typeName + "')";
        Browser.await(editor, row);
        assertEquals(2, editor.locator(row + " ul.services li").count(), "the blank line is dropped");
        screenshot(editor, "kiosk-types-editor");

        // the finance reviewer adds days to a year's calendar; a weekday cannot be a worked day
        Page finance = browser.newPage();
        finance.navigate(portal + "kiosks/calendar?year=" + CALENDAR_YEAR);
        Browser.signIn(finance, "yijinhuoluo-finance", "demo");
        Browser.await(finance, "#calendar-form");
        finance.click("#add-day");
        finance.click("#add-day");
        var rows = finance.locator("#calendar-days tr[data-item]");
        assertEquals(2, rows.count());
        rows.nth(0).locator("[data-field=day]").fill(CALENDAR_YEAR + "-10-01");
        rows.nth(0).locator("[data-field=name]").fill("国庆节");
        rows.nth(1).locator("[data-field=day]").fill(CALENDAR_YEAR + "-10-05"); // a Monday
        rows.nth(1).locator("[data-field=kind]").selectOption("WORKDAY");
        rows.nth(1).locator("[data-field=name]").fill("调休");
        finance.click("#save-calendar");
        Browser.await(finance, "#calendar-days .field-error");
        assertTrue(
                finance.textContent("#calendar-days .field-error").contains("是工作日"),
                finance.textContent("#calendar-days .field-error"));
        rows.nth(1).locator("[data-remove-item]").click();
        finance.click("#save-calendar");
        Browser.await(finance, "#calendar-days tr[data-item] input[value='国庆节']");
        assertEquals(1, finance.locator("#calendar-days tr[data-item]").count());
        screenshot(finance, "kiosk-calendar");

        editor.navigate(portal + "kiosks/calendar?year=" + CALENDAR_YEAR);
        Browser.await(editor, "#calendar-days");
        assertEquals(0, editor.locator("#calendar-form").count(), "editors read the calendar");
        assertTrue(editor.textContent("#calendar-days").contains("国庆节"));
    }
}
