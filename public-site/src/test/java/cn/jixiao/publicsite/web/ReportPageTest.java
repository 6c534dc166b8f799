package cn.jixiao.publicsite.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.publicsite.PublicSiteStack;
import cn.jixiao.testing.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
class ReportPageTest {
    private static final String BAOSHAN_DEPARTMENT = "57980172-X-/2022-0712008";
    static final String BROWSER =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";
    static final String PHONE =
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.49";
    private static final Pattern VIEWS = Pattern.compile("<td id=\"meta-views\">(\\d+)</td>");

    private long reportId;

    @BeforeEach
    void findReport() {
        PublicSiteStack.awaitSearchIndex();
        reportId = PublicSiteStack.idOf(BAOSHAN_DEPARTMENT);
    }

    @Test
    void reportPageShowsTheDisclosureMetadataTable() {
        given().when()
                .get("/reports/" + reportId)
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<th>索引号</th><td id=\"meta-index-no\">57980172-X-/2022-0712008</td>"))
                .body(containsString("<th>发布机构</th><td id=\"meta-publisher\">保山市政务服务管理局</td>"))
                .body(containsString("<th>公开目录</th><td id=\"meta-catalog\">自评报告</td>"))
                .body(containsString("<th>发布日期</th><td id=\"meta-published-on\">2022-07-12</td>"))
                .body(containsString("<th>文号</th>"))
                .body(containsString("<th>主题词</th><td id=\"meta-keywords\">绩效自评 部门整体支出 三公经费"))
                .body(containsString("<th>浏览量</th>"));
    }

    @Test
    void reportPageRendersTitleGradeAndBodyMarkup() {
        given().when()
                .get("/reports/" + reportId)
                .then()
                .statusCode(200)
                .body(containsString("保山市政务服务管理局2021年度部门整体支出绩效自评报告</h1>"))
                .body(containsString("class=\"grade grade-EXCELLENT\">优</span> 97分"))
                .body(containsString("<h2>一、部门基本情况</h2>"))
                .body(containsString("<li>编制：2021年在职编制30名"))
                .body(containsString("<p>三公经费：2021年预算7.30万元"))
                .body(containsString("发布于 2022年7月12日"));
    }

    @Test
    void aPersonCountsOnceADayReloadsRobotsHeadAndPrefetchDoNot() {
        long before = viewsInApi();

        assertEquals(before + 1, viewsShown(BROWSER, "203.0.113.7"));
        assertEquals(before + 1, viewsShown(BROWSER, "203.0.113.7"), "a reload is the same person");
        assertEquals(before + 2, viewsShown(BROWSER, "203.0.113.8"), "another address is another person");
        assertEquals(before + 3, viewsShown(PHONE, "203.0.113.7"), "another browser is another person");
        assertEquals(before + 3, viewsShown("Mozilla/5.0 (compatible; Baiduspider/2.0)", "203.0.113.9"));
        assertEquals(before + 3, viewsShown("Mozilla/5.0 (compatible; Googlebot/2.1)", "203.0.113.10"));
        assertEquals(before + 3, viewsShown("curl/8.5.0", "203.0.113.11"));
        given().header("User-Agent", BROWSER)
                .header("X-Forwarded-For", "203.0.113.12")
                .head("/reports/" + reportId)
                .then()
                .statusCode(200);
        given().header("User-Agent", BROWSER)
                .header("X-Forwarded-For", "203.0.113.13")
                .header("Sec-Purpose", "prefetch")
                .get("/reports/" + reportId)
                .then()
                .statusCode(200);
        assertEquals(before + 3, viewsInApi(), "HEAD and a prefetch count nobody");
    }

    @Test
    void apiGivesTheReportWithItsDisclosureMetadata() {
        given().when()
                .get("/api/reports/" + reportId)
                .then()
                .statusCode(200)
                .body("indexNo", equalTo(BAOSHAN_DEPARTMENT))
                .body("publisher", equalTo("保山市政务服务管理局"))
                .body("catalog", equalTo("自评报告"))
                .body("publishedOn", equalTo("2022-07-12"))
                .body("region", equalTo("保山市"))
                .body("year", equalTo(2021))
                .body("score", equalTo(97.0f))
                .body("grade", equalTo("EXCELLENT"))
                .body("gradeLabel", equalTo("优"))
                .body("status", equalTo("PUBLISHED"))
                .body("body", startsWith("## 一、部门基本情况"));
    }

    @Test
    void unknownReportIsAFriendly404Page() {
        given().when()
                .get("/reports/999999999")
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("未找到该报告"));
        given().when().get("/reports/not-a-number").then().statusCode(404).body(containsString("未找到该报告"));
    }

    @Test
    void unknownReportInTheApiIsA404WithAChineseMessage() {
        given().when()
                .get("/api/reports/999999999")
                .then()
                .statusCode(404)
                .contentType(containsString("application/json"))
                .body("status", equalTo(404))
                .body("message", containsString("未找到该报告"));
    }

    private long viewsInApi() {
        return given().get("/api/reports/" + reportId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("views");
    }

    private long viewsShown(String userAgent, String address) {
        String html = given().header("User-Agent", userAgent)
                .header("X-Forwarded-For", address)
                .get("/reports/" + reportId)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Matcher matcher = VIEWS.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no view count on the report page");
        }
        return Long.parseLong(matcher.group(1));
    }
}
