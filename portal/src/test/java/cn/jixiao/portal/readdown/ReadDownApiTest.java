package cn.jixiao.portal.readdown;

import static cn.jixiao.portal.BookFixtures.amount;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.portal.BookFixtures;
import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Cities over counties through the API: 鄂尔多斯市's finance reviewer reads 伊金霍洛旗's figures side by
 * side and summed, exactly as 伊金霍洛旗's own dashboards give them; nobody else reads down, and nothing
 * of a sibling or an unrelated region is ever included.
 */
@QuarkusTest
class ReadDownApiTest {
    static final String PARENT = "ordos-finance";
    static final String CHILD = "150627";
    static final int BOOKS_YEAR = 2021;
    static final int KIOSK_YEAR = 2022;
    static final List<String> RATIO_KEYS = List.of(
            "staffControlRate",
            "threePublicControlRate",
            "threePublicChangeRate",
            "publicFundsControlRate",
            "procurementExecutionRate",
            "fixedAssetUtilizationRate",
            "budgetAdjustmentRate",
            "budgetCompletionRate");

    @Test
    void parentFinanceReviewerSeesTheChildsRatiosSideBySideAndSummed() {
        JsonPath own = json("yijinhuoluo-finance", "/api/ratios?year=" + BOOKS_YEAR, 200);
        JsonPath regions = json(PARENT, "/api/dashboard/regions?year=" + BOOKS_YEAR, 200);

        assertEquals("150600", regions.getString("regionCode"));
        assertEquals(1, regions.getInt("regionCount"));
        assertEquals(List.of(CHILD), regions.getList("regions.code"));
        assertEquals("伊金霍洛旗", regions.getString("regions[0].name"));
        assertEquals(own.getInt("departmentCount"), regions.getInt("regions[0].departmentCount"));
        assertEquals(own.getInt("departmentCount"), regions.getInt("departmentCount"));
        for (String key : RATIO_KEYS) {
            Object childOwn = own.get(key);
            assertEquals(childOwn, regions.get("regions[0].ratios." + key), key + " as the child's own dashboard");
            // one child: the sum is the child's region total
            assertEquals(childOwn, regions.get("ratios." + key), key + " summed");
            assertEquals(own.getMap("details." + key), regions.getMap("details." + key), key + " terms");
        }
        // the seed's 预算完成率 of 伊金霍洛旗政务服务局, the only department with 2021 books there
        given().auth()
                .oauth2(Tokens.accessToken(PARENT))
                .config(BookFixtures.DECIMALS)
                .get("/api/dashboard/regions?year=" + BOOKS_YEAR)
                .then()
                .body("ratios.budgetCompletionRate", amount("81.38"))
                .body("regions[0].ratios.budgetCompletionRate", amount("81.38"));
    }

    @Test
    void oneChildsRatiosReadDownAreExactlyItsOwn() {
        Map<String, Object> own = json("yijinhuoluo-finance", "/api/ratios?year=" + BOOKS_YEAR, 200)
                .getMap("");
        Map<String, Object> readDown = json(PARENT, "/api/dashboard/regions/" + CHILD + "?year=" + BOOKS_YEAR, 200)
                .getMap("");
        assertEquals(own, readDown);
        assertEquals(CHILD, readDown.get("tenantCode"));
    }

    @Test
    void parentSeesTheChildsKioskSummarySideBySideAndSummed() {
        JsonPath own = json("yijinhuoluo-finance", "/api/kiosks/summary?year=" + KIOSK_YEAR, 200);
        JsonPath regions = json(PARENT, "/api/kiosks/summary/regions?year=" + KIOSK_YEAR, 200);
        assertEquals(List.of(CHILD), regions.getList("regions.code"));
        for (String key : List.of(
                "deviceCount",
                "acceptedCount",
                "acceptedRate",
                "inServiceCount",
                "inServiceRate",
                "overdueAcceptanceCount",
                "paidNotAcceptedCount",
                "openFaultCount",
                "transactions",
                "deviceDays",
                "transactionsPerDevicePerDay",
                "pointsWithoutDeviceInServiceCount")) {
            Object childOwn = own.get(key);
            assertEquals(childOwn, regions.get("regions[0].figures." + key), key + " as the child's own summary");
            assertEquals(childOwn, regions.get("total." + key), key + " summed");
        }
        assertEquals(27, regions.getInt("total.deviceCount"), "the seed's 27 kiosks");
        assertEquals(
                own.getMap(""),
                json(PARENT, "/api/kiosks/summary/regions/" + CHILD + "?year=" + KIOSK_YEAR, 200)
                        .getMap(""));
    }

