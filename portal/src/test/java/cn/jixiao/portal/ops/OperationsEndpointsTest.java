package cn.jixiao.portal.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;

import cn.jixiao.testing.Management;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Health, metrics and the OpenAPI document answer on the management port only, never where users come. */
@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void readinessCoversDatabaseAndObjectStorage() {
        given().get(Management.url("/q/health/ready"))
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("object-storage"));
    }

    @Test
    void prometheusMetricsAreExposed() {
        given().get(Management.url("/q/metrics")).then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void openApiDescribesTheJsonApi() {
        given().get(Management.url("/q/openapi?format=json"))
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/me"))
                .body("paths", hasKey("/api/departments/{id}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/ready", "/q/metrics", "/q/openapi"})
    void operationsEndpointsAreNotOnThePortalsOwnPort(String path) {
        given().redirects().follow(false).get(path).then().statusCode(404);
    }
}
