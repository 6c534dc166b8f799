package cn.jixiao.portal.kiosk;

import static cn.jixiao.portal.kiosk.KioskFixtures.YIJINHUOLUO;
import static cn.jixiao.portal.kiosk.KioskFixtures.accept;
import static cn.jixiao.portal.kiosk.KioskFixtures.createDevice;
import static cn.jixiao.portal.kiosk.KioskFixtures.createType;
import static cn.jixiao.portal.kiosk.KioskFixtures.departmentId;
import static cn.jixiao.portal.kiosk.KioskFixtures.deviceBody;
import static cn.jixiao.portal.kiosk.KioskFixtures.step;
import static cn.jixiao.portal.kiosk.KioskFixtures.toTrialRun;
import static cn.jixiao.portal.kiosk.KioskFixtures.version;
import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.count;
import static cn.jixiao.portal.project.ProjectFixtures.decimal;
import static cn.jixiao.portal.project.ProjectFixtures.strings;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A device's lifecycle through the API: steps in order, acceptance, and refusals that change nothing. */
@QuarkusTest
class DeviceLifecycleApiTest {
    @AfterAll
    static void removeFixtures() {
        KioskFixtures.removeAll();
    }

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    private final String shebao = Tokens.accessToken("yijinhuoluo-shebao");

    private long newDevice() {
        return createDevice(shebao, departmentId(shebao, "jysbj"), createType(shebao), null, null, "2022-07-14");
    }

    @Test
    void theBuyerTakesADeviceFromOrderToServiceWithDatedAttributedSteps() throws Exception {
        long device = newDevice();
        as(shebao)
                .get("/api/kiosks/devices/" + device)
                .then()
                .statusCode(200)
                .body("status", equalTo("ORDERED"))
                .body("statusLabel", equalTo("已订购"))
                .body("departmentName", equalTo("伊金霍洛旗就业和社会保险事业局"))
                .body("price", decimal("3.5"))
                .body("unit", equalTo("万元"))
                .body("nextSteps.status", equalTo(List.of("DELIVERED", "RETIRED")))
                .body("acceptanceDue", nullValue());

        toTrialRun(shebao, device, "2022-07-18", "2022-07-21", "2022-07-25");
        as(shebao)
                .get("/api/kiosks/devices/" + device)
                .then()
                .body("status", equalTo("TRIAL_RUN"))
                .body("nextSteps.status", equalTo(List.of("ACCEPTED", "FAULTY", "RETIRED")))
                .body("nextSteps.via", equalTo(List.of("acceptance", "faults", "steps")));
        accept(shebao, device, "PASSED", "2022-08-26", "设备运行正常")
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("acceptedOn", equalTo("2022-08-26"))
                .body("acceptanceResult", equalTo("PASSED"))
                .body("acceptanceResultLabel", equalTo("验收合格"));
        step(shebao, device, "IN_SERVICE", "2022-08-29")
                .statusCode(200)
                .body("status", equalTo("IN_SERVICE"))
                .body("statusLabel", equalTo("投入使用"))
                .body("orderedOn", equalTo("2022-07-14"))
                .body("deliveredOn", equalTo("2022-07-18"))
                .body("installedOn", equalTo("2022-07-21"))
                .body("trialStartedOn", equalTo("2022-07-25"))
                .body("acceptedOn", equalTo("2022-08-26"))
                .body("inServiceOn", equalTo("2022-08-29"))
                .body("retiredOn", nullValue())
                .body("nextSteps.status", equalTo(List.of("FAULTY", "RETIRED")));

        as(shebao)
                .get("/api/kiosks/devices/" + device + "/events")
                .then()
                .statusCode(200)
                .body(
                        "status",
                        equalTo(List.of("ORDERED", "DELIVERED", "INSTALLED", "TRIAL_RUN", "ACCEPTED", "IN_SERVICE")))
                .body(
                        "onDate",
                        equalTo(List.of(
                                "2022-07-14", "2022-07-18", "2022-07-21", "2022-07-25", "2022-08-26", "2022-08-29")))
                .body("actor.unique()", equalTo(List.of("yijinhuoluo-shebao")))
                .body("[4].note", equalTo("验收合格：设备运行正常"))
                .body("[4].statusLabel", equalTo("已验收"));
        assertEquals(
                List.of("CREATE", "STEP", "STEP", "STEP", "ACCEPT", "STEP"),
                strings(
                        owner,
                        "select action from audit_log where tenant_id = ? and entity = 'Device' and entity_id = ? order by id",
                        YIJINHUOLUO,
                        device));
    }

