package cn.jixiao.publicsite.search;

import static cn.jixiao.publicsite.PublicSiteStack.search;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.publicsite.PublicSiteStack;
import cn.jixiao.testing.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Facets with counts, filters, the two orders, paging past the end, synonyms and the empty state. */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
class SearchFeaturesTest {

    @BeforeEach
    void indexIsBuilt() {
        PublicSiteStack.awaitSearchIndex();
    }

    private static JsonPath api(Map<String, ?> params) {
        return given().queryParams(params)
                .get("/api/reports")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void facetsCountTheMatchingReportsPerRegionYearKindGradeAndPublisher() {
        JsonPath all = api(Map.of());
        long total = all.getLong("total");

        for (String dim : List.of("region", "publisher", "year", "kind", "grade")) {
            List<Integer> counts = all.getList("facets." + dim + ".count", Integer.class);
            assertFalse(counts.isEmpty(), dim + " has values");
            assertEquals(
                    total, counts.stream().mapToLong(Integer::longValue).sum(), dim + " counts add up to the total");
        }
        Map<String, Object> baoshan = all.getMap("facets.region.find { it.value == '530500' }");
        assertEquals("保山市", baoshan.get("label"));
        assertTrue((Integer) baoshan.get("count") >= 2, "保山市 has its two demo reports");
        assertEquals("良", all.getString("facets.grade.find { it.value == 'GOOD' }.label"));
        assertEquals("第三方评价", all.getString("facets.kind.find { it.value == 'THIRD_PARTY' }.label"));

        JsonPath kiosk = search("自助终端");
        assertEquals(
                kiosk.getLong("total"),
                kiosk.getList("facets.region.count", Integer.class).stream()
                        .mapToLong(Integer::longValue)
                        .sum(),
                "facets count the matches of the query, not every report");
    }

    @Test
    void regionAndYearFiltersKeepOnlyTheirReportsAndTheirFacetCountIsTheTotal() {
        JsonPath baoshan = api(Map.of("region", "530500"));
        assertTrue(baoshan.getLong("total") >= 2);
        assertTrue(baoshan.getList("hits.region", String.class).stream().allMatch("保山市"::equals));
        assertEquals(List.of("530500"), baoshan.getList("facets.region.value"));

        String year = baoshan.getString("facets.year[0].value");
        long yearCount = baoshan.getLong("facets.year[0].count");
        JsonPath both = api(Map.of("region", "530500", "year", year));
        assertEquals(yearCount, both.getLong("total"));
        assertTrue(both.getList("hits.year", Integer.class).stream().allMatch(y -> y == Integer.parseInt(year)));

        JsonPath none = api(Map.of("q", "自助终端", "region", "430600", "grade", "POOR"));
        assertEquals(0, none.getLong("total"));
    }

    @Test
    void dateOrderListsTheNewestFirstAndRelevanceTheBestMatch() {
        List<String> byDate = api(Map.of("q", "绩效", "sort", "date", "size", 50)).getList("hits.publishedOn");
        assertTrue(byDate.size() >= 3);
        assertEquals(byDate.stream().sorted((a, b) -> b.compareTo(a)).toList(), byDate);

        JsonPath byRelevance = api(Map.of("q", "一窗受理", "sort", "relevance"));
        assertEquals(SearchTest.YUEYANG_ONE_WINDOW, byRelevance.getString("hits[0].indexNo"));
    }

    @Test
    void aPagePastTheLastAnswersNoHitsAndTheLastPageNumber() {
        JsonPath first = api(Map.of("q", "保山", "size", 1));
        long total = first.getLong("total");
        assertEquals(total, first.getLong("pages"));

        JsonPath past = api(Map.of("q", "保山", "size", 1, "page", total + 5));
        assertEquals(total, past.getLong("total"));
        assertEquals(total, past.getLong("pages"));
        assertEquals(0, past.getList("hits").size());

        var redirect = given().redirects().follow(false).get("/search?q=保山&region=530500&page=9");
        assertEquals(303, redirect.statusCode());
        assertTrue(redirect.header("Location").contains("region=530500"), redirect.header("Location"));
        assertFalse(redirect.header("Location").contains("page=9"), redirect.header("Location"));
    }

    @Test
    void governmentSynonymsFindReportsThatUseAnotherWord() {
        // 自助机 and 便民热线 occur in no demo report: the synonym list finds 自助终端/一体机 and 12345/政务热线
        List<String> kiosks = search("自助机").getList("hits.indexNo");
        assertTrue(
                kiosks.subList(0, Math.min(2, kiosks.size())).contains(SearchTest.KIOSK_EVALUATION), kiosks.toString());
        JsonPath hotline = search("便民热线");
        assertTrue(hotline.getLong("total") > 0);
        assertTrue(
                hotline.getString("hits[0].snippet").matches(".*(12345|热线).*"), hotline.getString("hits[0].snippet"));
    }

    @Test
    void wrongFiltersAndOrderAreRefusedWithAMessagePerField() {
        given().queryParam("year", "abc")
                .get("/api/reports")
                .then()
                .statusCode(400)
                .body("error", equalTo("invalid"))
                .body("message", containsString("年度"))
                .body("fields.field", hasItem("year"));
        given().queryParams(Map.of("region", "12", "kind", "NONE", "grade", "A+", "sort", "best", "page", "0"))
                .get("/api/reports")
                .then()
                .statusCode(400)
                .body("fields", hasSize(5))
                .body("fields.field", hasItem("region"))
                .body("fields.field", hasItem("kind"))
                .body("fields.field", hasItem("grade"))
                .body("fields.field", hasItem("sort"))
                .body("fields.field", hasItem("page"));
        // the page leaves a wrong filter out instead of failing
        given().get("/search?q=保山&year=abc").then().statusCode(200).body(containsString("保山"));
    }

    @Test
    void theEmptyStateOffersToDropTheFiltersAndPopularSearches() {
        String html = given().get("/search?q=自助终端&region=430600&grade=POOR")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(html.contains("id=\"no-results\""), html);
        assertTrue(
                html.contains("id=\"drop-filters\" ") || html.contains("id=\"drop-filters\""),
                "offers to drop the filters");
        assertTrue(html.contains("/search?q=%E8%87%AA%E5%8A%A9%E7%BB%88%E7%AB%AF\""), "the link keeps the query only");
        assertTrue(html.contains("热门检索"));
        assertFalse(html.contains("第 1 页 / 共"), "no page links without results");
    }
}
