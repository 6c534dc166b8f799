package cn.jixiao.portal.kiosk;

import static cn.jixiao.portal.kiosk.KioskFixtures.YIJINHUOLUO;
import static cn.jixiao.portal.kiosk.KioskFixtures.createDevice;
import static cn.jixiao.portal.kiosk.KioskFixtures.createType;
import static cn.jixiao.portal.kiosk.KioskFixtures.departmentId;
import static cn.jixiao.portal.kiosk.KioskFixtures.id;
import static cn.jixiao.portal.kiosk.KioskFixtures.pointBody;
import static cn.jixiao.portal.kiosk.KioskFixtures.step;
import static cn.jixiao.portal.kiosk.KioskFixtures.unique;
import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.count;
import static cn.jixiao.portal.project.ProjectFixtures.decimal;
import static cn.jixiao.portal.project.ProjectFixtures.strings;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Service points: description, dated status moves, device counts, refusals that change nothing. */
@QuarkusTest
class PointApiTest {
    @AfterAll
    static void removeFixtures() {
        KioskFixtures.removeAll();
    }

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    private final String dept = Tokens.accessToken("yijinhuoluo-dept");

    private long newPoint() {
        return id(as(dept).body(pointBody(unique("TP"), departmentId(dept, "sq-enke")))
                .post("/api/kiosks/points")
                .then()
                .statusCode(201));
    }

    private void move(long point, String status, String on, int expectedStatus) {
        as(dept).body(Map.of("status", status, "on", on))
                .post("/api/kiosks/points/" + point + "/status")
                .then()
                .statusCode(expectedStatus);
    }

    @Test
    void anEditorOpensAPointThroughConstructionToService() throws Exception {
        long point = newPoint();
        as(dept).get("/api/kiosks/points/" + point)
                .then()
                .statusCode(200)
                .body("status", equalTo("PLANNED"))
                .body("statusLabel", equalTo("规划中"))
                .body("responsibleDepartmentName", equalTo("阿勒腾席热镇恩可社区"))
                .body("longitude", decimal("109.787654"))
                .body("open24h", equalTo(true))
                .body("deviceCount", equalTo(0))
                .body("devicesByStatus.IN_SERVICE", equalTo(0));
        as(dept).body(Map.of("status", "UNDER_CONSTRUCTION", "on", "2022-05-16", "expectedOpenOn", "2022-07-31"))
                .post("/api/kiosks/points/" + point + "/status")
                .then()
                .statusCode(200)
                .body("statusLabel", equalTo("建设中"))
                .body("constructionStartedOn", equalTo("2022-05-16"))
                .body("expectedOpenOn", equalTo("2022-07-31"));
        as(dept).body(Map.of("status", "IN_SERVICE", "on", "2022-07-25"))
                .post("/api/kiosks/points/" + point + "/status")
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_SERVICE"))
                .body("openedOn", equalTo("2022-07-25"))
                .body("expectedOpenOn", nullValue())
                .body("version", equalTo(2));
        assertEquals(
                List.of("CREATE", "STATUS", "STATUS"),
                strings(
                        owner,
                        "select action from audit_log"
                                + " where tenant_id = ? and entity = 'ServicePoint' and entity_id = ? order by id",
                        YIJINHUOLUO,
                        point));

        // the devices standing there, counted by status
        String shebao = Tokens.accessToken("yijinhuoluo-shebao");
        long type = createType(shebao);
        createDevice(shebao, departmentId(shebao, "jysbj"), type, point, null, "2022-07-14");
        long delivered = createDevice(shebao, departmentId(shebao, "jysbj"), type, point, null, "2022-07-14");
        step(shebao, delivered, "DELIVERED", "2022-07-18").statusCode(200);
        as(dept).get("/api/kiosks/points/" + point)
                .then()
                .body("deviceCount", equalTo(2))
                .body("devicesByStatus.ORDERED", equalTo(1))
                .body("devicesByStatus.DELIVERED", equalTo(1))
                .body("devicesByStatus.IN_SERVICE", equalTo(0));
    }

    @Test
    void aRefusedStatusMoveChangesNothing() throws Exception {
        long point = newPoint();
        String before = as(dept).get("/api/kiosks/points/" + point).asString();
        as(dept).body(Map.of("status", "IN_SERVICE", "on", "2022-07-25"))
                .post("/api/kiosks/points/" + point + "/status")
                .then()
                .statusCode(409)
                .body("message", containsString("服务点不能从“规划中”变为“已投入使用”"));
        as(dept).body(Map.of(
                        "status",
                        "UNDER_CONSTRUCTION",
                        "on",
                        KioskFixtures.todayInChina().plusDays(3).toString()))
                .post("/api/kiosks/points/" + point + "/status")
                .then()
                .statusCode(409)
                .body("message", containsString("日期不能晚于今天"));
        as(dept).body(Map.of("status", "PLANNED", "on", "2022-07-25"))
                .post("/api/kiosks/points/" + point + "/status")
                .then()
                .statusCode(409);
        as(dept).body(Map.of("status", "OPEN", "on", "2022-07-25"))
                .post("/api/kiosks/points/" + point + "/status")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("status"));
        assertEquals(before, as(dept).get("/api/kiosks/points/" + point).asString());

