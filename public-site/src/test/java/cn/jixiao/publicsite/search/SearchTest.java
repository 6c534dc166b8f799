package cn.jixiao.publicsite.search;

import static cn.jixiao.publicsite.PublicSiteStack.search;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.publicsite.PublicSiteStack;
import cn.jixiao.testing.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
class SearchTest {
    static final String KIOSK_EVALUATION = "11150627-X-/2023-0418001";
    static final String YIJINHUOLUO_DEPARTMENT = "11150627-X-/2022-0920002";
    static final String BAOSHAN_DEVICES = "57980172-X-/2019-0621006";
    static final String YUEYANG_ONE_WINDOW = "12430600-X-/2020-0609001";
    static final String BAOSHAN_DEPARTMENT = "57980172-X-/2022-0712008";

    @BeforeEach
    void indexIsBuilt() {
        PublicSiteStack.awaitSearchIndex();
    }

    @Test
    void citizenFindsKioskEvaluationBySelfServiceTerminal() {
        assertFirstHit("自助终端", KIOSK_EVALUATION);
    }

    @Test
    void citizenFindsYueyangOneWindowReportByOneWindowAcceptance() {
        assertFirstHit("一窗受理", YUEYANG_ONE_WINDOW);
    }

    @Test
    void citizenFindsBaoshanDepartmentReportByThreePublicExpenses() {
        assertFirstHit("三公经费", BAOSHAN_DEPARTMENT);
    }

    @Test
    void citizenFindsBothYijinhuoluoReportsByRegionName() {
        JsonPath result = search("伊金霍洛旗");

        assertTrue(result.getInt("total") >= 2);
        assertEquals(
                Set.of(KIOSK_EVALUATION, YIJINHUOLUO_DEPARTMENT),
                Set.copyOf(result.getList("hits.indexNo").subList(0, 2)));
    }

    @Test
    void citizenFindsBaoshanDeviceProjectBySmartDevices() {
        assertFirstHit("智能化设备", BAOSHAN_DEVICES);
    }

    @Test
    void citizenFindsBaoshanReportsByCityName() {
        JsonPath result = search("保山");

        assertTrue(result.getInt("total") >= 2);
        assertTrue(
                result.<String>getList("hits.indexNo")
                        .subList(0, 2)
                        .containsAll(List.of(BAOSHAN_DEVICES, BAOSHAN_DEPARTMENT)),
                "first hits: " + result.getList("hits.indexNo") + " " + result.getList("hits.title"));
    }

    @Test
    void citizenFindsBaoshanThreePublicExpensesTypedWithoutSpaces() {
        JsonPath result = search("保山三公经费");

        assertEquals(BAOSHAN_DEPARTMENT, result.getString("hits[0].indexNo"));
        assertEquals(1, result.getInt("total"), "only the report with both 保山 and 三公经费");
    }

    @Test
    void singleCharacterQueryFindsTheBannerRegion() {
        JsonPath result = search("旗");

        assertTrue(result.getInt("total") >= 2);
        assertEquals(
                Set.of(KIOSK_EVALUATION, YIJINHUOLUO_DEPARTMENT),
                Set.copyOf(result.getList("hits.indexNo").subList(0, 2)));
    }

    @Test
    void hostileSyntaxStillFindsTheWordsInIt() {
        JsonPath result = search("\"三公 AND (");

        assertTrue(result.getInt("total") > 0);
        assertTrue(Set.of(BAOSHAN_DEPARTMENT, YIJINHUOLUO_DEPARTMENT).contains(result.getString("hits[0].indexNo")));
    }

    @Test
    void citizenFindsAReportByItsIndexNumber() {
        assertFirstHit(BAOSHAN_DEPARTMENT, BAOSHAN_DEPARTMENT);
    }

    @Test
    void hitsCarryTheFieldsOfTheListAndAMarkedSnippet() {
        given().queryParam("q", "一窗受理")
                .when()
                .get("/api/reports")
                .then()
                .statusCode(200)
                .body("hits[0].id", notNullValue())
                .body("hits[0].title", containsString("一窗受理"))
                .body("hits[0].publisher", equalTo("岳阳市政务服务中心"))
                .body("hits[0].publishedOn", equalTo("2020-06-09"))
                .body("hits[0].region", equalTo("岳阳市"))
                .body("hits[0].gradeLabel", equalTo("优"))
                .body("hits[0].snippet", containsString("一窗受理"));
    }

