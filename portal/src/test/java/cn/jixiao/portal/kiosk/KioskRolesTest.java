package cn.jixiao.portal.kiosk;

import static cn.jixiao.portal.kiosk.KioskFixtures.createDevice;
import static cn.jixiao.portal.kiosk.KioskFixtures.createPoint;
import static cn.jixiao.portal.kiosk.KioskFixtures.createType;
import static cn.jixiao.portal.kiosk.KioskFixtures.departmentId;
import static cn.jixiao.portal.kiosk.KioskFixtures.deviceBody;
import static cn.jixiao.portal.kiosk.KioskFixtures.pointBody;
import static cn.jixiao.portal.kiosk.KioskFixtures.step;
import static cn.jixiao.portal.kiosk.KioskFixtures.unique;
import static cn.jixiao.portal.project.ProjectFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Who reads and writes which kiosk records inside one region (the rules of KioskAccess, through the API). */
@QuarkusTest
class KioskRolesTest {
    @AfterAll
    static void removeFixtures() {
        KioskFixtures.removeAll();
    }

    private final String shebao = Tokens.accessToken("yijinhuoluo-shebao");
    private final String dept = Tokens.accessToken("yijinhuoluo-dept");

    @Test
    void theFinanceReviewerReadsEveryKioskRecordButEveryWriteIsRefused() {
        String finance = Tokens.accessToken("yijinhuoluo-finance");
        long type = createType(shebao);
        long point = createPoint(dept, null);
        long device = createDevice(shebao, departmentId(shebao, "jysbj"), type, null, null, "2022-07-14");
        String code =
                as(shebao).get("/api/kiosks/devices/" + device).then().extract().path("code");
        String before = as(shebao).get("/api/kiosks/devices/" + device).asString();

        as(finance).get("/api/kiosks/devices/" + device).then().statusCode(200).body("code", equalTo(code));
        as(finance)
                .get("/api/kiosks/devices/" + device + "/events")
                .then()
                .statusCode(200)
                .body("size()", equalTo(1));
        as(finance).get("/api/kiosks/devices?q=" + code).then().statusCode(200).body("total", equalTo(1));
        as(finance).get("/api/kiosks/points/" + point).then().statusCode(200);
        as(finance).get("/api/kiosks/device-types/" + type).then().statusCode(200);

        var editPoint = pointBody(unique("TP"), null);
        editPoint.put("version", 0);
        var editDevice = deviceBody(departmentId(shebao, "jysbj"), type, null, null, "2022-07-14");
        editDevice.put("version", 0);
        var writes = List.of(
                as(finance).body(pointBody(unique("TP"), null)).post("/api/kiosks/points"),
                as(finance).body(editPoint).put("/api/kiosks/points/" + point),
                as(finance)
                        .body(Map.of("status", "UNDER_CONSTRUCTION", "on", "2022-05-01"))
                        .post("/api/kiosks/points/" + point + "/status"),
                as(finance)
                        .body(Map.of("name", unique("类型"), "services", List.of()))
                        .post("/api/kiosks/device-types"),
                as(finance)
                        .body(Map.of("name", unique("类型"), "services", List.of(), "version", 0))
                        .put("/api/kiosks/device-types/" + type),
                as(finance)
                        .body(deviceBody(departmentId(shebao, "jysbj"), type, null, null, "2022-07-14"))
                        .post("/api/kiosks/devices"),
                as(finance).body(editDevice).put("/api/kiosks/devices/" + device),
                as(finance)
                        .body(Map.of("status", "DELIVERED", "on", "2022-07-18", "version", 0))
                        .post("/api/kiosks/devices/" + device + "/steps"),
                as(finance)
                        .body(Map.of("result", "PASSED", "on", "2022-07-18", "version", 0))
                        .post("/api/kiosks/devices/" + device + "/acceptance"),
                as(finance)
                        .body(Map.of("on", "2022-07-18"))
                        .post("/api/kiosks/devices/" + device + "/network-sign-off"));
        var notRefused = new ArrayList<String>();
        for (Response r : writes) {
            if (r.statusCode() != 403) {
                notRefused.add(r.statusCode() + " " + r.asString());
            }
        }
        assertEquals(List.of(), notRefused);
        assertEquals(before, as(shebao).get("/api/kiosks/devices/" + device).asString());
    }

