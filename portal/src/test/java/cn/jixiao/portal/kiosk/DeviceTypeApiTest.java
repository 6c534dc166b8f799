package cn.jixiao.portal.kiosk;

import static cn.jixiao.portal.kiosk.KioskFixtures.createDevice;
import static cn.jixiao.portal.kiosk.KioskFixtures.departmentId;
import static cn.jixiao.portal.kiosk.KioskFixtures.id;
import static cn.jixiao.portal.kiosk.KioskFixtures.unique;
import static cn.jixiao.portal.project.ProjectFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The region's device-type catalogue and the services each type offers. */
@QuarkusTest
class DeviceTypeApiTest {
    @AfterAll
    static void removeFixtures() {
        KioskFixtures.removeAll();
    }

    private final String dept = Tokens.accessToken("yijinhuoluo-dept");

    @Test
    void anEditorAddsATypeWithItsServicesAndTheCatalogueCountsItsDevices() {
        String name = unique("智能政务服务工作台");
        long type = id(as(dept).body(Map.of("name", name, "services", List.of("个体工商户变更登记", " 社保信息查询 ", "个体工商户变更登记")))
                .post("/api/kiosks/device-types")
                .then()
                .statusCode(201)
                .body("services", equalTo(List.of("个体工商户变更登记", "社保信息查询")))
                .body("deviceCount", equalTo(0)));
        String shebao = Tokens.accessToken("yijinhuoluo-shebao");
        createDevice(shebao, departmentId(shebao, "jysbj"), type, null, null, "2022-07-14");
        as(Tokens.accessToken("yijinhuoluo-enke"))
                .get("/api/kiosks/device-types")
                .then()
                .statusCode(200)
                .body("find { it.id == " + type + " }.deviceCount", equalTo(1))
                .body("find { it.name == '社保自助服务一体机' }.services", hasItems("社保卡激活", "养老待遇资格认证"));

        as(dept).body(Map.of("name", name, "services", List.of("纸质材料存取"), "version", 0))
                .put("/api/kiosks/device-types/" + type)
                .then()
                .statusCode(200)
                .body("services", equalTo(List.of("纸质材料存取")))
                .body("version", equalTo(1));
        as(dept).body(Map.of("name", name, "services", List.of(), "version", 0))
                .put("/api/kiosks/device-types/" + type)
                .then()
                .statusCode(409);
        as(dept).get("/api/kiosks/device-types/" + type).then().body("services", equalTo(List.of("纸质材料存取")));
    }

    @Test
    void namesAreUniqueAndRequired() {
        as(dept).body(Map.of("name", "社保自助服务一体机", "services", List.of()))
                .post("/api/kiosks/device-types")
                .then()
                .statusCode(409)
                .body("message", containsString("设备类型“社保自助服务一体机”已存在"));
        as(dept).body(Map.of("name", " ", "services", List.of("")))
                .post("/api/kiosks/device-types")
                .then()
                .statusCode(400)
                .body("fields.field", hasItems("name"));
    }
}
