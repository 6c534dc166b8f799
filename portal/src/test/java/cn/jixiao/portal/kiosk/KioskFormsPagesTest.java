package cn.jixiao.portal.kiosk;

import static cn.jixiao.portal.kiosk.KioskPagesTest.html;
import static cn.jixiao.portal.kiosk.KioskPagesTest.page;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.portal.BookFixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which kiosk forms each user is shown, on the 2005 fixture of 岳阳 (see {@link KioskFixture}):
 * yueyang-dept edits for 政务服务中心 (buyer of D1, D2; keeper of P1), yueyang-finance reads only,
 * yueyang-admin does everything; in the demo region the big-data centre signs off network hook-ups.
 */
@QuarkusTest
class KioskFormsPagesTest {
    static KioskFixture f;

    @BeforeAll
    static void fixture() {
        f = KioskFixture.create();
    }

    @AfterAll
    static void cleanUp() {
        KioskFixture.removeAll();
    }

    /** The part of a page from the element with this id to the end of its form. */
    private static String form(String html, String id) {
        Matcher m = Pattern.compile("(?s)<form[^>]*id=\"" + id + "\".*?</form>").matcher(html);
        assertTrue(m.find(), "no form #" + id);
        return m.group();
    }

    /** A select of a form, by its name. */
    private static String select(String form, String name) {
        Matcher m =
                Pattern.compile("(?s)<select name=\"" + name + "\".*?</select>").matcher(form);
        assertTrue(m.find(), "no select " + name);
        return m.group();
    }

    @Test
    void theBuyerSeesTheDeviceFormsWithOnlyTheNextStepsTheFinanceReviewerNone() {
        String html = html("yueyang-dept", "/kiosks/devices/" + f.d2);
        String steps = form(html, "step-form");
        assertTrue(steps.contains("action=\"/api/kiosks/devices/" + f.d2 + "/steps\""), steps);
        assertTrue(steps.contains("<option value=\"RETIRED\">已报废</option>"), "on trial run it may only be retired");
        assertFalse(steps.contains("IN_SERVICE"), "no service before acceptance");
        assertTrue(form(html, "acceptance-form").contains("<option value=\"FAILED\">不合格</option>"));
        assertTrue(html.contains("id=\"fault-form\""), "D2 is in use at the unit's own point");
        String upload = form(html, "document-form");
        assertTrue(upload.contains("data-upload") && upload.contains("value=\"ACCEPTANCE\">验收报告"), upload);
        String edit = form(html, "device-edit-form");
        assertTrue(edit.contains("data-method=\"PUT\""));
        String contracts = select(edit, "contractId");
        assertTrue(contracts.contains("value=\"" + f.k1 + "\" selected"), "the device's contract chosen");
        assertFalse(contracts.contains("value=\"" + f.k2 + "\""), "another department's contract is not offered");
        assertTrue(html.contains("/static/json-forms.js"));
        assertFalse(html.contains("id=\"sign-off-form\""), "the sign-off is the big-data centre's");

        String read = html("yueyang-finance", "/kiosks/devices/" + f.d2);
        assertTrue(read.contains("<div id=\"device-actions\" class=\"actions-slot\"></div>"), "an empty slot");
        assertFalse(read.contains("data-json-action"), "no form at all");
    }

    @Test
    void theKeeperOfThePointReportsFaultsButDoesNotEditAnotherBuyersDevice() {
        String html = html("yueyang-dept", "/kiosks/devices/" + f.d6);
        assertTrue(html.contains("id=\"fault-form\""), "D6 stands at the unit's point");
        assertFalse(
                html.contains("id=\"step-form\"")
                        || html.contains("id=\"acceptance-form\"")
                        || html.contains("id=\"document-form\"")
                        || html.contains("id=\"device-edit-form\""),
                "财政局 bought it");
    }

    @Test
    void openFaultsGetACloseFormForThoseWhoMayCloseThem() {
        long open =
                BookFixtures.queryLong("select id from device_fault where device_id = ? and closed_on is null", f.d3);
        String admin = html("yueyang-admin", "/kiosks/devices/" + f.d3);
        String close = form(admin, "close-fault-" + open);
        assertTrue(close.contains("data-json-action=\"/api/kiosks/faults/" + open + "/close\""), close);
        assertTrue(close.contains("name=\"resolution\"") && close.contains("name=\"version\""), close);
        assertFalse(html("yueyang-finance", "/kiosks/devices/" + f.d3).contains("/close\""));
    }

    @Test
    void theSignOffUnitSignsAndUploadsOnlySignOffs() {
        long device = BookFixtures.queryLong(
                "select id from device where tenant_id = ? and code = 'YJ-P02-SB'", KioskFixtures.YIJINHUOLUO);
        String html = html("yijinhuoluo-bigdata", "/kiosks/devices/" + device);
        assertTrue(form(html, "sign-off-form").contains("/network-sign-off"));
        String upload = form(html, "document-form");
        assertTrue(upload.contains("value=\"NETWORK_SIGN_OFF\">联网验收意见"), upload);
        assertFalse(upload.contains("value=\"ACCEPTANCE\""), "acceptance reports are the buyer's");
        assertFalse(html.contains("id=\"step-form\""));
    }

