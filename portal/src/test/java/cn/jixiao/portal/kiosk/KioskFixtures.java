package cn.jixiao.portal.kiosk;

import static cn.jixiao.portal.project.ProjectFixtures.as;

import cn.jixiao.portal.BookFixtures;
import cn.jixiao.portal.project.ProjectFixtures;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Kiosk records made through the API, with codes and names unique to the run: the test database is
 * shared by every test class and holds the demo roll-out (codes YJ-…).
 */
final class KioskFixtures {
    static final String YIJINHUOLUO = "150627";

    private KioskFixtures() {}

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Deletes every kiosk record a test made in 伊金霍洛旗 (anything not coded YJ-…, as the demo
     * roll-out is; devices go with their events, faults, documents and usage), so the tests that
     * check the demo region's summary see seed 000's figures whatever ran before them.
     */
    static void removeAll() {
        BookFixtures.execute("delete from device where tenant_id = ? and code not like ?", YIJINHUOLUO, "YJ-%");
        BookFixtures.execute("delete from service_point where tenant_id = ? and code not like ?", YIJINHUOLUO, "YJ-%");
        BookFixtures.execute(
                "delete from device_type where tenant_id = ? and id not in (select type_id from device) "
                        + "and name like ?",
                YIJINHUOLUO,
                "%-%");
    }

    static LocalDate todayInChina() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    static long departmentId(String token, String code) {
        return ProjectFixtures.departmentId(token, code);
    }

    static long id(ValidatableResponse response) {
        return ((Number) response.extract().path("id")).longValue();
    }

    static Map<String, Object> pointBody(String code, Long keeper) {
        var body = new HashMap<String, Object>();
        body.put("code", code);
        body.put("name", "测试服务点 " + code);
        body.put("address", "阿镇测试路 1 号");
        body.put("community", "测试社区");
        body.put("longitude", "109.787654");
        body.put("latitude", "39.604321");
        body.put("open24h", true);
        body.put("openingHours", "24小时自助服务");
        body.put("responsibleDepartmentId", keeper);
        return body;
    }

    static long createPoint(String token, Long keeper) {
        return id(as(token)
                .body(pointBody(unique("TP"), keeper))
                .post("/api/kiosks/points")
                .then()
                .statusCode(201));
    }

    static long createType(String token) {
        return id(as(token)
                .body(Map.of("name", unique("测试终端"), "services", List.of("社保信息查询", "缴费证明打印")))
                .post("/api/kiosks/device-types")
                .then()
                .statusCode(201));
    }

    static Map<String, Object> deviceBody(long department, long type, Long point, Long contract, String orderedOn) {
        var body = new HashMap<String, Object>();
        body.put("code", unique("TD"));
        body.put("typeId", type);
        body.put("model", "SB-100");
        body.put("serialNo", unique("SN"));
        body.put("vendor", "某科技有限公司");
        body.put("price", "3.5");
        body.put("departmentId", department);
        body.put("pointId", point);
        body.put("contractId", contract);
        body.put("orderedOn", orderedOn);
        return body;
    }

    static long createDevice(String token, long department, long type, Long point, Long contract, String orderedOn) {
        return id(as(token)
                .body(deviceBody(department, type, point, contract, orderedOn))
                .post("/api/kiosks/devices")
                .then()
                .statusCode(201));
    }

    static int version(String token, long device) {
        return ((Number) as(token)
                        .get("/api/kiosks/devices/" + device)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("version"))
                .intValue();
    }

    static ValidatableResponse step(String token, long device, String status, String on) {
        return as(token)
                .body(Map.of("status", status, "on", on, "version", version(token, device)))
                .post("/api/kiosks/devices/" + device + "/steps")
                .then();
    }

    static ValidatableResponse accept(String token, long device, String result, String on, String note) {
        var body = new HashMap<String, Object>();
        body.put("result", result);
        body.put("on", on);
        body.put("note", note);
        body.put("version", version(token, device));
        return as(token)
                .body(body)
                .post("/api/kiosks/devices/" + device + "/acceptance")
                .then();
    }

    /** Walks a new device through delivery and installation to its trial run. */
    static void toTrialRun(String token, long device, String delivered, String installed, String trial) {
        step(token, device, "DELIVERED", delivered).statusCode(200);
        step(token, device, "INSTALLED", installed).statusCode(200);
        step(token, device, "TRIAL_RUN", trial).statusCode(200);
    }
}