    @Test
    void skippingToServiceWithoutAcceptanceIsRefusedAndNothingChanges() throws Exception {
        long device = newDevice();
        toTrialRun(shebao, device, "2022-07-18", "2022-07-21", "2022-07-25");
        String before = as(shebao).get("/api/kiosks/devices/" + device).asString();
        String eventsBefore =
                as(shebao).get("/api/kiosks/devices/" + device + "/events").asString();
        long auditBefore = audits(device);

        step(shebao, device, "IN_SERVICE", "2022-08-01")
                .statusCode(409)
                .body("message", containsString("不能从“试运行”直接变为“投入使用”"));
        // accepted never: even from a state that may go on, service needs acceptance first
        long ordered = newDevice();
        step(shebao, ordered, "IN_SERVICE", "2022-08-01").statusCode(409).body("message", containsString("不能从"));

        assertEquals(before, as(shebao).get("/api/kiosks/devices/" + device).asString());
        assertEquals(
                eventsBefore,
                as(shebao).get("/api/kiosks/devices/" + device + "/events").asString());
        assertEquals(auditBefore, audits(device));
    }

    @Test
    void stepsDatedBeforeTheLastOneOrInTheFutureAreRefused() throws Exception {
        long device = newDevice();
        step(shebao, device, "DELIVERED", "2022-07-10")
                .statusCode(409)
                .body("message", containsString("日期早于上一步（2022-07-14）"));
        String tomorrow = KioskFixtures.todayInChina().plusDays(1).toString();
        step(shebao, device, "DELIVERED", tomorrow)
                .statusCode(409)
                .body("message", equalTo("日期不能晚于今天 (the date cannot be in the future)"));
        as(shebao)
                .get("/api/kiosks/devices/" + device)
                .then()
                .body("status", equalTo("ORDERED"))
                .body("deliveredOn", nullValue())
                .body("version", equalTo(0));
        assertEquals(1, count(owner, "select count(*) from device_event where device_id = ?", device));
        // acceptance, too, cannot come before the trial started
        toTrialRun(shebao, device, "2022-07-18", "2022-07-21", "2022-07-25");
        accept(shebao, device, "PASSED", "2022-07-24", null)
                .statusCode(409)
                .body("message", containsString("早于试运行开始日期"));
    }

    @Test
    void aStaleVersionIsA409AndTheStepIsNotRecorded() throws Exception {
        long device = newDevice();
        int read = version(shebao, device);
        step(shebao, device, "DELIVERED", "2022-07-18").statusCode(200);
        as(shebao)
                .body(Map.of("status", "INSTALLED", "on", "2022-07-21", "version", read))
                .post("/api/kiosks/devices/" + device + "/steps")
                .then()
                .statusCode(409)
                .body(
                        "message",
                        equalTo(
                                "此记录已被他人修改，您的修改未保存：请打开最新内容核对合并后再保存 (someone else changed this record; yours was not saved: open the latest, merge and save again)"));
        var edit = deviceBody(departmentId(shebao, "jysbj"), createType(shebao), null, null, "2022-07-14");
        edit.put("version", read);
        as(shebao).body(edit).put("/api/kiosks/devices/" + device).then().statusCode(409);
        as(shebao)
                .get("/api/kiosks/devices/" + device)
                .then()
                .body("status", equalTo("DELIVERED"))
                .body("installedOn", nullValue());
        assertEquals(2, count(owner, "select count(*) from device_event where device_id = ?", device));
    }

    @Test
    void aFailedAcceptanceKeepsTheTrialRunAndALaterOnePasses() throws Exception {
        long device = newDevice();
        toTrialRun(shebao, device, "2022-07-18", "2022-07-21", "2022-07-25");
        accept(shebao, device, "FAILED", "2022-08-20", "触摸屏偶发无响应")
                .statusCode(200)
                .body("status", equalTo("TRIAL_RUN"))
                .body("acceptanceResult", equalTo("FAILED"))
                .body("acceptanceResultLabel", equalTo("验收不合格"))
                .body("acceptedOn", nullValue())
                .body("acceptanceNote", equalTo("触摸屏偶发无响应"));
        // the failed acceptance is dated: a pass cannot come before it
        accept(shebao, device, "PASSED", "2022-08-15", null)
                .statusCode(409)
                .body("message", containsString("日期早于上一步（2022-08-20）"));
        accept(shebao, device, "PASSED", "2022-08-30", "复验合格")
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("acceptedOn", equalTo("2022-08-30"))
                .body("acceptanceResult", equalTo("PASSED"))
                .body("acceptanceNote", equalTo("复验合格"));
        as(shebao)
                .get("/api/kiosks/devices/" + device + "/events")
                .then()
                .body("kind", equalTo(List.of("STEP", "STEP", "STEP", "STEP", "ACCEPTANCE_FAILED", "STEP")))
                .body(
                        "status",
                        equalTo(List.of("ORDERED", "DELIVERED", "INSTALLED", "TRIAL_RUN", "TRIAL_RUN", "ACCEPTED")))
                .body("[4].note", equalTo("验收不合格：触摸屏偶发无响应"));
        // once accepted, a second acceptance is not a step the lifecycle knows
        accept(shebao, device, "FAILED", "2022-09-01", null).statusCode(409);
    }

