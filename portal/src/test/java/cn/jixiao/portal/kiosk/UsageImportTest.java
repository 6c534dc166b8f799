package cn.jixiao.portal.kiosk;

import static cn.jixiao.portal.kiosk.KioskImportFixtures.DEVICE_HEADER;
import static cn.jixiao.portal.kiosk.KioskImportFixtures.POINT_HEADER;
import static cn.jixiao.portal.kiosk.KioskImportFixtures.csv;
import static cn.jixiao.portal.kiosk.KioskImportFixtures.importSheet;
import static cn.jixiao.portal.kiosk.KioskImportFixtures.importUsage;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The daily usage import: all rows or none, exact yearly totals, row errors by line, rights and isolation. */
@QuarkusTest
class UsageImportTest {
    /** The yearly roll-up of this run's devices next to the sum of their daily rows: the two must agree. */
    private static final String ROLL_UP = """
            select y.device_id, y.year, y.transactions, y.days,
                   (select coalesce(sum(u.transactions), 0) from device_usage u where u.device_id = y.device_id
                       and extract(year from u.day) = y.year) as daily_sum,
                   (select count(*) from device_usage u where u.device_id = y.device_id
                       and extract(year from u.day) = y.year) as daily_days
              from device_usage_year y join device d on d.id = y.device_id
             where d.code like ? order by d.code, y.year""";

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    KioskImportFixtures data;

    @BeforeEach
    void seed() {
        data = new KioskImportFixtures(owner);
        data.seedTypes();
        importSheet(
                        "yijinhuoluo-admin",
                        "service-points",
                        "commit",
                        "服务点.csv",
                        csv(POINT_HEADER + data.point("P1", "TT 新北社区服务点", "已投入使用", "新北社区")))
                .then()
                .statusCode(200);
        String inService = "2022-05-01,2022-06-01,2022-06-10,2022-07-01,2022-08-01,合格,2022-08-02,,,,";
        importSheet(
                        "yijinhuoluo-admin",
                        "devices",
                        "commit",
                        "设备.csv",
                        csv(DEVICE_HEADER
                                + data.code("U1") + "," + data.type + ",,,,,旗政务服务局,," + data.code("P1") + ",投入使用,"
                                + inService + "\n"
                                + data.code("U2") + "," + data.type + ",,,,,旗就业和社保局,,,投入使用," + inService + "\n"))
                .then()
                .statusCode(200)
                .body("created", equalTo(2));
    }

    @AfterEach
    void clean() {
        data.clean();
    }

    private String u1() {
        return data.code("U1");
    }

    @Test
    void overlappingImportsKeepTheYearlyTotalsEqualToTheDailyRows() {
        String first = "设备编号,日期,办件量\n" + u1() + ",2023-01-01,10\n" + u1() + ",2023-01-02,20\n" + u1() + ",2023/1/3,30\n"
                + u1() + ",2023-01-04,40\n" + u1() + ",2023-01-05,50\n" + data.code("U2") + ",2023-01-01,5\n";
        String audits =
                "select count(*) from audit_log where entity = 'DeviceUsage' and action = 'IMPORT' and actor = ?";
        long auditsBefore = data.count(audits, "yijinhuoluo-admin");
        importUsage("yijinhuoluo-admin", "preview", "u.csv", csv(first))
                .then()
                .statusCode(200)
                .body("mode", equalTo("preview"))
                .body("inserted", equalTo(6));
        assertEquals(auditsBefore, data.count(audits, "yijinhuoluo-admin"), "a preview writes no audit entry");
        assertEquals(
                0,
                data.count(
                        "select count(*) from device_usage u join device d on d.id = u.device_id"
                                + " where d.code like ?",
                        data.prefix + "%"),
                "a preview saves nothing");

        importUsage("yijinhuoluo-admin", "commit", "u.csv", csv(first))
                .then()
                .statusCode(200)
                .body("mode", equalTo("commit"))
                .body("rows", equalTo(6))
                .body("devices", equalTo(2))
                .body("firstDay", equalTo("2023-01-01"))
                .body("lastDay", equalTo("2023-01-05"))
                .body("inserted", equalTo(6))
                .body("updated", equalTo(0))
                .body("errors.size()", equalTo(0));
        assertEquals(auditsBefore + 1, data.count(audits, "yijinhuoluo-admin"), "a committed file is one audit entry");
        assertYearly(u1(), 2023, 150, 5);

        // the 4th again with a new count, the 5th unchanged, a new day, and a day of the year before
        String second = "设备编号,日期,办件量\n" + u1() + ",2023-01-04,100\n" + u1() + ",2023-01-05,50\n" + u1()
                + ",2023-01-06,7\n" + u1() + ",2022-12-31,3\n";
        importUsage("yijinhuoluo-dept", "commit", "u.csv", csv(second))
                .then()
                .statusCode(200)
                .body("inserted", equalTo(2))
                .body("updated", equalTo(1));
        assertYearly(u1(), 2023, 150 + 60 + 7, 6);
        assertYearly(u1(), 2022, 3, 1);
        for (Map<String, Object> year : data.rows(ROLL_UP, data.prefix + "%")) {
            assertEquals(
                    ((Number) year.get("daily_sum")).longValue(),
                    ((Number) year.get("transactions")).longValue(),
                    "" + year);
            assertEquals(
                    ((Number) year.get("daily_days")).longValue(), ((Number) year.get("days")).longValue(), "" + year);
        }
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-finance"))
                .get("/api/kiosks/devices/" + data.deviceId("U1") + "/usage?year=2023")
                .then()
                .statusCode(200)
                .body("year", equalTo(2023))
                .body("total", equalTo(217))
                .body("days", equalTo(6))
                .body("perDay.size()", equalTo(6))
                .body("perDay[3].day", equalTo("2023-01-04"))
                .body("perDay[3].transactions", equalTo(100));
    }