    @Test
    void twoChildrenStandSideBySideAndTheirTermsAreSummedUntilTheGrantIsWithdrawn() {
        // a second county under 鄂尔多斯市 with one 2021 budget: 500 of 1000 spent
        String second = "150697";
        BookFixtures.execute(
                "insert into region (code, name, level, parent_code) values (?, '测试旗三', 'COUNTY', '150600')"
                        + " on conflict (code) do nothing",
                second);
        BookFixtures.execute(
                "insert into tenant (code, slug, status) values (?, 'readdown-second', 'ACTIVE') on conflict (code) do nothing",
                second);
        BookFixtures.execute(
                "insert into department (tenant_id, code, name) values (?, 'czj', '测试旗三财政局') on conflict do nothing",
                second);
        BookFixtures.ownerBudget(second, "czj", BOOKS_YEAR, "1000", "500");
        BookFixtures.execute("insert into tenant_read_grant (reader, readable) values ('150600', ?)", second);
        try {
            JsonPath own = json("yijinhuoluo-finance", "/api/ratios?year=" + BOOKS_YEAR, 200);
            JsonPath regions = json(PARENT, "/api/dashboard/regions?year=" + BOOKS_YEAR, 200);
            assertEquals(List.of(CHILD, second), regions.getList("regions.code"));
            assertEquals(2, regions.getInt("regionCount"));
            assertEquals(1, regions.getInt("regions[1].departmentCount"), "the second county's own department only");
            assertEquals(
                    own.getInt("departmentCount") + 1,
                    regions.getInt("departmentCount"),
                    "departments with books in all");
            assertEquals(own.getMap("details"), regions.getMap("regions[0].details"), "the first county unchanged");
            var numerator = new java.math.BigDecimal(own.getString("details.budgetCompletionRate.numerator"))
                    .add(new java.math.BigDecimal("500"));
            var denominator = new java.math.BigDecimal(own.getString("details.budgetCompletionRate.denominator"))
                    .add(new java.math.BigDecimal("1000"));
            var expected = numerator
                    .multiply(java.math.BigDecimal.valueOf(100))
                    .divide(denominator, 2, java.math.RoundingMode.HALF_UP);
            given().auth()
                    .oauth2(Tokens.accessToken(PARENT))
                    .config(BookFixtures.DECIMALS)
                    .get("/api/dashboard/regions?year=" + BOOKS_YEAR)
                    .then()
                    .body("regions[1].ratios.budgetCompletionRate", amount("50.00"))
                    .body("details.budgetCompletionRate.numerator", amount(numerator.toPlainString()))
                    .body("details.budgetCompletionRate.denominator", amount(denominator.toPlainString()))
                    .body("ratios.budgetCompletionRate", amount(expected.toPlainString()));
            // the second county has no kiosks: the sum is the first county's
            JsonPath kiosks = json(PARENT, "/api/kiosks/summary/regions?year=" + KIOSK_YEAR, 200);
            assertEquals(0, kiosks.getInt("regions[1].figures.deviceCount"));
            assertEquals(kiosks.getInt("regions[0].figures.deviceCount"), kiosks.getInt("total.deviceCount"));
            json(PARENT, "/api/dashboard/regions/" + second + "?year=" + BOOKS_YEAR, 200);
            // siblings still see nothing of each other
            json("yijinhuoluo-finance", "/api/dashboard/regions/" + second + "?year=" + BOOKS_YEAR, 404);
        } finally {
            BookFixtures.execute("delete from tenant_read_grant where reader = '150600' and readable = ?", second);
        }
        // a withdrawn grant takes effect at once
        json(PARENT, "/api/dashboard/regions/" + second + "?year=" + BOOKS_YEAR, 404);
        assertEquals(
                List.of(CHILD),
                json(PARENT, "/api/dashboard/regions?year=" + BOOKS_YEAR, 200).getList("regions.code"));
    }

    @Test
    void readingDownLeavesTheParentsOwnRoutesInItsOwnRegion() {
        json(PARENT, "/api/dashboard/regions?year=" + BOOKS_YEAR, 200);
        given().auth()
                .oauth2(Tokens.accessToken(PARENT))
                .get("/api/departments?size=200")
                .then()
                .statusCode(200)
                .body("items.name", everyItem(containsString("鄂尔多斯市")))
                .body("items", not(hasSize(0)));
        // the parent's own region has no 2021 books: its own ratios are not the child's
        json(PARENT, "/api/ratios?year=" + BOOKS_YEAR, 404);
    }

