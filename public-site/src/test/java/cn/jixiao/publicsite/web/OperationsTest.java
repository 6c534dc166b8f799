package cn.jixiao.publicsite.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import cn.jixiao.publicsite.PublicSiteStack;
import cn.jixiao.testing.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
class OperationsTest {

    @Test
    void readinessIncludesTheSearchIndex() {
        PublicSiteStack.awaitSearchIndex();
        given().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem("search-index"));
    }

    @Test
    void prometheusMetricsIncludeSearchCounters() {
        PublicSiteStack.awaitSearchIndex();
        PublicSiteStack.search("三公经费");
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("jixiao_search_index_documents"))
                .body(containsString("jixiao_search_queries_total"));
    }

    @Test
    void stylesheetIsServed() {
        given().get("/static/site.css").then().statusCode(200).contentType(containsString("text/css"));
    }
}
