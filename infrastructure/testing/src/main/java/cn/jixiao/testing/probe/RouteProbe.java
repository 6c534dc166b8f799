package cn.jixiao.testing.probe;

import cn.jixiao.testing.RawHttp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Walks every operation an app declares in its OpenAPI document and sends it bad input: bad path
 * ids, bad query values, empty, broken and mistyped JSON, NUL characters, huge texts, dates and
 * numbers no database holds, repeated keys, wrong content types, broken forms and multiparts. Every
 * answer must be below 500 and free of stack-trace markers; all failures are reported at once. A
 * new route is probed as soon as it is in the OpenAPI document.
 *
 * <pre>
 * RouteProbe.of(appUrl, managementUrl + "/q/openapi?format=json").bearer(token).run().assertNoFailures();
 * </pre>
 */
public final class RouteProbe {
    /** What only a stack trace, a class name or an ORM error would put in an answer. */
    public static final List<String> MARKERS = List.of("Exception", "at cn.", "org.hibernate", "java.");

    private static final int PARALLEL_OPERATIONS = 2;

    private final String baseUrl;
    private final String openApiUrl;
    private final Set<String> skipped = new HashSet<>();
    private String bearer;
    private final AtomicInteger unauthorized = new AtomicInteger();

    private RouteProbe(String baseUrl, String openApiUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.openApiUrl = openApiUrl;
    }

    /** @param baseUrl the app's public URL; @param openApiUrl its OpenAPI document as JSON (management port) */
    public static RouteProbe of(String baseUrl, String openApiUrl) {
        return new RouteProbe(baseUrl, openApiUrl);
    }

    /** Every request carries this access token (an app behind a sign-in). */
    public RouteProbe bearer(String token) {
        this.bearer = token;
        return this;
    }

    /** Leaves an operation out, e.g. {@code skip("POST /logout")}; say why where you call it. */
    public RouteProbe skip(String methodAndPath) {
        skipped.add(methodAndPath);
        return this;
    }

    public ProbeReport run() throws IOException, InterruptedException {
        var routes = OpenApiRoutes.parse(fetch(openApiUrl));
        var badRequests = new BadRequests(routes);
        var operations = routes.operations().stream()
                .filter(op -> !skipped.contains(op.toString()))
                .toList();
        // two operations at a time (the requests of one operation in turn): the app is probed on both
        // cores, as it is used, and the run takes half as long
        var perOperation = new ArrayList<Future<List<ProbeFailure>>>();
        var sent = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(PARALLEL_OPERATIONS)) {
            for (var operation : operations) {
                perOperation.add(pool.submit(() -> {
                    var found = new ArrayList<ProbeFailure>();
                    for (ProbeRequest request : badRequests.of(operation)) {
                        sent.incrementAndGet();
                        send(request).ifPresent(found::add);
                    }
                    return found;
                }));
            }
        }
        var failures = new ArrayList<ProbeFailure>();
        for (var found : perOperation) {
            try {
                failures.addAll(found.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("the probe itself failed: " + e.getCause(), e.getCause());
            }
        }
        return new ProbeReport(
                operations.stream().map(Object::toString).toList(),
                sent.get(),
                bearer == null ? 0 : unauthorized.get(),
                List.copyOf(failures));
    }

    private java.util.Optional<ProbeFailure> send(ProbeRequest request) throws InterruptedException {
        int status;
        String body;
        try {
            if (request.validUri()) {
                try (var http = newClient()) {
                    var answer = http.send(build(request), HttpResponse.BodyHandlers.ofString());
                    status = answer.statusCode();
                    body = answer.body();
                }
            } else {
                var answer =
                        RawHttp.send(baseUrl, request.method(), request.target(), request.body(), headers(request));
                status = answer.status();
                body = answer.body();
            }
        } catch (IOException e) {
            return java.util.Optional.of(failure(request, 0, "no answer (" + e + ")", ""));
        }
        if (status == 401) {
            unauthorized.incrementAndGet();
        }
        if (status >= 500) {
            return java.util.Optional.of(failure(request, status, "server error", body));
        }
        for (String marker : MARKERS) {
            if (body.contains(marker)) {
                return java.util.Optional.of(failure(request, status, "the answer shows \"" + marker + "\"", body));
            }
        }
        return java.util.Optional.empty();
    }

    private HttpRequest build(ProbeRequest request) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + request.target()))
                .timeout(Duration.ofSeconds(60))
                .method(
                        request.method(),
                        request.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        String[] headers = headers(request);
        for (int i = 0; i < headers.length; i++) {
            int colon = headers[i].indexOf(':');
            builder.header(
                    headers[i].substring(0, colon),
                    headers[i].substring(colon + 1).strip());
        }
        return builder.build();
    }

    /** Header lines: a browser's Accept for pages, JSON for /api/, the token, the body's type. */
    private String[] headers(ProbeRequest request) {
        var headers = new ArrayList<String>();
        headers.add(
                request.target().startsWith("/api/")
                        ? "Accept: application/json"
                        : "Accept: text/html,application/xhtml+xml,*/*;q=0.8");
        if (bearer != null) {
            headers.add("Authorization: Bearer " + bearer);
        }
        if (request.contentType() != null) {
            headers.add("Content-Type: " + request.contentType());
        }
        return headers.toArray(String[]::new);
    }

    private static ProbeFailure failure(ProbeRequest request, int status, String problem, String body) {
        String excerpt = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return new ProbeFailure(
                request.method(),
                request.target(),
                request.input(),
                status,
                problem,
                excerpt.length() > 240 ? excerpt.substring(0, 240) + "…" : excerpt);
    }

    /**
     * A client, and so a connection, for one request: the probe sends thousands of bodies the server
     * refuses, often unread, and one of them must not decide how the next is received.
     */
    private static HttpClient newClient() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    private String fetch(String url) throws IOException, InterruptedException {
        try (var http = newClient()) {
            return fetch(http, url);
        }
    }

    private static String fetch(HttpClient http, String url) throws IOException, InterruptedException {
        var answer = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("OpenAPI at " + url + " answered " + answer.statusCode());
        }
        return answer.body();
    }

    /** What was probed and what failed. */
    /**
     * What was probed and what failed; {@code unauthorized} counts the 401 answers of a probe that
     * carried a token (a refused token would leave every check behind the sign-in unprobed).
     */
    public record ProbeReport(List<String> operations, int requests, int unauthorized, List<ProbeFailure> failures) {

        /** Fails with every bad answer listed, when there was nothing to probe, or when the token was refused. */
        public void assertNoFailures() {
            if (operations.isEmpty() || requests == 0) {
                throw new AssertionError("the OpenAPI document lists no operation: nothing was probed");
            }
            if (unauthorized * 10 > requests) {
                throw new AssertionError(unauthorized + " of " + requests
                        + " bad requests were answered 401: the probe's token was refused, so what lies"
                        + " behind the sign-in was not probed (a token issued for another app?)");
            }
            if (!failures.isEmpty()) {
                throw new AssertionError(failures.size() + " of " + requests + " bad requests to "
                        + operations.size() + " operations were answered badly:\n"
                        + failures.stream().map(ProbeFailure::toString).collect(Collectors.joining("\n")));
            }
        }
    }
}
