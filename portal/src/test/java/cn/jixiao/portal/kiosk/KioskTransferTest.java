package cn.jixiao.portal.kiosk;

import static cn.jixiao.portal.kiosk.KioskImportFixtures.DEVICE_HEADER;
import static cn.jixiao.portal.kiosk.KioskImportFixtures.EJIN;
import static cn.jixiao.portal.kiosk.KioskImportFixtures.POINT_HEADER;
import static cn.jixiao.portal.kiosk.KioskImportFixtures.csv;
import static cn.jixiao.portal.kiosk.KioskImportFixtures.exportSheet;
import static cn.jixiao.portal.kiosk.KioskImportFixtures.importSheet;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 服务点 and 自助设备 through the spreadsheet import: preview, commit, row errors, rights, round trips. */
@QuarkusTest
class KioskTransferTest {
    private static final String POINTS = "select code, name, address, community, longitude, latitude, open_24h,"
            + " opening_hours, status, construction_started_on, opened_on, expected_open_on, closed_on,"
            + " responsible_department_id from service_point where code like ? order by code";
    private static final String DEVICES = "select code, type_id, model, serial_no, vendor, price, department_id,"
            + " contract_id, point_id, status, ordered_on, delivered_on, installed_on, trial_started_on, accepted_on,"
            + " acceptance_result, in_service_on, retired_on, network_signed_off_on, network_signed_off_by, paid_on"
            + " from device where code like ? order by code";

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    KioskImportFixtures data;

    @BeforeEach
    void seed() {
        data = new KioskImportFixtures(owner);
        data.seedTypes();
    }

    @AfterEach
    void clean() {
        data.clean();
    }

    private byte[] points() {
        return csv(POINT_HEADER
                + data.point("P1", "TT 新北社区服务点", "已投入使用", "新北社区")
                + data.point("P2", "TT 恩可社区服务点", "建设中", "sq-enke"));
    }

    private String device(String code, String department, String point, String status, String dates) {
        return data.code(code) + "," + data.type + ",ZW-100,SN-" + code + ",某科技有限公司,12.5," + department + ",,"
                + (point == null ? "" : data.code(point)) + "," + status + "," + dates + "\n";
    }

    private static final String IN_SERVICE = "2022-05-01,2022-06-01,2022-06-10,2022-07-01,2022-08-01,合格,2022-08-02,,"
            + "2022-08-05,旗大数据中心 张工,2022-09-01";
    private static final String ON_TRIAL = "2022-05-01,2022-06-01,2022-06-10,2022-07-01,,,,,,,";
    private static final String ORDERED = "2022-05-01,,,,,,,,,,";

    private void importPointsAndDevices(String user) {
        importSheet(user, "service-points", "commit", "服务点.csv", points())
                .then()
                .statusCode(200);
        importSheet(
                        user,
                        "devices",
                        "commit",
                        "设备.csv",
                        csv(DEVICE_HEADER
                                + device("D1", "旗政务服务局", "P1", "投入使用", IN_SERVICE)
                                + device("D2", "zwfwj", "P2", "试运行", ON_TRIAL)
                                + device("D3", "伊金霍洛旗政务服务局", null, "已订购", ORDERED)))
                .then()
                .statusCode(200)
                .body("created", equalTo(3));
    }

    @Test
    void pointsThenDevicesArePreviewedThenCommittedWithTheirLifecycleEvents() {
        importSheet("yijinhuoluo-dept", "service-points", "preview", "服务点.csv", points())
                .then()
                .statusCode(200)
                .body("created", equalTo(2))
                .body("token", notNullValue());
        assertEquals(
                0,
                data.count("select count(*) from service_point where code like ?", data.prefix + "%"),
                "a preview saves nothing");
        importSheet("yijinhuoluo-dept", "service-points", "commit", "服务点.csv", points())
                .then()
                .statusCode(200)
                .body("created", equalTo(2));
        var points = data.rows(POINTS, data.prefix + "%");
        assertEquals("IN_SERVICE", points.get(0).get("status"));
        assertEquals(true, points.get(0).get("open_24h"));
        assertEquals(departmentId("sq-xinbei"), points.get(0).get("responsible_department_id"), "found by short name");
        assertEquals(departmentId("sq-enke"), points.get(1).get("responsible_department_id"), "found by code");

        byte[] devices = csv(DEVICE_HEADER
                + device("D1", "旗政务服务局", "P1", "投入使用", IN_SERVICE)
                + device("D2", "zwfwj", "P2", "试运行", ON_TRIAL)
                + device("D3", "伊金霍洛旗政务服务局", null, "已订购", ORDERED));
        importSheet("yijinhuoluo-dept", "devices", "preview", "设备.csv", devices)
                .then()
                .statusCode(200)
                .body("created", equalTo(3))
                .body("errorCount", equalTo(0));
        assertEquals(0, data.count("select count(*) from device where code like ?", data.prefix + "%"));

        importSheet("yijinhuoluo-dept", "devices", "commit", "设备.csv", devices)
                .then()
                .statusCode(200)
                .body("created", equalTo(3));
        var d1 = data.rows(DEVICES, data.code("D1")).get(0);
        assertEquals("IN_SERVICE", d1.get("status"));
        assertEquals("PASSED", d1.get("acceptance_result"));
        assertEquals(departmentId("zwfwj"), d1.get("department_id"));
        assertEquals(
                data.rows("select id from service_point where code = ?", data.code("P1"))
                        .get(0)
                        .get("id"),
                d1.get("point_id"));
        assertEquals(List.of("ORDERED", "DELIVERED", "INSTALLED", "TRIAL_RUN", "ACCEPTED", "IN_SERVICE"), events("D1"));
        assertEquals(List.of("ORDERED", "DELIVERED", "INSTALLED", "TRIAL_RUN"), events("D2"));
        assertEquals(List.of("ORDERED"), events("D3"));
        assertEquals(
                11,
                data.count(
                        "select count(*) from device_event e join device d on d.id = e.device_id"
                                + " where d.code like ? and e.actor = 'yijinhuoluo-dept' and e.note = '批量导入'",
                        data.prefix + "%"));
        assertTrue(
                data.count(
                                "select count(*) from audit_log where entity = 'Device' and actor = 'yijinhuoluo-dept'"
                                        + " and after->>'code' like ?",
                                data.prefix + "%")
                        >= 3,
                "each new device is in the audit log");
    }

