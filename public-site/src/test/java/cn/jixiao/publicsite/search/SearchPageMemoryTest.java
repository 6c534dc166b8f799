package cn.jixiao.publicsite.search;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.publicsite.PublicSiteStack;
import cn.jixiao.testing.TestStack;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A page asked again on the same index is answered from memory, the same page as searched; a client
 * sending {@code Cache-Control: no-cache} has it searched again. (That a publication empties the
 * memory is PublicationFollowTest's: it asks the same query before and after.)
 */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
class SearchPageMemoryTest {
    @Inject
    MeterRegistry metrics;

    @BeforeEach
    void indexIsBuilt() {
        PublicSiteStack.awaitSearchIndex();
    }

    @Test
    void theSamePageAskedAgainComesFromMemoryUnlessTheClientAsksForAFreshSearch() {
        String query = "自助终端 满意度";
        String first = page(query, null);
        assertTrue(first.contains("\"total\":"), first);
        double searched = count("index");
        double remembered = count("memory");

        assertEquals(first, page(query, null), "the page from memory is the page searched");
        assertEquals(remembered + 1, count("memory"));
        assertEquals(searched, count("index"));

        assertEquals(first, page(query, "no-cache"), "a fresh search finds the same page");
        assertEquals(searched + 1, count("index"));
        assertEquals(remembered + 1, count("memory"));
    }

    @Test
    void anotherPageOrFilterIsSearchedNotTakenFromAnothersMemory() {
        page("绩效评价", null);
        double searched = count("index");
        String second = page("绩效评价&page=2&size=1", null);
        assertEquals(searched + 1, count("index"));
        assertTrue(second.contains("\"page\":2"), second);
    }

    private static String page(String query, String cacheControl) {
        var request = given().urlEncodingEnabled(false);
        if (cacheControl != null) {
            request.header("Cache-Control", cacheControl);
        }
        return request.get("/api/reports?q=" + encode(query))
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** The query part before any further parameters, encoded; the rest passes through. */
    private static String encode(String query) {
        int more = query.indexOf('&');
        String text = more < 0 ? query : query.substring(0, more);
        String rest = more < 0 ? "" : query.substring(more);
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8) + rest;
    }

    private double count(String source) {
        var counter = metrics.find("jixiao.search.pages").tag("source", source).counter();
        return counter == null ? 0 : counter.count();
    }
}
