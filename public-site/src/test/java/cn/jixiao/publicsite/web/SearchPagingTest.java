package cn.jixiao.publicsite.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.publicsite.PublicSiteStack;
import cn.jixiao.testing.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Public paging never shows an impossible range such as "第 11–5 篇". */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
class SearchPagingTest {
    private static final Pattern RANGE = Pattern.compile("（第 (\\d+)–(\\d+) 篇）");

    @Test
    void aPagePastTheLastShowsTheLastPage() {
        PublicSiteStack.awaitSearchIndex();
        long total = given().get("/api/reports")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
        long lastPage = Math.max(1, (total + 9) / 10);

        var redirect = given().redirects().follow(false).get("/search?page=" + (lastPage + 10));
        assertEquals(303, redirect.statusCode());
        String expected = lastPage == 1 ? "/search" : "/search?page=" + lastPage;
        assertTrue(redirect.header("Location").endsWith(expected), redirect.header("Location"));

        String html = given().get("/search?page=" + (lastPage + 10))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        var range = RANGE.matcher(html);
        assertTrue(range.find(), "the last page shows its range");
        long from = Long.parseLong(range.group(1));
        long to = Long.parseLong(range.group(2));
        assertTrue(from <= to && to == total, "第 " + from + "–" + to + " 篇 of " + total);
    }

    @Test
    void aSearchWithoutResultsShowsTheEmptyStateOnAnyPage() {
        PublicSiteStack.awaitSearchIndex();
        String html = given().get("/search?q=没有这样的报告xyz&page=7")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(html.contains("未找到相关报告"), html);
        assertTrue(!RANGE.matcher(html).find(), "no range when nothing matches");
    }
}