    @Test
    void anEditorSeesAnotherBuyersDeviceOnlyAtAPointTheirDepartmentKeepsAndNeverRecordsItsSteps() {
        long zwfwj = departmentId(dept, "zwfwj");
        long type = createType(shebao);
        var body = deviceBody(departmentId(shebao, "jysbj"), type, null, null, "2022-07-14");
        String code = (String) body.get("code");
        long device = KioskFixtures.id(
                as(shebao).body(body).post("/api/kiosks/devices").then().statusCode(201));

        as(dept).get("/api/kiosks/devices?q=" + code).then().statusCode(200).body("total", equalTo(0));
        as(dept).get("/api/kiosks/devices/" + device).then().statusCode(403);
        as(dept).get("/api/kiosks/devices/" + device + "/events").then().statusCode(403);
        as(dept).body(Map.of("status", "DELIVERED", "on", "2022-07-18", "version", 0))
                .post("/api/kiosks/devices/" + device + "/steps")
                .then()
                .statusCode(403);

        // placed at a point 旗政务服务局 keeps, the device becomes readable to it, not writable
        long point = createPoint(dept, zwfwj);
        body.put("pointId", point);
        body.put("version", 0);
        as(shebao)
                .body(body)
                .put("/api/kiosks/devices/" + device)
                .then()
                .statusCode(200)
                .body("pointId", equalTo((int) point));
        as(dept).get("/api/kiosks/devices?q=" + code)
                .then()
                .body("total", equalTo(1))
                .body("items[0].pointName", containsString("测试服务点"));
        as(dept).get("/api/kiosks/devices/" + device).then().statusCode(200);
        as(dept).body(Map.of("status", "DELIVERED", "on", "2022-07-18", "version", 1))
                .post("/api/kiosks/devices/" + device + "/steps")
                .then()
                .statusCode(403)
                .body("message", containsString("只有购置设备的部门"));
        as(dept).body(Map.of("result", "PASSED", "on", "2022-07-18", "version", 1))
                .post("/api/kiosks/devices/" + device + "/acceptance")
                .then()
                .statusCode(403);
        // and nobody registers a device as bought by another department
        as(dept).body(deviceBody(departmentId(shebao, "jysbj"), type, null, null, "2022-07-14"))
                .post("/api/kiosks/devices")
                .then()
                .statusCode(403);
        as(shebao).get("/api/kiosks/devices/" + device).then().body("status", equalTo("ORDERED"));
    }

    @Test
    void onlyEditorsOfTheConfiguredUnitSignOffTheNetwork() {
        String admin = Tokens.accessToken("yijinhuoluo-admin");
        String bigdata = Tokens.accessToken("yijinhuoluo-bigdata");
        Map<String, Object> original = as(admin)
                .get("/api/settings/kiosk")
                .then()
                .statusCode(200)
                .extract()
                .path("");
        long dsjzx = departmentId(admin, "dsjzx");
        int version = ((Number) original.get("version")).intValue();
        as(dept).body(Map.of("networkSignOffDepartmentId", dsjzx, "version", version))
                .put("/api/settings/kiosk")
                .then()
                .statusCode(403);
        as(admin)
                .body(Map.of("networkSignOffDepartmentId", 987654321L, "version", version))
                .put("/api/settings/kiosk")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("networkSignOffDepartmentId"));
        int set = ((Number) as(admin)
                        .body(Map.of("networkSignOffDepartmentId", dsjzx, "version", version))
                        .put("/api/settings/kiosk")
                        .then()
                        .statusCode(200)
                        .body("networkSignOffDepartmentName", equalTo("伊金霍洛旗大数据中心"))
                        .body("regionSet", equalTo(true))
                        .extract()
                        .path("version"))
                .intValue();
        try {
            long device =
                    createDevice(shebao, departmentId(shebao, "jysbj"), createType(shebao), null, null, "2022-07-14");
            step(shebao, device, "DELIVERED", "2022-07-18").statusCode(200);
            var signOff = Map.of("on", "2022-08-01", "note", "已接入政务服务平台");
            as(bigdata)
                    .body(signOff)
                    .post("/api/kiosks/devices/" + device + "/network-sign-off")
                    .then()
                    .statusCode(409)
                    .body("message", containsString("尚未安装"));
            step(shebao, device, "INSTALLED", "2022-07-21").statusCode(200);
            as(shebao)
                    .body(signOff)
                    .post("/api/kiosks/devices/" + device + "/network-sign-off")
                    .then()
                    .statusCode(403);
            as(dept).body(signOff)
                    .post("/api/kiosks/devices/" + device + "/network-sign-off")
                    .then()
                    .statusCode(403);
            as(bigdata)
                    .body(signOff)
                    .post("/api/kiosks/devices/" + device + "/network-sign-off")
                    .then()
                    .statusCode(200)
                    .body("networkSignedOffOn", equalTo("2022-08-01"))
                    .body("networkSignedOffBy", equalTo("伊金霍洛旗大数据中心 yijinhuoluo-bigdata"))
                    .body("status", equalTo("INSTALLED"));
            as(bigdata)
                    .body(signOff)
                    .post("/api/kiosks/devices/" + device + "/network-sign-off")
                    .then()
                    .statusCode(409);
            // the sign-off unit checks every kiosk of the region, so it reads devices it did not buy
            as(bigdata)
                    .get("/api/kiosks/devices/" + device)
                    .then()
                    .statusCode(200)
                    .body("id", equalTo((int) device));
            // the sign-off is a note beside the lifecycle: a step dated before it is still in order
            step(shebao, device, "TRIAL_RUN", "2022-07-25")
                    .statusCode(200)
                    .body("trialStartedOn", equalTo("2022-07-25"));
            as(shebao)
                    .get("/api/kiosks/devices/" + device + "/events")
                    .then()
                    .body("kind", equalTo(List.of("STEP", "STEP", "STEP", "NETWORK_SIGN_OFF", "STEP")))
                    .body("[3].note", equalTo("联网验收通过：已接入政务服务平台"))
                    .body("[3].actor", equalTo("yijinhuoluo-bigdata"));
        } finally {
            var restore = new HashMap<String, Object>();
            restore.put("networkSignOffDepartmentId", original.get("networkSignOffDepartmentId"));
            restore.put("version", set);
            as(admin).body(restore).put("/api/settings/kiosk").then().statusCode(200);
        }
    }
}
