package cn.jixiao.portal.kiosk;

import static cn.jixiao.portal.kiosk.KioskFixtures.accept;
import static cn.jixiao.portal.kiosk.KioskFixtures.createDevice;
import static cn.jixiao.portal.kiosk.KioskFixtures.createPoint;
import static cn.jixiao.portal.kiosk.KioskFixtures.createType;
import static cn.jixiao.portal.kiosk.KioskFixtures.departmentId;
import static cn.jixiao.portal.kiosk.KioskFixtures.step;
import static cn.jixiao.portal.kiosk.KioskFixtures.toTrialRun;
import static cn.jixiao.portal.project.ProjectFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** DeviceSteps.markFaulty and restoreAfterRepair, as the fault routes will call them (through {@link FaultStepsProbe}). */
@QuarkusTest
class DeviceFaultStepsTest {
    @AfterAll
    static void removeFixtures() {
        KioskFixtures.removeAll();
    }

    private final String shebao = Tokens.accessToken("yijinhuoluo-shebao");
    private final String enke = Tokens.accessToken("yijinhuoluo-enke");

    private ValidatableResponse fault(String token, long device, String action, String on) {
        return as(token)
                .body(Map.of("on", on, "note", "触摸屏无响应"))
                .post("/test-only/kiosk-faults/" + device + "/" + action)
                .then();
    }

    /** A device of 社保局 at a point 恩可社区 keeps. */
    private long deviceAtEnke() {
        long point = createPoint(Tokens.accessToken("yijinhuoluo-dept"), departmentId(enke, "sq-enke"));
        return createDevice(shebao, departmentId(shebao, "jysbj"), createType(shebao), point, null, "2022-07-14");
    }

    @Test
    void aRepairedDeviceReturnsToWhereItWasBeforeTheFault() {
        long device = deviceAtEnke();
        toTrialRun(shebao, device, "2022-07-18", "2022-07-21", "2022-07-25");
        accept(shebao, device, "PASSED", "2022-08-26", null).statusCode(200);
        step(shebao, device, "IN_SERVICE", "2022-08-29").statusCode(200);

        fault(enke, device, "open", "2022-10-10")
                .statusCode(200)
                .body("status", equalTo("FAULTY"))
                .body("nextSteps.status", equalTo(List.of("IN_SERVICE", "RETIRED")))
                .body("nextSteps.via", equalTo(List.of("faults", "steps")));
        // a second fault on a faulty device changes nothing; the steps route cannot bring it back
        fault(enke, device, "open", "2022-10-11").statusCode(200).body("status", equalTo("FAULTY"));
        step(shebao, device, "IN_SERVICE", "2022-10-12").statusCode(409).body("message", containsString("故障关闭后恢复"));
        fault(enke, device, "close", "2022-10-09").statusCode(409).body("message", containsString("日期早于上一步"));
        fault(enke, device, "close", "2022-10-12")
                .statusCode(200)
                .body("status", equalTo("IN_SERVICE"))
                .body("inServiceOn", equalTo("2022-08-29"));
        as(shebao)
                .get("/api/kiosks/devices/" + device + "/events")
                .then()
                .body(
                        "status",
                        equalTo(List.of(
                                "ORDERED",
                                "DELIVERED",
                                "INSTALLED",
                                "TRIAL_RUN",
                                "ACCEPTED",
                                "IN_SERVICE",
                                "FAULTY",
                                "IN_SERVICE")))
                .body("[6].note", equalTo("故障：触摸屏无响应"))
                .body("[6].actor", equalTo("yijinhuoluo-enke"))
                .body("[7].note", equalTo("故障修复，恢复为“投入使用”"));
    }

    @Test
    void aDeviceFaultyOnTrialRunGoesBackToItsTrialAndCannotBeAcceptedWhileFaulty() {
        long device = deviceAtEnke();
        toTrialRun(shebao, device, "2022-07-18", "2022-07-21", "2022-07-25");
        fault(enke, device, "open", "2022-08-01").statusCode(200).body("status", equalTo("FAULTY"));
        accept(shebao, device, "PASSED", "2022-08-02", null)
                .statusCode(409)
                .body("message", containsString("故障设备须修复后重新试运行再验收"));
        fault(shebao, device, "close", "2022-08-03")
                .statusCode(200)
                .body("status", equalTo("TRIAL_RUN"))
                .body("trialStartedOn", equalTo("2022-07-25"));
        accept(shebao, device, "PASSED", "2022-08-30", null).statusCode(200).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void aDeviceNotYetRunningCannotBeMarkedFaultyAndNothingChanges() {
        long device = deviceAtEnke();
        String before = as(shebao).get("/api/kiosks/devices/" + device).asString();
        fault(enke, device, "open", "2022-07-20").statusCode(409).body("message", containsString("不能从“已订购”直接变为“故障”"));
        // closing a fault of a device that is not faulty is a no-op
        fault(enke, device, "close", "2022-07-20").statusCode(200).body("status", equalTo("ORDERED"));
        assertEquals(before, as(shebao).get("/api/kiosks/devices/" + device).asString());
        fault(Tokens.accessToken("yijinhuoluo-bigdata"), device, "open", "2022-07-20")
                .statusCode(403);
    }
}