    @Test
    void childUsersCannotReadTheParentNorReadDown() {
        for (String route : List.of(
                "/api/dashboard/regions?year=" + BOOKS_YEAR,
                "/api/dashboard/regions/150600?year=" + BOOKS_YEAR,
                "/api/kiosks/summary/regions?year=" + KIOSK_YEAR,
                "/api/kiosks/summary/regions/150600?year=" + KIOSK_YEAR)) {
            // a county's finance reviewer and admin: their region reads no region below it
            json("yijinhuoluo-finance", route, 404);
            json("yijinhuoluo-admin", route, 404);
            // a department editor reads no other region at all
            json("yijinhuoluo-dept", route, 403);
        }
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-finance"))
                .get("/api/departments?size=200")
                .then()
                .statusCode(200)
                .body("items.name", everyItem(not(containsString("鄂尔多斯市"))));
        long parentsDepartment = BookFixtures.departmentId("150600", "czj");
        json("yijinhuoluo-finance", "/api/departments/" + parentsDepartment, 404);
    }

    @Test
    void siblingsUnrelatedRegionsAndForgedCodesAre404() {
        // a sibling of 伊金霍洛旗 under 鄂尔多斯市, a tenant without a grant
        String sibling = "150699";
        BookFixtures.execute(
                "insert into region (code, name, level, parent_code) values (?, '测试旗', 'COUNTY', '150600')"
                        + " on conflict (code) do nothing",
                sibling);
        BookFixtures.execute(
                "insert into tenant (code, slug, status) values (?, 'readdown-sibling', 'ACTIVE') on conflict (code) do nothing",
                sibling);
        for (String code : List.of(sibling, "530500", "430600", "150600", "150000", "999999", "abc", "15062")) {
            json(PARENT, "/api/dashboard/regions/" + code + "?year=" + BOOKS_YEAR, 404);
            json(PARENT, "/api/kiosks/summary/regions/" + code + "?year=" + KIOSK_YEAR, 404);
        }
        String body = given().auth()
                .oauth2(Tokens.accessToken(PARENT))
                .get("/api/dashboard/regions?year=" + BOOKS_YEAR)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (String other : List.of(sibling, "530500", "430600", "保山", "岳阳", "测试旗")) {
            assertFalse(body.contains(other), other + " is not a region 鄂尔多斯市 reads");
        }
        // unrelated cities read down to nothing
        json("baoshan-finance", "/api/dashboard/regions?year=" + BOOKS_YEAR, 404);
        json("yueyang-finance", "/api/kiosks/summary/regions/" + CHILD + "?year=" + KIOSK_YEAR, 404);
    }

    @Test
    void badYearsAre400() {
        json(PARENT, "/api/dashboard/regions", 400);
        json(PARENT, "/api/dashboard/regions?year=abc", 400);
        json(PARENT, "/api/kiosks/summary/regions/" + CHILD + "?year=99999", 400);
    }

    @Test
    void pagesShowTheRegionsBelowReadOnly() {
        String html = given().auth()
                .oauth2(Tokens.accessToken(PARENT))
                .get("/dashboard/regions?year=" + BOOKS_YEAR)
                .then()
                .statusCode(200)
                .body(containsString("data-region=\"150627\""))
                .body(containsString("81.38%"))
                .body(containsString("只读"))
                .extract()
                .asString();
        assertFalse(html.contains("<form data-json-action"), "nothing to change on a read-down page");
        String kiosks = given().auth()
                .oauth2(Tokens.accessToken(PARENT))
                .get("/kiosks/summary/regions?year=" + KIOSK_YEAR)
                .then()
                .statusCode(200)
                .body(containsString("data-region=\"sum\""))
                .extract()
                .asString();
        assertTrue(kiosks.contains("伊金霍洛旗"), kiosks);
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-dept"))
                .get("/dashboard/regions?year=" + BOOKS_YEAR)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-finance"))
                .get("/kiosks/summary/regions?year=" + KIOSK_YEAR)
                .then()
                .statusCode(404);
    }

    private static JsonPath json(String user, String path, int status) {
        return given().auth()
                .oauth2(Tokens.accessToken(user))
                .config(BookFixtures.DECIMALS) // exact decimals, compared as written
                .get(path)
                .then()
                .statusCode(status)
                .extract()
                .jsonPath();
    }
}
