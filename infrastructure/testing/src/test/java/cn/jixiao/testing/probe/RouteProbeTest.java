package cn.jixiao.testing.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The probe finds what it is meant to find: tried on a small server that fails on purpose. */
class RouteProbeTest {
    private static final String OPENAPI = """
            {"openapi":"3.1.0","paths":{
              "/api/things/{id}":{"post":{
                "parameters":[{"name":"id","in":"path","schema":{"type":"integer"}},
                              {"name":"q","in":"query","schema":{"type":"string"}}],
                "requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Thing"}}}}}}},
             "components":{"schemas":{"Thing":{"type":"object","properties":{
                "name":{"type":"string"},"on":{"type":"string","format":"date"},"count":{"type":"integer"}}}}}}
            """;

    private HttpServer server;

    private String start(Function<String, Answer> behaviour) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/openapi", exchange -> reply(exchange, new Answer(200, OPENAPI)));
        server.createContext("/api/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            reply(
                    exchange,
                    behaviour.apply(exchange.getRequestURI().getRawPath() + "?"
                            + exchange.getRequestURI().getRawQuery() + " " + body));
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    record Answer(int status, String body) {}

    private static void reply(HttpExchange exchange, Answer answer) throws IOException {
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aServerThatRefusesEverythingPolitelyPasses() throws Exception {
        String url = start(request -> new Answer(400, "{\"message\":\"输入有误 (invalid input)\"}"));
        var report = RouteProbe.of(url, url + "/openapi").run();
        assertTrue(report.requests() > 50, "a real set of bad requests: " + report.requests());
        // the JDK's own server answers a target that is no URI with its exception's name: reported too
        var notOurs = report.failures().stream()
                .filter(f -> f.excerpt().contains("URISyntaxException"))
                .toList();
        assertEquals(2, notOurs.size(), report.failures().toString());
        assertEquals(notOurs, report.failures());
    }

    @Test
    void everyServerErrorAndStackTraceIsReportedAtOnce() throws Exception {
        String url = start(request -> {
            if (request.contains("%00")) {
                return new Answer(500, "Internal Server Error");
            }
            if (request.contains("\\u0000")) {
                return new Answer(400, "java.lang.IllegalStateException\n\tat cn.jixiao.Thing.save(Thing.java:12)");
            }
            return new Answer(400, "{}");
        });
        var report = RouteProbe.of(url, url + "/openapi").run();

        var failure = assertThrows(AssertionError.class, report::assertNoFailures);
        var inputs = report.failures().stream().map(ProbeFailure::input).toList();
        assertTrue(
                inputs.containsAll(java.util.List.of(
                        "path id=%00", "query q = NUL", "JSON name = NUL inside", "JSON on = NUL inside")),
                failure.getMessage());
        assertTrue(report.failures().stream()
                .allMatch(f -> f.status() == 500 || f.excerpt().contains("Exception")));
        assertTrue(failure.getMessage().contains("path id=%00"), failure.getMessage());
        assertTrue(failure.getMessage().contains("query q = NUL"), failure.getMessage());
        assertTrue(failure.getMessage().contains("→ 500"), failure.getMessage());
    }

    @Test
    void aProbeWhoseTokenIsRefusedIsNotAPass() throws Exception {
        String url = start(request -> new Answer(401, "{\"message\":\"请先登录\"}"));
        var signedIn = RouteProbe.of(url, url + "/openapi")
                .bearer("a token for another app")
                .run();
        var failure = assertThrows(AssertionError.class, signedIn::assertNoFailures);
        assertTrue(failure.getMessage().contains("answered 401"), failure.getMessage());

        // an app without sign-in may well answer 401 to a stray token: no token, no such check
        var anonymous = RouteProbe.of(url, url + "/openapi").run();
        assertEquals(0, anonymous.unauthorized());
    }

    @Test
    void anEmptyDocumentIsNotAPass() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/openapi", exchange -> reply(exchange, new Answer(200, "{\"paths\":{}}")));
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        assertThrows(
                AssertionError.class,
                () -> RouteProbe.of(url, url + "/openapi").run().assertNoFailures());
    }
}
