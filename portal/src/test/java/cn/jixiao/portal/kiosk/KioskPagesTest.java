package cn.jixiao.portal.kiosk;

import static cn.jixiao.portal.kiosk.KioskFixture.YEAR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kiosk dashboard and the read-only inventory pages on the 2005 fixture of 岳阳 (see {@link KioskFixture}). */
@QuarkusTest
class KioskPagesTest {
    static KioskFixture f;

    @BeforeAll
    static void fixture() {
        f = KioskFixture.create();
    }

    @AfterAll
    static void cleanUp() {
        KioskFixture.removeAll();
    }

    static ValidatableResponse page(String user, String path) {
        return given().auth().oauth2(Tokens.accessToken(user)).get(path).then();
    }

    static String html(String user, String path) {
        return page(user, path).statusCode(200).extract().asString();
    }

    @Test
    void dashboardShowsTheCardsChartsAndTheListsWithLinks() {
        String html = html("yueyang-finance", "/kiosks?year=" + YEAR);
        assertTrue(html.contains("id=\"card-acceptedRate\""), "the acceptance card");
        assertTrue(
                html.matches("(?s).*id=\"card-acceptedRate\">.*?<p class=\"value\">25.00%</p>.*"), "2 of 8 accepted");
        assertTrue(html.matches("(?s).*id=\"card-inServiceRate\">.*?<p class=\"value\">50.00%</p>.*"), "4 of 8 in use");
        assertTrue(html.matches("(?s).*id=\"card-transactionsPerDevicePerDay\">.*?<p class=\"value\">9.36 件</p>.*"));
        for (String chart : new String[] {"point-chart", "type-chart", "department-chart"}) {
            assertTrue(html.contains("id=\"" + chart + "\""), chart);
        }
        assertTrue(html.contains("<svg"));
        assertTrue(html.contains("href=\"/kiosks/devices/" + f.d2 + "\""), "the overdue list links the device");
        assertTrue(
                html.matches("(?s).*id=\"paid-list\".*href=\"/kiosks/devices/" + f.d4 + "\".*"), "paid, not accepted");
        assertTrue(html.contains("id=\"nav-kiosks\""), "the navigation links the kiosks");
        assertTrue(html.matches("(?s).*id=\"idle-points\".*KS测试服务点二" + f.tag + ".*"), "P2 has no device in use");
    }

    @Test
    void thePointTableSortsByAFigure() {
        String high = html("yueyang-finance", "/kiosks?year=" + YEAR + "&sort=devices&dir=desc");
        String p1 = "data-point=\"" + f.p1 + "\"";
        String p2 = "data-point=\"" + f.p2 + "\"";
        assertTrue(high.indexOf(p1) < high.indexOf(p2), "4 devices before 3");
        String low = html("yueyang-finance", "/kiosks?year=" + YEAR + "&sort=devices&dir=asc");
        assertTrue(low.indexOf(p2) < low.indexOf(p1), "3 devices before 4");
    }

    @Test
    void aYearWithoutDevicesShowsAnEmptyState() {
        page("baoshan-finance", "/kiosks?year=" + YEAR)
                .statusCode(200)
                .body(containsString("id=\"kiosks-empty\""))
                .body(not(containsString("<svg")));
        page("baoshan-finance", "/kiosks?year=1999").statusCode(400);
    }

    @Test
    void pointListFiltersByStatusAndRefusesAnUnknownOne() {
        page("yueyang-dept", "/kiosks/points?status=UNDER_CONSTRUCTION")
                .statusCode(200)
                .body(containsString("KS测试服务点二" + f.tag))
                .body(not(containsString("KS测试服务点一" + f.tag)));
        page("yueyang-dept", "/kiosks/points?status=OPEN").statusCode(400).body("message", containsString("服务点状态"));
    }