    @Test
    void acceptanceAndFaultsHaveTheirOwnRoutes() {
        long device = newDevice();
        toTrialRun(shebao, device, "2022-07-18", "2022-07-21", "2022-07-25");
        step(shebao, device, "ACCEPTED", "2022-08-01")
                .statusCode(400)
                .body("fields[0].field", equalTo("status"))
                .body("fields[0].message", containsString("验收"));
        step(shebao, device, "FAULTY", "2022-08-01").statusCode(400).body("fields[0].message", containsString("故障"));
    }

    @Test
    void badDeviceInputIsA400NamingTheFieldAndNothingIsSaved() throws Exception {
        long department = departmentId(shebao, "jysbj");
        long type = createType(shebao);
        long before = count(owner, "select count(*) from device where tenant_id = ?", YIJINHUOLUO);
        as(shebao)
                .body(deviceBody(department, 987654321L, 987654321L, 987654321L, "2022-07-14"))
                .post("/api/kiosks/devices")
                .then()
                .statusCode(400)
                .body("fields.field", hasItems("typeId", "pointId", "contractId"))
                .body("fields.find { it.field == 'typeId' }.message", equalTo("设备类型不存在 (no such device type)"));
        var body = deviceBody(department, type, null, null, null);
        body.put("code", "");
        body.put("price", "-1");
        as(shebao)
                .body(body)
                .post("/api/kiosks/devices")
                .then()
                .statusCode(400)
                .body("fields.field", hasItems("code", "price"));
        as(shebao)
                .body(deviceBody(department, type, null, null, null))
                .post("/api/kiosks/devices")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("orderedOn"));
        as(shebao)
                .body(deviceBody(department, type, null, null, "2022-07-14"))
                .post("/api/kiosks/devices")
                .then()
                .statusCode(201);
        var duplicate = deviceBody(department, type, null, null, "2022-07-14");
        duplicate.put("code", "YJ-P02-SB");
        as(shebao)
                .body(duplicate)
                .post("/api/kiosks/devices")
                .then()
                .statusCode(409)
                .body("message", containsString("设备编号“YJ-P02-SB”已存在"));
        assertEquals(before + 1, count(owner, "select count(*) from device where tenant_id = ?", YIJINHUOLUO));
    }

    @Test
    void theListFiltersSortsAndPages() {
        String admin = Tokens.accessToken("yijinhuoluo-admin");
        long type = createType(shebao);
        long department = departmentId(shebao, "jysbj");
        long first = createDevice(shebao, department, type, null, null, "2022-07-01");
        long second = createDevice(shebao, department, type, null, null, "2022-07-02");
        step(shebao, second, "DELIVERED", "2022-07-03").statusCode(200);
        as(admin)
                .get("/api/kiosks/devices?typeId=" + type + "&sort=-orderedOn")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("size", equalTo(20))
                .body("page", equalTo(0))
                .body("items.id", equalTo(List.of((int) second, (int) first)));
        as(admin)
                .get("/api/kiosks/devices?typeId=" + type + "&status=DELIVERED")
                .then()
                .body("total", equalTo(1))
                .body("items[0].id", equalTo((int) second));
        as(admin)
                .get("/api/kiosks/devices?typeId=" + type + "&sort=orderedOn&size=1&page=1")
                .then()
                .body("total", equalTo(2))
                .body("items.id", equalTo(List.of((int) second)));
        as(admin)
                .get("/api/kiosks/devices?q=YJ-P02&size=200")
                .then()
                .body("items.code", hasItems("YJ-P02-GZT", "YJ-P02-WJG", "YJ-P02-SB"));
        as(admin)
                .get("/api/kiosks/devices?sort=colour")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("sort"));
        as(admin)
                .get("/api/kiosks/devices?status=BROKEN")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("status"));
        as(admin).get("/api/kiosks/devices?size=201").then().statusCode(400);
    }

    private long audits(long device) throws Exception {
        return count(owner, "select count(*) from audit_log where entity = 'Device' and entity_id = ?", device);
    }
}