        move(point, "UNDER_CONSTRUCTION", "2022-05-16", 200);
        String started = as(dept).get("/api/kiosks/points/" + point).asString();
        as(dept).body(Map.of("status", "IN_SERVICE", "on", "2022-05-01"))
                .post("/api/kiosks/points/" + point + "/status")
                .then()
                .statusCode(409)
                .body("message", containsString("日期早于服务点上一次状态变化（2022-05-16）"));
        assertEquals(started, as(dept).get("/api/kiosks/points/" + point).asString());
        assertEquals(
                2,
                count(owner, "select count(*) from audit_log where entity = 'ServicePoint' and entity_id = ?", point));
        // closed, then reopened after works
        move(point, "CLOSED", "2022-06-01", 200);
        move(point, "IN_SERVICE", "2022-07-01", 200);
        as(dept).get("/api/kiosks/points/" + point)
                .then()
                .body("closedOn", nullValue())
                .body("openedOn", equalTo("2022-07-01"));
    }

    @Test
    void aStaleEditIsA409AndBadInputA400() throws Exception {
        long point = newPoint();
        var body = pointBody(unique("TP"), null);
        body.put("version", 0);
        body.put("name", "第一位保存的名称");
        as(dept).body(body)
                .put("/api/kiosks/points/" + point)
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("responsibleDepartmentId", nullValue());
        body.put("name", "旧版本上的修改");
        as(dept).body(body)
                .put("/api/kiosks/points/" + point)
                .then()
                .statusCode(409)
                .body(
                        "message",
                        equalTo(
                                "此记录已被他人修改，您的修改未保存：请打开最新内容核对合并后再保存 (someone else changed this record; yours was not saved: open the latest, merge and save again)"));
        as(dept).get("/api/kiosks/points/" + point).then().body("name", equalTo("第一位保存的名称"));

        long before = count(owner, "select count(*) from service_point where tenant_id = ?", YIJINHUOLUO);
        var missing = pointBody(unique("TP"), null);
        missing.remove("name");
        missing.put("longitude", "200");
        as(dept).body(missing)
                .post("/api/kiosks/points")
                .then()
                .statusCode(400)
                .body("fields.field", hasItems("name", "longitude"))
                .body("fields.find { it.field == 'longitude' }.message", containsString("经度应在 -180 到 180 之间"));
        var half = pointBody(unique("TP"), null);
        half.remove("latitude");
        as(dept).body(half)
                .post("/api/kiosks/points")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("latitude"));
        as(dept).body(pointBody(unique("TP"), 987654321L))
                .post("/api/kiosks/points")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("responsibleDepartmentId"));
        as(dept).body(pointBody("YJ-P01", null))
                .post("/api/kiosks/points")
                .then()
                .statusCode(409)
                .body("message", containsString("服务点编号“YJ-P01”已存在"));
        assertEquals(before, count(owner, "select count(*) from service_point where tenant_id = ?", YIJINHUOLUO));
    }

    @Test
    void theListIsPagedSortedAndFilteredByStatus() {
        newPoint();
        newPoint();
        List<String> codes = as(dept).get("/api/kiosks/points?sort=-code&size=200")
                .then()
                .statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(200))
                .extract()
                .path("items.code");
        var sorted = new ArrayList<>(codes);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, codes);
        as(dept).get("/api/kiosks/points?status=PLANNED&size=200")
                .then()
                .body("items.status", everyItem(equalTo("PLANNED")));
        as(dept).get("/api/kiosks/points?status=UNDER_CONSTRUCTION&size=200")
                .then()
                .body("items.code", hasItems("YJ-P01"));
        int total = as(dept).get("/api/kiosks/points")
                .then()
                .body("size", equalTo(20))
                .extract()
                .path("total");
        as(dept).get("/api/kiosks/points?size=1&page=1&sort=name,-openedOn")
                .then()
                .statusCode(200)
                .body("total", equalTo(total))
                .body("items.size()", equalTo(1));
        as(dept).get("/api/kiosks/points?sort=address")
                .then()
                .statusCode(400)
                .body("fields[0].message", containsString("无法按“address”排序"));
    }
}