    @Test
    void pointPageShowsItsDevicesFiguresAndTheActionsSlot() {
        String html = html("yueyang-finance", "/kiosks/points/" + f.p1 + "?year=" + YEAR);
        assertTrue(html.contains("<div id=\"point-actions\""), "the slot for later forms");
        assertTrue(html.contains("岳阳市政务服务中心"), "the unit that keeps it");
        assertTrue(html.matches("(?s).*id=\"figure-devices\">.*?4 台.*"), "D1 D2 D6 D8 counted in 2005");
        assertTrue(html.matches("(?s).*id=\"figure-inServiceRate\">.*?75.00%.*"), "3 of 4 in use");
        for (long device : new long[] {f.d1, f.d2, f.d6, f.d7, f.d8}) {
            assertTrue(html.contains("data-device=\"" + device + "\""), "device " + device + " stands here");
        }
        assertTrue(!html.contains("data-device=\"" + f.d3 + "\""), "D3 stands at P2");
        String p2 = html("yueyang-finance", "/kiosks/points/" + f.p2 + "?year=" + YEAR);
        assertTrue(
                p2.matches("(?s).*id=\"figure-inServiceRate\">.*?<p class=\"value\">0.00%</p>.*"), "none of 3 in use");
    }

    @Test
    void deviceListShowsOnlyReadableDevicesAndFilters() {
        String all = html("yueyang-dept", "/kiosks/devices?sort=code");
        assertTrue(all.contains("data-device=\"" + f.d6 + "\""), "财政局's D6 stands at their point");
        assertTrue(!all.contains("data-device=\"" + f.d4 + "\""), "财政局's D4 at 财政局's point");
        String atP2 = html("yueyang-finance", "/kiosks/devices?pointId=" + f.p2);
        assertTrue(atP2.contains("data-device=\"" + f.d3 + "\"") && atP2.contains("data-device=\"" + f.d4 + "\""));
        assertTrue(!atP2.contains("data-device=\"" + f.d1 + "\""));
        String trial = html("yueyang-finance", "/kiosks/devices?status=TRIAL_RUN&typeId=" + f.t1 + "&pointId=none");
        assertTrue(
                trial.contains("data-device=\"" + f.d5 + "\"") && !trial.contains("data-device=\"" + f.d2 + "\""),
                "D5 is the trial-run device at no point");
        page("yueyang-finance", "/kiosks/devices?status=BROKEN").statusCode(400);
        page("yueyang-finance", "/kiosks/devices?typeId=x").statusCode(400).body("message", containsString("typeId"));
    }

    @Test
    void devicePageShowsHistoryAcceptanceFaultsDocumentsAndTheActionsSlot() {
        String html = html("yueyang-dept", "/kiosks/devices/" + f.d1);
        assertTrue(html.contains("<div id=\"device-actions\""), "the slot for later forms");
        assertTrue(
                html.matches("(?s).*id=\"device-history\".*data-status=\"ORDERED\".*data-status=\"TRIAL_RUN\""
                        + ".*data-status=\"ACCEPTED\".*data-status=\"IN_SERVICE\".*"),
                "the steps in date order");
        // trial 02-01 + 1 month = 03-01, + 15 working days = 03-22; accepted on 03-01
        assertTrue(html.matches("(?s).*id=\"acceptance-due\">.*?2005年3月22日.*"));
        assertTrue(html.matches("(?s).*id=\"acceptance-overdue\">按期验收.*"));
        assertTrue(html.contains("试运行 1 个月，期满后 15 个工作日内验收"));
        assertTrue(
                html.contains("屏幕无响应") && html.contains("2006年1月5日") && !html.contains("未关闭"),
                "both of D1's faults are closed by now");
        assertTrue(html.contains("KS验收报告.pdf</a>") && html.contains("20 KB"), "the document, linked");
        assertTrue(html.contains("3650"), "the year's use");
        // people by name (from Keycloak), the username only as the tooltip
        String editor = "<span class=\"person\" title=\"yueyang-dept\">部门填报 岳阳市</span>";
        assertTrue(html.contains(editor + " 登记于"), "the history names who recorded each step");
        assertTrue(html.contains("<td>" + editor + "</td>"), "the document names who uploaded it");
        assertFalse(html.contains(">yueyang-dept<"), "no username shown as text");

        assertTrue(html("yueyang-finance", "/kiosks/devices/" + f.d3).contains("未关闭"), "D3's fault is open");

        String late = html("yueyang-dept", "/kiosks/devices/" + f.d2);
        assertTrue(late.matches("(?s).*id=\"acceptance-due\">.*?2005年10月21日.*"));
        assertTrue(late.matches("(?s).*id=\"acceptance-overdue\">.*?已逾期 \\d+ 天未验收.*"));
        assertTrue(
                late.matches("(?s).*data-kind=\"ACCEPTANCE_FAILED\">.*?验收不合格.*KS 屏幕坏点.*"),
                "a failed acceptance in the history");
    }

