package cn.jixiao.portal.kiosk;

import static cn.jixiao.portal.kiosk.KioskFixtures.YIJINHUOLUO;
import static cn.jixiao.portal.kiosk.KioskFixtures.accept;
import static cn.jixiao.portal.kiosk.KioskFixtures.createDevice;
import static cn.jixiao.portal.kiosk.KioskFixtures.createType;
import static cn.jixiao.portal.kiosk.KioskFixtures.departmentId;
import static cn.jixiao.portal.kiosk.KioskFixtures.id;
import static cn.jixiao.portal.kiosk.KioskFixtures.toTrialRun;
import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.count;
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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance deadlines counted in working days: the contract's terms (a month's trial, then 15
 * working days), the region's calendar (2022 中秋 on Monday 09-12), and the device's trial start.
 */
@QuarkusTest
class AcceptanceDeadlineApiTest {
    @AfterAll
    static void removeFixtures() {
        KioskFixtures.removeAll();
    }

    private static final String CALENDAR_2022 = "/api/settings/working-calendar?year=2022";

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    private final String shebao = Tokens.accessToken("yijinhuoluo-shebao");
    private final String admin = Tokens.accessToken("yijinhuoluo-admin");

    private Map<String, Object> contract(Object trialPeriod, Object workingDays) {
        var body = new HashMap<String, Object>();
        body.put("departmentId", departmentId(shebao, "jysbj"));
        body.put("title", KioskFixtures.unique("社保自助服务一体机采购合同"));
        body.put("vendor", "某科技有限公司");
        body.put("procurementMethod", "INQUIRY");
        body.put("trialPeriod", trialPeriod);
        body.put("acceptanceWorkingDays", workingDays);
        return body;
    }

    private long onTrialSince(long contract, String trialStart) {
        long device =
                createDevice(shebao, departmentId(shebao, "jysbj"), createType(shebao), null, contract, "2022-07-01");
        toTrialRun(shebao, device, "2022-07-05", "2022-07-10", trialStart);
        return device;
    }

    private List<Map<String, Object>> days2022() {
        return as(admin).get(CALENDAR_2022).then().statusCode(200).extract().path("days");
    }

    private void putDays(String year, List<Map<String, Object>> days) {
        var body = new ArrayList<Map<String, Object>>();
        for (var d : days) {
            body.add(Map.of("day", d.get("day"), "kind", d.get("kind"), "name", d.get("name")));
        }
        int version = as(admin)
                .get("/api/settings/working-calendar?year=" + year)
                .then()
                .statusCode(200)
                .extract()
                .path("version");
        as(admin)
                .body(Map.of("days", body, "version", version))
                .put("/api/settings/working-calendar?year=" + year)
                .then()
                .statusCode(200);
    }

