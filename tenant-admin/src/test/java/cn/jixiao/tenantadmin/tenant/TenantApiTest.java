package cn.jixiao.tenantadmin.tenant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.testing.Management;
import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class TenantApiTest {

    @Test
    void platformAdminListsTenantsWithRegionParentAndDepartmentCount() {
        given().auth()
                .oauth2(Tokens.tenantAdminAccessToken("platform-admin"))
                .get("/api/tenants")
                .then()
                .statusCode(200)
                .body("slug", hasItem("baoshan"))
                .body("find { it.slug == 'baoshan' }.name", equalTo("保山市"))
                .body("find { it.slug == 'baoshan' }.level", equalTo("CITY"))
                .body("find { it.slug == 'baoshan' }.parentName", equalTo("云南省"))
                .body("find { it.slug == 'baoshan' }.status", equalTo("ACTIVE"))
                .body("find { it.slug == 'baoshan' }.departmentCount", greaterThan(0))
                .body("find { it.slug == 'baoshan' }.onboardedAt", containsString("T"));
    }

    @Test
    void tenantsCanBeSortedByDepartmentCountDescending() {
        List<Integer> counts = given().auth()
                .oauth2(Tokens.tenantAdminAccessToken("platform-admin"))
                .queryParam("sort", "-departments")
                .get("/api/tenants")
                .then()
                .statusCode(200)
                .extract()
                .path("departmentCount");
        var sorted = new ArrayList<>(counts);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, counts);
    }

    @Test
    void readinessIncludesKeycloakAdministration() {
        given().get(Management.url("/q/health/ready"))
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'keycloak-admin' }.status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsArePublishedOnTheManagementPort() {
        given().get(Management.url("/q/metrics")).then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void openApiIsServedOnTheManagementPort() {
        given().get(Management.url("/q/openapi?format=json"))
                .then()
                .statusCode(200)
                .body("paths.'/api/tenants'", notNullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/ready", "/q/metrics", "/q/openapi"})
    void operationsEndpointsAreNotOnThePublicPort(String path) {
        given().get(path).then().statusCode(404);
    }
}