    @Test
    void aDevicesFileWithBadRowsIsRefusedRowByRowAndSavesNothing() {
        importSheet("yijinhuoluo-dept", "service-points", "commit", "服务点.csv", points())
                .then()
                .statusCode(200);
        String noAcceptance = "2022-05-01,2022-06-01,2022-06-10,2022-07-01,,,2022-08-02,,,,";
        String outOfOrder = "2022-05-01,2022-06-01,2022-05-20,,,,,,,,";
        byte[] file = csv(DEVICE_HEADER
                + device("D10", "旗政务服务局", "P1", "投入使用", IN_SERVICE).replace(data.type, "TT 不存在的类型")
                + device("D11", "旗政务服务局", "P1", "投入使用", noAcceptance)
                + device("D12", "旗政务服务局", "P1", "已安装", outOfOrder)
                + device("D13", "旗政务服务局", "P1", "已订购", ORDERED)
                + device("D13", "旗政务服务局", "P1", "已订购", ORDERED)
                + device("D14", "旗就业和社保局", "P2", "已订购", ORDERED));
        var answer = importSheet("yijinhuoluo-dept", "devices", "commit", "设备.csv", file)
                .then()
                .statusCode(422)
                .body("errorCount", equalTo(5))
                .extract()
                .jsonPath();
        assertEquals(List.of(2, 3, 4, 6, 7), answer.getList("errors.row", Integer.class));
        assertEquals(List.of("设备类型", "投入使用日期", "安装日期", "设备编号", "购置部门"), answer.getList("errors.column", String.class));
        List<String> messages = answer.getList("errors.message", String.class);
        assertTrue(messages.get(0).contains("不在本地区的设备类型目录中"), messages.get(0));
        assertTrue(messages.get(1).startsWith("未经验收合格不能投入使用"), messages.get(1));
        assertTrue(messages.get(2).contains("早于上一步"), messages.get(2));
        assertTrue(messages.get(3).contains("与第 5 行的设备编号重复"), messages.get(3));
        assertTrue(messages.get(4).startsWith("只能导入本部门购置的设备"), messages.get(4));
        assertEquals(
                0, data.count("select count(*) from device where code like ?", data.prefix + "%"), "nothing saved");
    }

    @Test
    void anImportTakesLaterStepsButNeverMovesADeviceBack() {
        importPointsAndDevices("yijinhuoluo-dept");
        String accepted = "2022-05-01,2022-06-01,2022-06-10,2022-07-01,2022-08-01,合格,,,,,";
        importSheet(
                        "yijinhuoluo-dept",
                        "devices",
                        "commit",
                        "设备.csv",
                        csv(DEVICE_HEADER + device("D2", "zwfwj", "P2", "已验收", accepted)))
                .then()
                .statusCode(200)
                .body("updated", equalTo(1));
        assertEquals(List.of("ORDERED", "DELIVERED", "INSTALLED", "TRIAL_RUN", "ACCEPTED"), events("D2"));

        importSheet(
                        "yijinhuoluo-dept",
                        "devices",
                        "commit",
                        "设备.csv",
                        csv(DEVICE_HEADER + device("D2", "zwfwj", "P2", "试运行", ON_TRIAL)))
                .then()
                .statusCode(422)
                .body("errors[0].text", containsString("第 2 行「验收日期」：该设备已登记验收日期为 2022-08-01"));
        assertEquals("ACCEPTED", data.rows(DEVICES, data.code("D2")).get(0).get("status"));

        importSheet(
                        "yijinhuoluo-shebao",
                        "devices",
                        "commit",
                        "设备.csv",
                        csv(DEVICE_HEADER + device("D2", "zwfwj", "P2", "已验收", accepted)))
                .then()
                .statusCode(422)
                .body("errors[0].column", equalTo("购置部门"));
    }