    @Test
    void contractsTakeTheirTrialTermsAsAnIsoPeriodAndWorkingDays() {
        as(shebao)
                .body(contract("一个月", 15))
                .post("/api/contracts")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("trialPeriod"))
                .body("fields[0].message", containsString("P1M"));
        as(shebao)
                .body(contract("P-1M", 15))
                .post("/api/contracts")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("trialPeriod"));
        as(shebao)
                .body(contract("P1M", 400))
                .post("/api/contracts")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("acceptanceWorkingDays"));
        as(shebao)
                .body(contract("P2W", 10))
                .post("/api/contracts")
                .then()
                .statusCode(201)
                .body("trialPeriod", equalTo("P14D"))
                .body("trialPeriodLabel", equalTo("14天"))
                .body("acceptanceWorkingDays", equalTo(10));
        as(shebao)
                .body(contract("P1M", 15))
                .post("/api/contracts")
                .then()
                .statusCode(201)
                .body("trialPeriod", equalTo("P1M"))
                .body("trialPeriodLabel", equalTo("1个月"));
    }

    @Test
    void acceptanceIsDueFifteenWorkingDaysAfterAMonthsTrialSkippingMidAutumn() {
        List<Map<String, Object>> original = days2022();
        var withMidAutumn = new ArrayList<>(original.stream()
                .filter(d -> !"2022-09-12".equals(d.get("day")))
                .toList());
        withMidAutumn.add(Map.of("day", "2022-09-12", "kind", "HOLIDAY", "name", "中秋节"));
        putDays("2022", withMidAutumn);
        try {
            long contract = id(as(shebao)
                    .body(contract("P1M", 15))
                    .post("/api/contracts")
                    .then()
                    .statusCode(201));
            // trial from 07-25: the month ends Thursday 08-25; working days 08-26, 08-29..09-02, 09-05..09-09
            // make 11, Monday 09-12 is 中秋, so the 15th is Friday 09-16
            long late = onTrialSince(contract, "2022-07-25");
            long stillOpen = onTrialSince(contract, "2022-07-25");
            long today = ChronoUnit.DAYS.between(LocalDate.of(2022, 9, 16), KioskFixtures.todayInChina());
            as(shebao)
                    .get("/api/kiosks/devices/" + stillOpen)
                    .then()
                    .statusCode(200)
                    .body("acceptanceDue.dueOn", equalTo("2022-09-16"))
                    .body("acceptanceDue.overdue", equalTo(true))
                    .body("acceptanceDue.daysOverdue", equalTo((int) today));
            // accepted four days late stays four days late
            accept(shebao, late, "PASSED", "2022-09-20", null)
                    .statusCode(200)
                    .body("acceptanceDue.dueOn", equalTo("2022-09-16"))
                    .body("acceptanceDue.overdue", equalTo(true))
                    .body("acceptanceDue.daysOverdue", equalTo(4));
            // from 07-20 the month ends on Saturday 08-20 and the 15th working day is 09-09, before 中秋
            long early = onTrialSince(contract, "2022-07-20");
            accept(shebao, early, "PASSED", "2022-09-09", null)
                    .statusCode(200)
                    .body("acceptanceDue.dueOn", equalTo("2022-09-09"))
                    .body("acceptanceDue.overdue", equalTo(false))
                    .body("acceptanceDue.daysOverdue", equalTo(0));

            // without the holiday the deadline is one working day earlier
            putDays(
                    "2022",
                    original.stream()
                            .filter(d -> !"2022-09-12".equals(d.get("day")))
                            .toList());
            as(shebao)
                    .get("/api/kiosks/devices/" + stillOpen)
                    .then()
                    .body("acceptanceDue.dueOn", equalTo("2022-09-15"));
        } finally {
            putDays("2022", original);
        }
    }

    @Test
    void aDeviceWhoseContractHasNoTermsHasNoDeadline() {
        long contract = id(as(shebao)
                .body(contract(null, null))
                .post("/api/contracts")
                .then()
                .statusCode(201)
                .body("trialPeriod", nullValue()));
        long device = onTrialSince(contract, "2022-07-25");
        as(shebao)
                .get("/api/kiosks/devices/" + device)
                .then()
                .statusCode(200)
                .body("contractId", equalTo((int) contract))
                .body("acceptanceDue", nullValue());
    }

    @Test
    void theCalendarTakesHolidaysAndWorkedWeekendsOfItsYearOnly() throws Exception {
        String finance = Tokens.accessToken("yijinhuoluo-finance");
        String editor = Tokens.accessToken("yijinhuoluo-dept");
        String url = "/api/settings/working-calendar?year=2031";
        var newYear = Map.of("day", "2031-01-01", "kind", "HOLIDAY", "name", "元旦");
        var workedSaturday = Map.of("day", "2031-01-04", "kind", "WORKDAY", "name", "调休上班");
        as(finance)
                .body(Map.of(
                        "days",
                        List.of(
                                newYear,
                                Map.of("day", "2031-01-06", "kind", "WORKDAY", "name", "调休"),
                                Map.of("day", "2030-12-31", "kind", "HOLIDAY", "name", "跨年"),
                                newYear)))
                .put(url)
                .then()
                .statusCode(400)
                .body("fields.field", hasItems("days[1].day", "days[2].day", "days[3].day"))
                .body("fields.find { it.field == 'days[1].day' }.message", containsString("是工作日，无需登记为调休上班"));
        as(editor).body(Map.of("days", List.of(newYear))).put(url).then().statusCode(403);
        int read = as(editor)
                .get(url)
                .then()
                .statusCode(200)
                .body("days", equalTo(List.of()))
                .extract()
                .path("version");

        as(finance)
                .body(Map.of("days", List.of(workedSaturday, newYear), "version", read))
                .put(url)
                .then()
                .statusCode(200)
                .body("year", equalTo(2031))
                .body("version", equalTo(read + 1))
                .body("days.day", equalTo(List.of("2031-01-01", "2031-01-04")))
                .body("days.kindLabel", equalTo(List.of("法定节假日", "调休上班")));
        // the version read before the first save is stale now
        as(finance)
                .body(Map.of("days", List.of(newYear), "version", read))
                .put(url)
                .then()
                .statusCode(409);
        as(finance)
                .body(Map.of("days", List.of(newYear), "version", read + 1))
                .put(url)
                .then()
                .statusCode(200)
                .body("days.day", equalTo(List.of("2031-01-01")));
        as(editor).get(url).then().body("days.name", equalTo(List.of("元旦")));
        assertEquals(
                2,
                count(
                        owner,
                        "select count(*) from audit_log where tenant_id = ? and entity = 'WorkingCalendar'"
                                + " and entity_id = 2031",
                        YIJINHUOLUO));
        as(finance)
                .body(Map.of("days", List.of(), "version", read + 2))
                .put(url)
                .then()
                .statusCode(200)
                .body("days", equalTo(List.of()));
    }
}
