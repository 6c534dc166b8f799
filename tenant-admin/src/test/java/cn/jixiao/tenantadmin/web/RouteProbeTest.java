package cn.jixiao.tenantadmin.web;

import cn.jixiao.testing.Management;
import cn.jixiao.testing.Tokens;
import cn.jixiao.testing.probe.RouteProbe;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * Every route of tenant-admin, as its OpenAPI document lists them, answers bad input from a
 * platform operator without a 5xx or a stack trace. (The probe's bodies never form a valid
 * onboarding: its plausible values break the code and slug patterns, so no region is created.)
 */
@QuarkusTest
class RouteProbeTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void everyRouteAnswersBadInputWithoutServerErrorsOrStackTraces() throws Exception {
        RouteProbe.of(app.toString(), Management.url("/q/openapi?format=json"))
                .bearer(Tokens.tenantAdminAccessToken("platform-admin"))
                .run()
                .assertNoFailures();
    }
}
