package cn.jixiao.publicsite.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import cn.jixiao.publicsite.PublicSiteStack;
import cn.jixiao.testing.Management;
import cn.jixiao.testing.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
class OperationsTest {

    @Test
    void readinessIncludesTheSearchIndex() {
        PublicSiteStack.awaitSearchIndex();
        given().get(Management.url("/q/health/ready"))
                .then()
                .statusCode(200)
                .body("checks.name", hasItem("search-index"));
    }

    @Test
    void prometheusMetricsIncludeSearchCountersOnTheManagementPort() {
        PublicSiteStack.awaitSearchIndex();
        PublicSiteStack.search("三公经费");
        given().get(Management.url("/q/metrics"))
                .then()
                .statusCode(200)
                .body(containsString("jixiao_search_index_documents"))
                .body(containsString("jixiao_search_queries_total"));
    }

    @Test
    void openApiIsServedOnTheManagementPort() {
        given().get(Management.url("/q/openapi?format=json"))
                .then()
                .statusCode(200)
                .body("paths.'/api/reports'", notNullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics", "/q/openapi"})
    void operationsEndpointsAreNotOnThePublicPort(String path) {
        given().get(path).then().statusCode(404);
    }

    @Test
    void ourFaviconIsServedAndLinked() {
        given().get("/favicon.svg").then().statusCode(200).contentType(containsString("image/svg+xml"));
        given().get("/favicon.ico").then().statusCode(200).contentType(containsString("image/"));
        given().get("/")
                .then()
                .body(containsString("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">"));
    }

    @Test
    void stylesheetIsServed() {
        given().get("/static/site.css").then().statusCode(200).contentType(containsString("text/css"));
    }
}
