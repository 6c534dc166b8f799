package cn.jixiao.portal.kiosk;

import static cn.jixiao.portal.BookFixtures.amount;
import static cn.jixiao.portal.kiosk.KioskFixture.YEAR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.platform.calendar.WorkingCalendar;
import cn.jixiao.portal.BookFixtures;
import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /api/kiosks/summary on the 2005 fixture of 岳阳, where every answer is known (see {@link KioskFixture}). */
@QuarkusTest
class KioskSummaryApiTest {
    static KioskFixture f;

    @BeforeAll
    static void fixture() {
        f = KioskFixture.create();
    }

    @AfterAll
    static void cleanUp() {
        KioskFixture.removeAll();
    }

    static JsonPath summary(String user, int year) {
        return given().auth()
                .oauth2(Tokens.accessToken(user))
                .config(BookFixtures.DECIMALS)
                .get("/api/kiosks/summary?year=" + year)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void ratesCountATrialRunAsInUseButNotAcceptedAndSkipDevicesRetiredBeforeTheYear() {
        given().auth()
                .oauth2(Tokens.accessToken("yueyang-finance"))
                .config(BookFixtures.DECIMALS)
                .get("/api/kiosks/summary?year=" + YEAR)
                .then()
                .statusCode(200)
                .body("year", equalTo(YEAR))
                .body("asOf", equalTo("2005-12-31"))
                // D1 D2 D3 D4 D5 D6 D8 D10: D7 retired in 2004, D9 ordered in 2006
                .body("deviceCount", equalTo(8))
                // D1 and D3 (accepted while its point is being built); D8 retired in June
                .body("acceptedCount", equalTo(2))
                .body("acceptedRate", amount("25.00"))
                // D1 in service; D2, D5, D6 on trial run; not D3 (accepted, waiting) nor D8 (retired)
                .body("inServiceCount", equalTo(4))
                .body("inServiceRate", amount("50.00"))
                .body("openFaultCount", equalTo(2))
                .body("transactions", equalTo(4400))
                .body("deviceDays", equalTo(470))
                .body("transactionsPerDevicePerDay", amount("9.36"));
    }

    @Test
    void overdueAcceptancesUseTheContractsTermsAndTheRegionsHolidays() {
        JsonPath s = summary("yueyang-finance", YEAR);
        assertEquals(2, s.getInt("overdueAcceptanceCount"));
        // D2: trial 09-01 + 1 month = 10-01, + 15 working days = 10-21; D6: 11-01 → 12-01 → 12-15
        assertEquals(List.of(f.d2, f.d6), s.getList("overdueAcceptances.deviceId", Long.class));
        assertEquals(List.of("2005-10-21", "2005-12-15"), s.getList("overdueAcceptances.dueOn"));
        assertEquals(List.of(71, 16), s.getList("overdueAcceptances.daysOverdue", Integer.class));
        assertEquals("2005-09-01", s.getString("overdueAcceptances[0].trialStartedOn"));
        assertEquals("岳阳市政务服务中心", s.getString("overdueAcceptances[0].buyer"));
        assertEquals("KS测试服务点一" + f.tag, s.getString("overdueAcceptances[0].point"));

        // D5 (trial 11-15 → 12-15, + 10 working days) would be due on 12-29 without the two holidays
        var terms = new AcceptanceTerms(Period.ofMonths(1), 10);
        assertEquals(
                LocalDate.parse("2005-12-29"),
                terms.dueDate(LocalDate.parse("2005-11-15"), WorkingCalendar.weekendsOnly()));
        assertTrue(
                !s.getList("overdueAcceptances.deviceId", Long.class).contains(f.d5),
                "with 12-26 and 12-27 off, D5 is due on 2006-01-02 and not yet overdue");
    }

    @Test
    void paidButNotAcceptedCountsTheDevicesOwnPaymentAndAFullyPaidContract() {
        JsonPath s = summary("yueyang-finance", YEAR);
        assertEquals(2, s.getInt("paidNotAcceptedCount"));
        // D4 through its fully paid contract K2; D6 paid itself; not D10 (paid in 2006) nor D3 (accepted)
        assertEquals(List.of(f.d4, f.d6), s.getList("paidNotAccepted.deviceId", Long.class));
        assertEquals(
                Set.of(true),
                Set.copyOf(s.getList("paidNotAccepted.findAll { it.deviceId == " + f.d4 + " }.contractFullyPaid")));
        assertNull(s.get("paidNotAccepted[0].paidOn"));
        assertEquals("2005-11-20", s.getString("paidNotAccepted[1].paidOn"));
    }

    @Test
    void figuresPerPointTypeAndBuyer() {
        JsonPath s = summary("yueyang-finance", YEAR);
        String p1 = "byPoint.find { it.pointId == " + f.p1 + " }";
        assertEquals(
                List.of(4, 1, 3, 1, 4360),
                List.of(
                        s.getInt(p1 + ".devices"),
                        s.getInt(p1 + ".accepted"),
                        s.getInt(p1 + ".inService"),
                        s.getInt(p1 + ".openFaults"),
                        s.getInt(p1 + ".transactions")));
        assertEquals("9.48", s.getString(p1 + ".transactionsPerDevicePerDay"));
        assertEquals("IN_SERVICE", s.getString(p1 + ".status"));
        assertEquals("已投入使用", s.getString(p1 + ".statusLabel"));

        String p2 = "byPoint.find { it.pointId == " + f.p2 + " }";
        assertEquals(
                List.of(3, 1, 0, 1),
                List.of(
                        s.getInt(p2 + ".devices"),
                        s.getInt(p2 + ".accepted"),
                        s.getInt(p2 + ".inService"),
                        s.getInt(p2 + ".openFaults")));
        assertNull(s.get(p2 + ".transactionsPerDevicePerDay"));
        assertNull(s.get("byPoint.find { it.pointId == " + f.p3 + " }"), "a closed point without devices");

        String none = "byPoint.find { it.pointId == null }";
        assertEquals("未分配服务点", s.getString(none + ".name"));
        assertEquals(List.of(1, 1), List.of(s.getInt(none + ".devices"), s.getInt(none + ".inService")));
        assertEquals("4.00", s.getString(none + ".transactionsPerDevicePerDay"));

        List<Long> idle = s.getList("pointsWithoutDeviceInService.pointId", Long.class);
        assertTrue(idle.contains(f.p2), "the point under construction has no device in use");
        assertTrue(!idle.contains(f.p1) && !idle.contains(f.p3), "P1 serves; P3 is closed");
        assertEquals(idle.size(), s.getInt("pointsWithoutDeviceInServiceCount"));

        String t1 = "byType.find { it.typeId == " + f.t1 + " }";
        String t2 = "byType.find { it.typeId == " + f.t2 + " }";
        assertEquals(
                List.of(4, 1, 4, 4, 1, 0),
                List.of(
                        s.getInt(t1 + ".devices"),
                        s.getInt(t1 + ".accepted"),
                        s.getInt(t1 + ".inService"),
                        s.getInt(t2 + ".devices"),
                        s.getInt(t2 + ".accepted"),
                        s.getInt(t2 + ".inService")));

        String z = "byDepartment.find { it.departmentId == " + f.zwfwzx + " }";
        String c = "byDepartment.find { it.departmentId == " + f.czj + " }";
        assertEquals(
                List.of(3, 1, 2, 1),
                List.of(
                        s.getInt(z + ".devices"),
                        s.getInt(z + ".accepted"),
                        s.getInt(z + ".inService"),
                        s.getInt(z + ".overdue")));
        assertEquals(
                List.of(5, 1, 2, 1),
                List.of(
                        s.getInt(c + ".devices"),
                        s.getInt(c + ".accepted"),
                        s.getInt(c + ".inService"),
                        s.getInt(c + ".overdue")));
        assertEquals("岳阳市财政局", s.getString(c + ".name"));
    }

    @Test
    void aDepartmentEditorsSummaryCoversOnlyTheDevicesTheyMayRead() {
        // 政务服务中心 bought D1 D2 D8 (D7, D9 not counted) and keeps P1, where 财政局's D6 stands
        given().auth()
                .oauth2(Tokens.accessToken("yueyang-dept"))
                .config(BookFixtures.DECIMALS)
                .get("/api/kiosks/summary?year=" + YEAR)
                .then()
                .statusCode(200)
                .body("deviceCount", equalTo(4))
                .body("acceptedCount", equalTo(1))
                .body("inServiceCount", equalTo(3))
                .body("inServiceRate", amount("75.00"))
                .body("overdueAcceptanceCount", equalTo(2))
                .body("paidNotAcceptedCount", equalTo(1))
                .body("paidNotAccepted.deviceId", equalTo(List.of((int) f.d6)))
                .body("openFaultCount", equalTo(1))
                .body("transactions", equalTo(4360))
                // P2 is kept by 财政局 and holds nothing they may read
                .body("byPoint.pointId", not(hasItem((int) f.p2)))
                .body("byDepartment.find { it.departmentId == " + f.zwfwzx + " }.devices", equalTo(3))
                .body("byDepartment.find { it.departmentId == " + f.czj + " }.devices", equalTo(1));
    }

    @Test
    void aRegionSeesNoneOfAnotherRegionsDevices() {
        JsonPath s = summary("yueyang-finance", YEAR);
        assertTrue(!s.getList("byPoint.pointId", Long.class).contains(f.otherPoint));
        assertTrue(!s.getList("overdueAcceptances.deviceId", Long.class).contains(f.otherDevice));
        assertEquals(8, s.getInt("deviceCount"), "150627's device of 2005 is not counted");
        given().auth()
                .oauth2(Tokens.accessToken("baoshan-finance"))
                .get("/api/kiosks/summary?year=" + YEAR)
                .then()
                .statusCode(200)
                .body("deviceCount", equalTo(0))
                .body("acceptedRate", nullValue())
                .body("inServiceRate", nullValue())
                .body("transactionsPerDevicePerDay", nullValue())
                .body("byPoint.pointId", not(hasItem((int) f.otherPoint)));
    }

    @Test
    void theYearIsRequiredAndMustBeFrom2000To2100() {
        String token = Tokens.accessToken("yueyang-finance");
        given().auth()
                .oauth2(token)
                .get("/api/kiosks/summary")
                .then()
                .statusCode(400)
                .body("fields.find { it.field == 'year' }.message", containsString("请提供年度"));
        for (String year : new String[] {"1999", "2101", "abc", "20222"}) {
            given().auth()
                    .oauth2(token)
                    .get("/api/kiosks/summary?year=" + year)
                    .then()
                    .statusCode(400)
                    .body("fields.find { it.field == 'year' }.message", containsString("2000 至 2100"));
        }
    }
}
