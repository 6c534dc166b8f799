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
    void everyViewOfTheReportPageCountsOnce() {
        long before = given().get("/api/reports/" + reportId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("views");

        long shownFirst = viewsShown();
        long shownSecond = viewsShown();

        assertEquals(before + 1, shownFirst);
        assertEquals(before + 2, shownSecond);
        given().get("/api/reports/" + reportId).then().statusCode(200).body("views", equalTo((int) (before + 2)));
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

    private long viewsShown() {
        String html = given().get("/reports/" + reportId)
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
