package cn.jixiao.portal.kiosk;

import static cn.jixiao.portal.kiosk.KioskFixtures.createDevice;
import static cn.jixiao.portal.kiosk.KioskFixtures.createPoint;
import static cn.jixiao.portal.kiosk.KioskFixtures.createType;
import static cn.jixiao.portal.kiosk.KioskFixtures.departmentId;
import static cn.jixiao.portal.kiosk.KioskFixtures.deviceBody;
import static cn.jixiao.portal.kiosk.KioskFixtures.pointBody;
import static cn.jixiao.portal.kiosk.KioskFixtures.unique;
import static cn.jixiao.portal.project.ProjectFixtures.as;
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

/**
 * Another region's kiosk ids are a 404 exactly like a missing id on every kiosk route, for that
 * region's admin (who passes every permission check) and its editor; its lists never show them.
 */
@QuarkusTest
class KioskIsolationTest {
    @AfterAll
    static void removeFixtures() {
        KioskFixtures.removeAll();
    }

    private static final long MISSING = 999_999_999L;

    /** One route: method, path with {p} (point), {t} (type), {d} (device), and a body that is valid on its own. */
    record Route(String method, String path, Object body) {
        Response call(String token, long p, long t, long d) {
            String url = path.replace("{p}", Long.toString(p))
                    .replace("{t}", Long.toString(t))
                    .replace("{d}", Long.toString(d));
            var request = as(token);
            if (body != null) {
                request = request.body(body);
            }
            return request.request(method, url);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static List<Route> routes(long type) {
        var point = pointBody(unique("X"), null);
        point.put("version", 0);
        var device = deviceBody(1, type, null, null, "2022-07-14");
        device.remove("departmentId");
        device.put("version", 0);
        return List.of(
                new Route("GET", "/api/kiosks/points/{p}", null),
                new Route("PUT", "/api/kiosks/points/{p}", point),
                new Route(
                        "POST",
                        "/api/kiosks/points/{p}/status",
                        Map.of("status", "UNDER_CONSTRUCTION", "on", "2022-05-01")),
                new Route("GET", "/api/kiosks/device-types/{t}", null),
                new Route(
                        "PUT",
                        "/api/kiosks/device-types/{t}",
                        Map.of("name", unique("越权"), "services", List.of(), "version", 0)),
                new Route("GET", "/api/kiosks/devices/{d}", null),
                new Route("PUT", "/api/kiosks/devices/{d}", device),
                new Route("GET", "/api/kiosks/devices/{d}/events", null),
                new Route(
                        "POST",
                        "/api/kiosks/devices/{d}/steps",
                        Map.of("status", "DELIVERED", "on", "2022-07-18", "version", 0)),
                new Route(
                        "POST",
                        "/api/kiosks/devices/{d}/acceptance",
                        Map.of("result", "PASSED", "on", "2022-07-18", "version", 0)),
                new Route("POST", "/api/kiosks/devices/{d}/network-sign-off", Map.of("on", "2022-07-18")));
    }

    @Test
    void anotherRegionsIdsAreA404LikeAMissingIdOnEveryRouteAndNeverListed() {
        String shebao = Tokens.accessToken("yijinhuoluo-shebao");
        String dept = Tokens.accessToken("yijinhuoluo-dept");
        long type = createType(shebao);
        long point = createPoint(dept, departmentId(dept, "zwfwj"));
        long device = createDevice(shebao, departmentId(shebao, "jysbj"), type, point, null, "2022-07-14");
        String pointBefore = as(dept).get("/api/kiosks/points/" + point).asString();
        String typeBefore = as(dept).get("/api/kiosks/device-types/" + type).asString();
        String deviceBefore = as(shebao).get("/api/kiosks/devices/" + device).asString();
        String typeName = as(shebao)
                .get("/api/kiosks/device-types/" + type)
                .then()
                .extract()
                .path("name");

        var leaks = new ArrayList<String>();
        for (String user : List.of("baoshan-admin", "baoshan-dept", "baoshan-finance")) {
            String outsider = Tokens.accessToken(user);
            for (Route route : routes(type)) {
                Response foreign = route.call(outsider, point, type, device);
                Response missing = route.call(outsider, MISSING, MISSING, MISSING);
                if (foreign.statusCode() != 404 || !foreign.asString().equals(missing.asString())) {
                    leaks.add(user + " " + route + " → " + foreign.statusCode() + " " + foreign.asString());
                }
            }
            as(outsider)
                    .get("/api/kiosks/points?size=200")
                    .then()
                    .statusCode(200)
                    .body("items.findAll { it.code.startsWith('YJ-') || it.id == " + point + " }.size()", equalTo(0));
            as(outsider)
                    .get("/api/kiosks/devices?size=200")
                    .then()
                    .statusCode(200)
                    .body("items.findAll { it.code.startsWith('YJ-') || it.id == " + device + " }.size()", equalTo(0));
            as(outsider).get("/api/kiosks/devices?pointId=" + point).then().body("total", equalTo(0));
            as(outsider).get("/api/kiosks/devices?typeId=" + type).then().body("total", equalTo(0));
            as(outsider)
                    .get("/api/kiosks/device-types")
                    .then()
                    .statusCode(200)
                    .body("findAll { it.name == '" + typeName + "' || it.name == '社保自助服务一体机' }.size()", equalTo(0));
        }
        assertEquals(List.of(), leaks, "kiosk routes that did not answer another region's id like a missing one");

        // referring to another region's records from one's own is the same as naming none
        String admin = Tokens.accessToken("baoshan-admin");
        as(admin)
                .body(deviceBody(departmentId(admin, "zwfwglj"), type, point, null, "2022-07-14"))
                .post("/api/kiosks/devices")
                .then()
                .statusCode(400)
                .body("fields.field", equalTo(List.of("typeId", "pointId")));
        var ownPoint = new HashMap<>(pointBody(unique("BS"), departmentId(dept, "zwfwj")));
        as(admin)
                .body(ownPoint)
                .post("/api/kiosks/points")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("responsibleDepartmentId"));

        assertEquals(pointBefore, as(dept).get("/api/kiosks/points/" + point).asString());
        assertEquals(
                typeBefore, as(dept).get("/api/kiosks/device-types/" + type).asString());
        assertEquals(
                deviceBefore, as(shebao).get("/api/kiosks/devices/" + device).asString());
    }
}