    @Test
    void pointFormsAreForTheInventorysEditors() {
        String html = html("yueyang-dept", "/kiosks/points/" + f.p2);
        String move = form(html, "point-status-form");
        assertTrue(move.contains("value=\"IN_SERVICE\">已投入使用") && move.contains("value=\"CLOSED\">已关闭"), move);
        assertFalse(move.contains("value=\"PLANNED\""), "no way back to planned");
        assertTrue(
                move.contains("data-show-when=\"status=UNDER_CONSTRUCTION\""), "the expected opening only for works");
        String edit = form(html, "point-edit-form");
        assertTrue(
                edit.contains("value=\"KS-P2-" + f.tag + "\"")
                        && select(edit, "responsibleDepartmentId").contains("value=\"" + f.czj + "\" selected"),
                "filled in, its keeper chosen");
        assertTrue(edit.contains("name=\"expectedOpenOn\""), "still being built: the expected opening is part of it");
        assertFalse(
                form(html("yueyang-dept", "/kiosks/points/" + f.p1), "point-edit-form")
                        .contains("expectedOpenOn"),
                "open already");

        assertFalse(html("yueyang-finance", "/kiosks/points/" + f.p2).contains("data-json-action"));
        assertTrue(html("yueyang-dept", "/kiosks/points").contains("id=\"point-create-form\""));
        assertFalse(html("yueyang-finance", "/kiosks/points").contains("id=\"point-create-form\""));
    }

    @Test
    void registrationIsForTheOwnDepartmentWithItsContractsTheAdminChoosesTheBuyer() {
        String editor = form(html("yueyang-dept", "/kiosks/devices"), "register-form");
        assertTrue(editor.contains("name=\"departmentId\" value=\"" + f.zwfwzx + "\""), "the editor's own department");
        String contracts = select(editor, "contractId");
        assertTrue(
                contracts.contains("value=\"" + f.k1 + "\"") && !contracts.contains("value=\"" + f.k2 + "\""),
                "only the department's own contracts");
        assertTrue(editor.contains("data-redirect=\"/kiosks/devices/{id}\""), "on to the new device's page");

        String admin = form(html("yueyang-admin", "/kiosks/devices"), "register-form");
        assertTrue(admin.contains("<select name=\"departmentId\""), "the admin picks the buyer");
        assertTrue(select(admin, "contractId").contains("value=\"" + f.k2 + "\""), "and sees every contract");

        assertFalse(html("yueyang-finance", "/kiosks/devices").contains("register-form"));
    }

    @Test
    void typeCatalogueListsServicesAndDeviceCountsWithFormsForEditors() {
        String read = html("yueyang-finance", "/kiosks/types");
        assertTrue(
                read.matches("(?s).*<tr data-type=\"" + f.t1 + "\">.*?<li>办税</li><li>社保查询</li>.*?"
                        + "href=\"/kiosks/devices\\?typeId=" + f.t1 + "\">5 台</a>.*"),
                "D1 D2 D5 D6 D9");
        assertFalse(read.contains("data-json-action"));
        String edit = html("yueyang-dept", "/kiosks/types");
        assertTrue(edit.contains("id=\"type-create-form\""));
        assertTrue(edit.contains("data-json-action=\"/api/kiosks/device-types/" + f.t1 + "\" data-method=\"PUT\""));
        assertTrue(edit.contains("办税\n社保查询\n</textarea>"), "the services one per line");
        assertTrue(
                html("yueyang-dept", "/kiosks").contains("href=\"/kiosks/types\""),
                "the dashboard links the catalogue");
    }

    @Test
    void theCalendarIsReadByAllAndEditedByTheFinanceReviewer() {
        String read = html("yueyang-dept", "/kiosks/calendar?year=2005");
        assertTrue(read.matches("(?s).*data-day=\"2005-12-26\">.*?2005年12月26日.*?周一.*?法定节假日.*?KS测试假日.*"), read);
        assertFalse(read.contains("data-json-action"));
        assertTrue(read.contains("id=\"network-unit\""));

        String edit = html("yueyang-finance", "/kiosks/calendar?year=2005");
        String calendar = form(edit, "calendar-form");
        assertTrue(
                calendar.contains("data-json-action=\"/api/settings/working-calendar?year=2005\"")
                        && calendar.contains("data-method=\"PUT\"")
                        && calendar.contains("data-items=\"days\""),
                calendar);
        assertTrue(calendar.contains("value=\"2005-12-27\""), "the year's days, editable");
        assertTrue(form(edit, "settings-form").contains("name=\"networkSignOffDepartmentId\""));
        assertTrue(html("yueyang-admin", "/kiosks/calendar?year=2005").contains("id=\"calendar-form\""));

        page("yueyang-finance", "/kiosks/calendar?year=1999")
                .statusCode(400)
                .body("fields[0].message", containsString("年度"));
    }
}