    @Test
    void nonsenseFindsNothing() {
        given().queryParam("q", "zzqxv量子纠缠火箭")
                .when()
                .get("/api/reports")
                .then()
                .statusCode(200)
                .body("total", equalTo(0))
                .body("hits", hasSize(0));
    }

    @Test
    void hostileQuerySyntaxIsSearchedAsText() {
        for (String hostile : List.of("\"三公 AND (", "title:*", "a OR", "[1 TO", "\\", "~~^^", "&& || !", "（）")) {
            given().queryParam("q", hostile)
                    .when()
                    .get("/api/reports")
                    .then()
                    .statusCode(200)
                    .body("total", greaterThanOrEqualTo(0));
            given().queryParam("q", hostile).when().get("/search").then().statusCode(200);
        }
    }

    @Test
    void withoutQueryTheLatestReportsComeFirst() {
        List<String> dates = search("").getList("hits.publishedOn");

        assertTrue(dates.size() >= 5);
        assertEquals(dates.stream().sorted((a, b) -> b.compareTo(a)).toList(), dates);
    }

    @Test
    void pagesSplitTheResultList() {
        JsonPath first = given().queryParam("page", 1)
                .queryParam("size", 2)
                .get("/api/reports")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath second = given().queryParam("page", 2)
                .queryParam("size", 2)
                .get("/api/reports")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertEquals(2, first.getList("hits").size());
        assertEquals(2, second.getList("hits").size());
        assertEquals(first.getInt("total"), second.getInt("total"));
        assertTrue(first.getInt("total") >= 5);
        List<Long> firstIds = first.getList("hits.id", Long.class);
        second.getList("hits.id", Long.class).forEach(id -> assertTrue(!firstIds.contains(id)));
        assertNotEquals(first.getList("hits.id"), second.getList("hits.id"));
    }

    @Test
    void pageSizeAboveFiftyIsRefusedWithAMessage() {
        given().queryParam("size", 51)
                .when()
                .get("/api/reports")
                .then()
                .statusCode(400)
                .body("error", equalTo("invalid"))
                .body("message", containsString("每页条数"))
                .body("fields.field", hasItems("size"));
        given().queryParam("page", "abc")
                .when()
                .get("/api/reports")
                .then()
                .statusCode(400)
                .body("fields.field", hasItems("page"));
    }

    @Test
    void searchPageShowsCountMarkedSnippetsAndPublisher() {
        given().queryParam("q", "三公经费")
                .when()
                .get("/search")
                .then()
                .statusCode(200)
                .body(containsString("id=\"total\">"))
                .body(containsString("<mark>"))
                .body(containsString("保山市政务服务管理局"))
                .body(not(containsString("未找到相关报告")));
    }

    @Test
    void searchPageSaysSoWhenNothingIsFound() {
        given().queryParam("q", "zzqxv量子纠缠火箭")
                .when()
                .get("/search")
                .then()
                .statusCode(200)
                .body(containsString("未找到相关报告"));
    }

    @Test
    void homePageListsTheLatestReports() {
        // other suites publish into the same database, so "latest" is whatever the API says is newest
        JsonPath newest = given().queryParam("sort", "date")
                .queryParam("size", 2)
                .when()
                .get("/api/reports")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String home = given().when()
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("name=\"q\""))
                .extract()
                .asString();
        String latest = home.substring(home.indexOf("id=\"latest-reports\""));
        int first = latest.indexOf("/reports/" + newest.getLong("hits[0].id") + "\"");
        int second = latest.indexOf("/reports/" + newest.getLong("hits[1].id") + "\"");
        assertTrue(first > 0, "the newest report is listed first: " + newest.getString("hits[0].title"));
        assertTrue(second > first, "the second newest comes after it");
    }

    private static void assertFirstHit(String q, String indexNo) {
        JsonPath result = search(q);
        assertTrue(result.getInt("total") > 0, "no hits for " + q);
        assertEquals(
                indexNo,
                result.getString("hits[0].indexNo"),
                "first hit for " + q + ": " + result.getList("hits.title"));
    }
}
