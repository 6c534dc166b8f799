package cn.jixiao.portal.web;

import cn.jixiao.testing.Management;
import cn.jixiao.testing.probe.RouteProbe;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * Every route of the portal, as its OpenAPI document lists them (new routes are covered by being
 * there), answers bad input without a 5xx or a stack trace: empty and wrong bodies, NUL, a megabyte of
 * text, impossible dates and numbers, repeated keys, broken encodings, bad ids. It runs as a person with
 * every role of a region of its own, so the checks behind the roles are passed and the input is read.
 */
@QuarkusTest
class RouteProbeTest {
    @TestHTTPResource("/")
    URL portal;

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    @Test
    void everyRouteAnswersBadInputWithoutServerErrorsOrStackTraces() throws Exception {
        RouteProbe.of(portal.toString(), Management.url("/q/openapi?format=json"))
                .bearer(ProbeRegion.token(owner))
                .run()
                .assertNoFailures();
    }
}