    @Test
    void devicePageCarriesItsEvidenceEditableByTheBuyerOnly() {
        String evidence = "data-evidence-kind=\"DEVICE\" data-evidence-owner=\"";
        assertTrue(
                html("yueyang-dept", "/kiosks/devices/" + f.d1)
                        .contains(evidence + f.d1 + "\" data-evidence-editable=\"true\""),
                "the buyer's editor sees the evidence with its upload");
        assertTrue(
                html("yueyang-dept", "/kiosks/devices/" + f.d6)
                        .contains(evidence + f.d6 + "\" data-evidence-editable=\"false\""),
                "the point's keeper reads it only");

        // the partial's API under the same rules: the buyer uploads, finance reads, the keeper may not
        // change, another region finds nothing
        byte[] pdf = "%PDF-1.7\n设备验收照片\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Number id = given().auth()
                .oauth2(Tokens.accessToken("yueyang-dept"))
                .contentType("application/octet-stream")
                .header("X-File-Name", "acceptance.pdf")
                .body(pdf)
                .post("/api/evidence?ownerKind=DEVICE&ownerId=" + f.d1)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        page("yueyang-finance", "/api/evidence?ownerKind=DEVICE&ownerId=" + f.d1)
                .statusCode(200)
                .body("fileName", org.hamcrest.Matchers.hasItem("acceptance.pdf"));
        given().auth()
                .oauth2(Tokens.accessToken("yueyang-dept"))
                .contentType("application/octet-stream")
                .header("X-File-Name", "keeper.pdf")
                .body(pdf)
                .post("/api/evidence?ownerKind=DEVICE&ownerId=" + f.d6)
                .then()
                .statusCode(403);
        page("baoshan-finance", "/api/evidence?ownerKind=DEVICE&ownerId=" + f.d1)
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.accessToken("yueyang-dept"))
                .delete("/api/evidence/" + id)
                .then()
                .statusCode(204);
    }

    @Test
    void unreadableDevicesAre403AndAnotherRegionsIds404() {
        page("yueyang-dept", "/kiosks/devices/" + f.d4).statusCode(403);
        page("yueyang-dept", "/kiosks/devices/" + f.d6).statusCode(200);
        page("baoshan-finance", "/kiosks/devices/" + f.otherDevice).statusCode(404);
        page("baoshan-finance", "/kiosks/points/" + f.otherPoint).statusCode(404);
        page("baoshan-finance", "/kiosks/devices/" + f.d1).statusCode(404);
        assertEquals(
                page("baoshan-finance", "/kiosks/devices/999999999")
                        .statusCode(404)
                        .extract()
                        .asString(),
                page("baoshan-finance", "/kiosks/devices/" + f.otherDevice)
                        .extract()
                        .asString(),
                "another region's device looks exactly like a missing one");
        assertEquals(
                page("baoshan-finance", "/kiosks/points/999999999")
                        .statusCode(404)
                        .extract()
                        .asString(),
                page("baoshan-finance", "/kiosks/points/" + f.otherPoint)
                        .extract()
                        .asString());
        String list = html("baoshan-finance", "/kiosks/points");
        assertTrue(!list.contains("KS伊旗测试服务点") && !list.contains("KS测试服务点"), "no other region's points");
    }
}