    @Test
    void badRowsAreListedByLineAndNothingIsSaved() {
        importSheet(
                        "baoshan-admin",
                        "devices",
                        "commit",
                        "设备.csv",
                        csv(DEVICE_HEADER + data.code("BS1") + "," + data.type
                                + ",,,,,zwfwglj,,,已订购,2022-05-01,,,,,,,,,,\n"))
                .then()
                .statusCode(200);
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        String file = "设备编号,日期,办件量\n"
                + u1() + ",2023-02-01,5\n" // 2: fine
                + data.code("NOPE") + ",2023-02-01,1\n" // 3: no such device
                + data.code("BS1") + ",2023-02-01,1\n" // 4: another region's device
                + u1() + ",2023-02-02,-3\n" // 5: negative
                + u1() + ",2023-02-30,1\n" // 6: no such date
                + u1() + ",2023-02-01,6\n" // 7: the same day as line 2
                + u1() + "," + tomorrow + ",1\n" // 8: in the future
                + u1() + ",2022-05-15,1\n" // 9: before the delivery
                + u1() + ",2023-02-03,1.5\n" // 10: not a whole number
                + u1() + ",0000-01-01,1\n"; // 11: a year no one budgets (and the database cannot keep)
        var answer = importUsage("yijinhuoluo-admin", "commit", "u.csv", csv(file))
                .then()
                .statusCode(422)
                .body("errorCount", equalTo(9))
                .extract()
                .jsonPath();
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9, 10, 11), answer.getList("errors.line", Integer.class));
        assertEquals(
                List.of("设备编号", "设备编号", "办件量", "日期", "日期", "日期", "日期", "办件量", "日期"),
                answer.getList("errors.column", String.class));
        List<String> messages = answer.getList("errors.message", String.class);
        assertTrue(messages.get(0).contains("在本地区不存在") && messages.get(1).contains("在本地区不存在"), "" + messages);
        assertTrue(messages.get(2).startsWith("不能为负数"), messages.get(2));
        assertTrue(messages.get(4).startsWith("与第 2 行重复"), messages.get(4));
        assertTrue(messages.get(5).startsWith("日期不能晚于今天"), messages.get(5));
        assertTrue(messages.get(6).startsWith("早于设备的到货日期（2022-06-01）"), messages.get(6));
        assertEquals(
                0,
                data.count(
                        "select count(*) from device_usage u join device d on d.id = u.device_id"
                                + " where d.code like ?",
                        data.prefix + "%"),
                "nothing saved, not even the good line");
        assertEquals(
                0,
                data.count(
                        "select count(*) from device_usage_year y join device d on d.id = y.device_id"
                                + " where d.code like ?",
                        data.prefix + "%"));
    }

    @Test
    void anotherRegionsUserCannotImportThisRegionsDevices() {
        importUsage("baoshan-admin", "commit", "u.csv", csv("设备编号,日期,办件量\n" + u1() + ",2023-01-01,10\n"))
                .then()
                .statusCode(422)
                .body("errors[0].line", equalTo(2))
                .body("errors[0].message", containsString("设备编号「" + u1() + "」在本地区不存在"));
        given().auth()
                .oauth2(Tokens.accessToken("baoshan-admin"))
                .get("/api/kiosks/devices/" + data.deviceId("U1") + "/usage?year=2023")
                .then()
                .statusCode(404);
        assertEquals(0, data.count("select count(*) from device_usage where device_id = ?", data.deviceId("U1")));
    }

    @Test
    void onlyTheBuyerOrKeeperOrAdminImportsAndTheFinanceReviewerOnlyReads() {
        byte[] file = csv("设备编号,日期,办件量\n" + u1() + ",2023-03-01,4\n");
        importUsage("yijinhuoluo-finance", "commit", "u.csv", file)
                .then()
                .statusCode(403)
                .body("message", containsString("可以导入办件量"));
        importUsage("yijinhuoluo-shebao", "commit", "u.csv", file)
                .then()
                .statusCode(422)
                .body("errors[0].message", containsString("无权导入设备「" + u1() + "」的办件量"));
        importUsage("yijinhuoluo-dept", "commit", "u.csv", file)
                .then()
                .statusCode(200)
                .body("inserted", equalTo(1));

        String finance = new String(
                given().auth()
                        .oauth2(Tokens.accessToken("yijinhuoluo-finance"))
                        .get("/api/kiosks/usage/export?year=2023&format=csv")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray(),
                StandardCharsets.UTF_8);
        assertTrue(finance.contains(u1() + ",2023-03-01,4"), finance);
        String shebao = new String(
                given().auth()
                        .oauth2(Tokens.accessToken("yijinhuoluo-shebao"))
                        .get("/api/kiosks/usage/export?year=2023&format=csv")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray(),
                StandardCharsets.UTF_8);
        assertFalse(shebao.contains(u1()), "社保局 neither bought U1 nor keeps its point: " + shebao);
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-shebao"))
                .get("/api/kiosks/devices/" + data.deviceId("U1") + "/usage")
                .then()
                .statusCode(403);
    }

    @Test
    void aGbkCsvFromExcelIsRead() {
        byte[] gbk = ("设备编号,日期,办件量\r\n" + u1() + ",2023/4/1,12\r\n" + u1() + ",2023/4/2,0\r\n")
                .getBytes(Charset.forName("GBK"));
        importUsage("yijinhuoluo-dept", "commit", "办件量.csv", gbk)
                .then()
                .statusCode(200)
                .body("rows", equalTo(2))
                .body("inserted", equalTo(2));
        assertYearly(u1(), 2023, 12, 2);
    }

    @Test
    void exportedUsageImportsBackUnchangedFromCsvAndXlsx() {
        importUsage(
                        "yijinhuoluo-admin",
                        "commit",
                        "u.csv",
                        csv("设备编号,日期,办件量\n" + u1() + ",2023-05-01,3\n" + u1() + ",2023-05-02,4\n" + data.code("U2")
                                + ",2023-05-01,9\n"))
                .then()
                .statusCode(200);
        String pointId = data.rows("select id from service_point where code = ?", data.code("P1"))
                .get(0)
                .get("id")
                .toString();
        for (String format : new String[] {"csv", "xlsx"}) {
            byte[] file = given().auth()
                    .oauth2(Tokens.accessToken("yijinhuoluo-admin"))
                    .get("/api/kiosks/usage/export?year=2023&pointId=" + pointId + "&format=" + format)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray();
            importUsage("yijinhuoluo-admin", "commit", "u." + format, file)
                    .then()
                    .statusCode(200)
                    .body("rows", equalTo(2))
                    .body("inserted", equalTo(0))
                    .body("updated", equalTo(0));
        }
        assertYearly(u1(), 2023, 7, 2);
    }

    @Test
    void aFileOverTheLimitIsRefusedWithAMessage() {
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) '1');
        importUsage("yijinhuoluo-admin", "commit", "big.csv", big)
                .then()
                .statusCode(413)
                .body("message", containsString("文件太大"));
    }

    private void assertYearly(String code, int year, long transactions, int days) {
        var rows = data.rows(
                "select y.transactions, y.days from device_usage_year y join device d on d.id = y.device_id"
                        + " where d.code = ? and y.year = ?",
                code,
                year);
        assertEquals(1, rows.size(), "one roll-up row for " + code + " in " + year);
        assertEquals(transactions, ((Number) rows.get(0).get("transactions")).longValue());
        assertEquals(days, ((Number) rows.get(0).get("days")).intValue());
    }
}