    @Test
    void exportThenImportGivesTheSamePointsAndDevicesBack() {
        importPointsAndDevices("yijinhuoluo-admin");
        importSheet(
                        "yijinhuoluo-admin",
                        "devices",
                        "commit",
                        "设备.csv",
                        csv(DEVICE_HEADER + device("D4", "旗就业和社保局", "P2", "已订购", ORDERED)))
                .then()
                .statusCode(200);
        var pointsBefore = data.rows(POINTS, data.prefix + "%");
        var devicesBefore = data.rows(DEVICES, data.prefix + "%");
        long eventsBefore = data.count(
                "select count(*) from device_event e join device d on d.id = e.device_id" + " where d.code like ?",
                data.prefix + "%");
        for (String format : new String[] {"csv", "xlsx"}) {
            for (String sheet : new String[] {"service-points", "devices"}) {
                byte[] file = exportSheet("yijinhuoluo-admin", sheet, format);
                importSheet("yijinhuoluo-admin", sheet, "commit", sheet + "." + format, file)
                        .then()
                        .statusCode(200)
                        .body("created", equalTo(0))
                        .body("updated", equalTo(0));
            }
            assertEquals(pointsBefore, data.rows(POINTS, data.prefix + "%"));
            assertEquals(devicesBefore, data.rows(DEVICES, data.prefix + "%"));
        }
        assertEquals(
                eventsBefore,
                data.count(
                        "select count(*) from device_event e join device d on d.id = e.device_id"
                                + " where d.code like ?",
                        data.prefix + "%"),
                "an unchanged device gets no new events");

        data.update("delete from device where code like ?", data.prefix + "%");
        byte[] file = exportSheet("yijinhuoluo-admin", "devices", "csv");
        assertFalse(new String(file, StandardCharsets.UTF_8).contains(data.prefix));
    }

    @Test
    void devicesAreExportedOnlyToThoseWhoMayReadThem() {
        importPointsAndDevices("yijinhuoluo-admin");
        importSheet(
                        "yijinhuoluo-admin",
                        "devices",
                        "commit",
                        "设备.csv",
                        csv(DEVICE_HEADER + device("D4", "旗就业和社保局", "P2", "已订购", ORDERED)))
                .then()
                .statusCode(200);
        String keeper = new String(exportSheet("yijinhuoluo-enke", "devices", "csv"), StandardCharsets.UTF_8);
        assertTrue(
                keeper.contains(data.code("D4")) && keeper.contains(data.code("D2")),
                "the keeper of P2 reads its devices");
        assertFalse(keeper.contains(data.code("D1")) || keeper.contains(data.code("D3")), keeper);
        String buyer = new String(exportSheet("yijinhuoluo-shebao", "devices", "csv"), StandardCharsets.UTF_8);
        assertTrue(buyer.contains(data.code("D4")) && !buyer.contains(data.code("D2")), buyer);
        String finance = new String(exportSheet("yijinhuoluo-finance", "devices", "csv"), StandardCharsets.UTF_8);
        assertTrue(List.of("D1", "D2", "D3", "D4").stream().allMatch(c -> finance.contains(data.code(c))), finance);
        String otherRegion = new String(exportSheet("baoshan-finance", "devices", "csv"), StandardCharsets.UTF_8)
                + new String(exportSheet("baoshan-finance", "service-points", "csv"), StandardCharsets.UTF_8);
        assertFalse(otherRegion.contains(data.prefix), otherRegion);
    }

    @Test
    void financeReviewerMayExportKiosksButNotImportThem() {
        importSheet("yijinhuoluo-finance", "service-points", "preview", "服务点.csv", points())
                .then()
                .statusCode(403)
                .body("message", containsString("无权导入「服务点」"));
        importSheet(
                        "yijinhuoluo-finance",
                        "devices",
                        "preview",
                        "设备.csv",
                        csv(DEVICE_HEADER + device("D1", "旗政务服务局", null, "已订购", ORDERED)))
                .then()
                .statusCode(403)
                .body("message", containsString("无权导入「自助设备」"));
        importSheet("yijinhuoluo-enke", "service-points", "commit", "服务点.csv", points())
                .then()
                .statusCode(200)
                .body("created", equalTo(2));
    }

    private List<String> events(String code) {
        return data
                .rows(
                        "select e.status from device_event e join device d on d.id = e.device_id where d.code = ?"
                                + " order by e.on_date, e.id",
                        data.code(code))
                .stream()
                .map(r -> (String) r.get("status"))
                .toList();
    }

    private Object departmentId(String code) {
        return data.rows("select id from department where tenant_id = ? and code = ?", EJIN, code)
                .get(0)
                .get("id");
    }
}
