package cn.jixiao.portal.kiosk;

import static cn.jixiao.portal.BookFixtures.amount;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import cn.jixiao.portal.BookFixtures;
import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Seed 000's roll-out as the demo data enters it: the summary must give the evaluation's 2022 figures. */
@QuarkusTest
class KioskDemoSummaryTest {
    static final String CENTRE = "阿勒腾席热镇便民服务中心";

    @Test
    void the2022SummaryGivesTheEvaluationsRates() {
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-finance"))
                .config(BookFixtures.DECIMALS)
                .get("/api/kiosks/summary?year=2022")
                .then()
                .statusCode(200)
                .body("asOf", equalTo("2022-12-31"))
                .body("deviceCount", equalTo(27))
                .body("acceptedCount", equalTo(21))
                .body("acceptedRate", amount("77.78"))
                .body("inServiceCount", equalTo(22))
                .body("inServiceRate", amount("81.48"))
                // the five 社保 kiosks on trial since 2022-07-25; the sixth never started its trial
                .body("overdueAcceptanceCount", equalTo(5))
                .body("overdueAcceptances.code", everyItem(startsWith("YJ-P0")))
                .body("paidNotAcceptedCount", equalTo(6))
                .body("byPoint.find { it.name == '" + CENTRE + "' }.status", equalTo("UNDER_CONSTRUCTION"))
                .body("byPoint.find { it.name == '" + CENTRE + "' }.devices", equalTo(5))
                .body("byPoint.find { it.name == '" + CENTRE + "' }.inService", equalTo(0))
                .body("pointsWithoutDeviceInService.name", hasItem(CENTRE))
                .body("pointsWithoutDeviceInServiceCount", equalTo(1))
                .body("byType.size()", equalTo(7));
    }

    @Test
    void theSocialSecurityBureauSeesOnlyTheKiosksItBought() {
        // six 社保 kiosks: none accepted, five on trial run (in use), all paid
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-shebao"))
                .config(BookFixtures.DECIMALS)
                .get("/api/kiosks/summary?year=2022")
                .then()
                .statusCode(200)
                .body("deviceCount", equalTo(6))
                .body("acceptedRate", amount("0.00"))
                .body("inServiceRate", amount("83.33"))
                .body("overdueAcceptanceCount", equalTo(5))
                .body("paidNotAcceptedCount", equalTo(6))
                .body("byDepartment.size()", equalTo(1));
    }

    @Test
    void aCommunitySeesTheDevicesAtThePointItKeeps() {
        // 恩可社区 keeps YJ-P02: a workbench and a file cabinet in service, a 社保 kiosk on trial
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-enke"))
                .config(BookFixtures.DECIMALS)
                .get("/api/kiosks/summary?year=2022")
                .then()
                .statusCode(200)
                .body("deviceCount", equalTo(3))
                .body("acceptedCount", equalTo(2))
                .body("inServiceCount", equalTo(3))
                .body("byPoint.name", equalTo(java.util.List.of("阿勒腾席热镇恩可社区服务点")));
    }

    @Test
    void baoshanSeesNothingOfYijinhuoluo() {
        long point =
                BookFixtures.queryLong("select id from service_point where tenant_id = '150627' and code = 'YJ-P02'");
        long device =
                BookFixtures.queryLong("select id from device where tenant_id = '150627' and code = 'YJ-P02-GZT'");
        String token = Tokens.accessToken("baoshan-finance");
        given().auth()
                .oauth2(token)
                .get("/api/kiosks/summary?year=2022")
                .then()
                .statusCode(200)
                .body("deviceCount", equalTo(0))
                .body("byPoint.pointId", not(hasItem((int) point)))
                .body("byType.name", not(hasItem("社保自助服务一体机")));
        given().auth().oauth2(token).get("/kiosks/points/" + point).then().statusCode(404);
        given().auth().oauth2(token).get("/kiosks/devices/" + device).then().statusCode(404);
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-finance"))
                .get("/kiosks/devices/" + device)
                .then()
                .statusCode(200);
    }
}
