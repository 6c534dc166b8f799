package cn.jixiao.portal.kiosk;

import static cn.jixiao.portal.kiosk.EvidenceFixtures.YIJINHUOLUO;
import static cn.jixiao.portal.kiosk.EvidenceFixtures.as;
import static cn.jixiao.portal.kiosk.EvidenceFixtures.count;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.portal.BookFixtures;
import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeviceFaultApiTest {
    private final String prefix = EvidenceFixtures.runPrefix();
    private int made;

    @AfterEach
    void removeDevices() {
        EvidenceFixtures.remove(prefix);
    }

    private long device(String point, DeviceStatus status) {
        return EvidenceFixtures.device(prefix + made++, "yijinhuoluo-shebao", "jysbj", point, status);
    }

    private static String statusText(long device) {
        return EvidenceFixtures.status(device);
    }

    private static io.restassured.response.Response open(String token, long device, String on, String description) {
        return as(token)
                .contentType("application/json")
                .body(Map.of("openedOn", on, "description", description))
                .post("/api/kiosks/devices/" + device + "/faults");
    }

    private static io.restassured.response.Response close(String token, long fault, String on, int version) {
        return as(token)
                .contentType("application/json")
                .body(Map.of("closedOn", on, "resolution", "更换读卡器", "version", version))
                .post("/api/kiosks/faults/" + fault + "/close");
    }

    @Test
    void communityOpensAndClosesFaultsAndTheDeviceGoesFaultyAndBack() {
        long device = device("YJ-P02", DeviceStatus.IN_SERVICE);
        String enke = Tokens.accessToken("yijinhuoluo-enke");

        Number first = open(enke, device, "2024-03-01", "读卡器无法识别社保卡")
                .then()
                .statusCode(201)
                .body("deviceId", equalTo((int) device))
                .body("deviceCode", equalTo(prefix + "0"))
                .body("pointName", equalTo("阿勒腾席热镇恩可社区服务点"))
                .body("openedOn", equalTo("2024-03-01"))
                .body("closedOn", nullValue())
                .body("open", equalTo(true))
                .body("reportedBy", equalTo("yijinhuoluo-enke"))
                .body("daysOpen", equalTo((int) java.time.temporal.ChronoUnit.DAYS.between(
                        LocalDate.of(2024, 3, 1), LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")))))
                .body("version", equalTo(0))
                .extract()
                .path("id");
        assertEquals("FAULTY", statusText(device));
        assertEquals(
                1,
                count(
                        "select count(*) from device_event where device_id = ? and status = 'FAULTY'"
                                + " and on_date = date '2024-03-01' and actor = 'yijinhuoluo-enke'",
                        device));

        // a second report on a device already faulty adds the report, not another step
        Number second = open(enke, device, "2024-03-02", "打印机卡纸")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertEquals(1, count("select count(*) from device_event where device_id = ? and status = 'FAULTY'", device));
        as(enke).get("/api/kiosks/devices/" + device + "/faults")
                .then()
                .statusCode(200)
                .body("id", equalTo(java.util.List.of(second.intValue(), first.intValue())));

        close(enke, first.longValue(), "2024-03-05", 0)
                .then()
                .statusCode(200)
                .body("open", equalTo(false))
                .body("closedOn", equalTo("2024-03-05"))
                .body("closedBy", equalTo("yijinhuoluo-enke"))
                .body("resolution", equalTo("更换读卡器"))
                .body("daysOpen", equalTo(4))
                .body("version", equalTo(1));
        assertEquals("FAULTY", statusText(device), "another fault is still open");

        close(enke, second.longValue(), "2024-03-04", 3).then().statusCode(409);
        close(enke, second.longValue(), "2024-03-04", 0).then().statusCode(200).body("open", equalTo(false));
        assertEquals("IN_SERVICE", statusText(device));
        // back on the day the last repair was done
        assertEquals(
                1,
                count(
                        "select count(*) from device_event where device_id = ? and status = 'IN_SERVICE'"
                                + " and on_date = date '2024-03-05'",
                        device));

        long point = BookFixtures.queryLong(
                "select id from service_point where tenant_id = ? and code = 'YJ-P02'", YIJINHUOLUO);
        as(enke).get("/api/kiosks/faults?open=false&pointId=" + point + "&size=200")
                .then()
                .statusCode(200)
                .body("items.id", hasItems(first.intValue(), second.intValue()))
                .body("items.open", everyItem(equalTo(false)));
        as(enke).get("/api/kiosks/faults?open=true&size=200")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(first.intValue())));
        assertEquals(
                2,
                count(
                        "select count(*) from audit_log where tenant_id = ? and entity = 'DeviceFault'"
                                + " and action = 'OPEN' and entity_id in (?, ?)",
                        YIJINHUOLUO,
                        first.longValue(),
                        second.longValue()));
        assertEquals(
                2,
                count(
                        "select count(*) from audit_log where tenant_id = ? and entity = 'DeviceFault'"
                                + " and action = 'CLOSE' and entity_id in (?, ?)",
                        YIJINHUOLUO,
                        first.longValue(),
                        second.longValue()));
    }

    @Test
    void communityIsRefusedOnADeviceAtAPointItDoesNotKeep() {
        long elsewhere = device("YJ-P03", DeviceStatus.IN_SERVICE);
        String enke = Tokens.accessToken("yijinhuoluo-enke");
        open(enke, elsewhere, "2024-03-01", "屏幕碎裂").then().statusCode(403);
        as(enke).get("/api/kiosks/devices/" + elsewhere + "/faults").then().statusCode(403);
        assertEquals("IN_SERVICE", statusText(elsewhere));
        assertEquals(0, count("select count(*) from device_fault where device_id = ?", elsewhere));

        // the buyer reports it; the community can neither close it nor see it in its list
        Number fault = open(Tokens.accessToken("yijinhuoluo-shebao"), elsewhere, "2024-03-01", "屏幕碎裂")
                .then()
                .statusCode(201)
                .body("pointName", equalTo("阿勒腾席热镇文明街社区服务点"))
                .extract()
                .path("id");
        close(enke, fault.longValue(), "2024-03-02", 0).then().statusCode(403);
        as(enke).get("/api/kiosks/faults?size=200")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(fault.intValue())));
        as(Tokens.accessToken("yijinhuoluo-finance"))
                .get("/api/kiosks/faults?open=true&size=200")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(fault.intValue()));
        open(Tokens.accessToken("yijinhuoluo-finance"), elsewhere, "2024-03-01", "财政不能报修")
                .then()
                .statusCode(403);
        assertEquals(
                1, count("select count(*) from device_fault where device_id = ? and closed_on is null", elsewhere));
    }

    @Test
    void closingBeforeTheFaultOpenedOrInTheFutureIsRefusedAndNothingChanges() {
        long device = device("YJ-P02", DeviceStatus.IN_SERVICE);
        String enke = Tokens.accessToken("yijinhuoluo-enke");
        Number fault = open(enke, device, "2024-03-10", "无法联网")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        long audits =
                count("select count(*) from audit_log where tenant_id = ? and entity = 'DeviceFault'", YIJINHUOLUO);

        close(enke, fault.longValue(), "2024-03-09", 0)
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("closedOn"))
                .body("fields[0].message", containsString("不能早于报修日期"));
        String tomorrow =
                LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        close(enke, fault.longValue(), tomorrow, 0).then().statusCode(400).body("fields[0].field", equalTo("closedOn"));
        as(enke).contentType("application/json")
                .body(Map.of("closedOn", "2024-03-11", "version", 0))
                .post("/api/kiosks/faults/" + fault + "/close")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("resolution"));

        as(enke).get("/api/kiosks/devices/" + device + "/faults")
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].open", equalTo(true))
                .body("[0].version", equalTo(0))
                .body("[0].closedOn", nullValue());
        assertEquals("FAULTY", statusText(device));
        assertEquals(
                audits,
                count("select count(*) from audit_log where tenant_id = ? and entity = 'DeviceFault'", YIJINHUOLUO));

        close(enke, fault.longValue(), "2024-03-11", 0).then().statusCode(200);
        close(enke, fault.longValue(), "2024-03-12", 1)
                .then()
                .statusCode(409)
                .body("message", containsString("已于 2024-03-11 关闭"));
    }

    @Test
    void onlyADeviceInUseCanBeReportedFaultyAndItReturnsToItsStep() {
        String enke = Tokens.accessToken("yijinhuoluo-enke");
        long installed = device("YJ-P02", DeviceStatus.INSTALLED);
        open(enke, installed, "2024-03-01", "未通电").then().statusCode(409).body("message", containsString("已安装"));
        assertEquals("INSTALLED", statusText(installed));
        assertEquals(0, count("select count(*) from device_fault where device_id = ?", installed));

        long onTrial = device("YJ-P02", DeviceStatus.TRIAL_RUN);
        String tomorrow =
                LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        open(enke, onTrial, tomorrow, "明天的故障").then().statusCode(400).body("fields[0].field", equalTo("openedOn"));
        open(enke, onTrial, "2024-03-01", "   ").then().statusCode(400).body("fields[0].field", equalTo("description"));
        assertEquals("TRIAL_RUN", statusText(onTrial));

        // the trial run began on 2024-01-20: a fault cannot be dated before it
        open(enke, onTrial, "2024-01-19", "试运行前的故障").then().statusCode(409).body("message", containsString("日期早于上一步"));
        assertEquals(0, count("select count(*) from device_fault where device_id = ?", onTrial));
        assertEquals("TRIAL_RUN", statusText(onTrial));

        Number fault = open(enke, onTrial, "2024-03-01", "身份证读卡失败")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertEquals("FAULTY", statusText(onTrial));
        close(enke, fault.longValue(), "2024-03-03", 0).then().statusCode(200);
        assertEquals("TRIAL_RUN", statusText(onTrial), "a repaired device goes back to its trial run");
    }
}
