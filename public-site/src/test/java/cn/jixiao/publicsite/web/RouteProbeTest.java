package cn.jixiao.publicsite.web;

import cn.jixiao.publicsite.PublicSiteStack;
import cn.jixiao.testing.Management;
import cn.jixiao.testing.TestStack;
import cn.jixiao.testing.probe.RouteProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** Every route of the public site, as its OpenAPI document lists them, answers bad input without a 5xx. */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
class RouteProbeTest {

    @TestHTTPResource("/")
    URL site;

    @Test
    void everyRouteAnswersBadInputWithoutServerErrorsOrStackTraces() throws Exception {
        PublicSiteStack.awaitSearchIndex();
        RouteProbe.of(site.toString(), Management.url("/q/openapi?format=json"))
                .run()
                .assertNoFailures();
    }
}
