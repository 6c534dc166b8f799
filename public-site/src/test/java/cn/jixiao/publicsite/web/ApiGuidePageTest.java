package cn.jixiao.publicsite.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import cn.jixiao.testing.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
class ApiGuidePageTest {

    @Test
    void theNavigationsOpenApiLinkLeadsToAPageNotToRawYaml() {
        given().get("/")
                .then()
                .statusCode(200)
                .body(containsString("<a href=\"/api-guide\">开放接口</a>"))
                .body(not(containsString("/q/openapi")));
    }

    @Test
    void theGuideDescribesTheRoutesTheirParametersAndAnExample() {
        given().get("/api-guide")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<code>GET /api/reports</code>"))
                .body(containsString("<code>GET /api/reports/{id}</code>"))
                .body(containsString("<code>q</code>"))
                .body(containsString("<code>page</code>"))
                .body(containsString("<code>size</code>"))
                .body(containsString("1 到 50"))
                .body(containsString("GET /api/reports?q=一窗受理&amp;page=1&amp;size=10"))
                .body(containsString("\"indexNo\""));
    }
}
