package cn.jixiao.testing.probe;

import cn.jixiao.testing.probe.OpenApiRoutes.Operation;
import cn.jixiao.testing.probe.OpenApiRoutes.Parameter;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bad requests made to one operation: bad path ids, bad query values, bad bodies of every kind. */
final class BadRequests {
    static final List<String> BAD_IDS = List.of("0", "-1", "abc", "%00", "1234567890123456789", "%zz", "%E4%B8");
    private static final String HUGE_QUERY_VALUE = "x".repeat(100_000);
    private static final String BOUNDARY = "probe-boundary-9d2c";

    private final JsonSamples samples;

    BadRequests(OpenApiRoutes routes) {
        this.samples = new JsonSamples(routes);
    }

    List<ProbeRequest> of(Operation operation) {
        var requests = new ArrayList<ProbeRequest>();
        String plainPath = path(operation, Map.of());
        requests.add(ProbeRequest.of(operation.method(), plainPath, "plausible path ids, nothing else"));
        for (Parameter id : operation.in("path")) {
            for (String bad : BAD_IDS) {
                requests.add(ProbeRequest.of(
                        operation.method(), path(operation, Map.of(id.name(), bad)), "path " + id.name() + "=" + bad));
            }
        }
        for (Parameter query : operation.in("query")) {
            for (var bad : queryValues(query.schema()).entrySet()) {
                requests.add(ProbeRequest.of(
                        operation.method(),
                        plainPath + "?" + query.name() + "=" + bad.getValue(),
                        "query " + query.name() + " = " + bad.getKey()));
            }
        }
        if (operation.takesBody()) {
            requests.addAll(bodies(operation, plainPath));
        }
        return requests;
    }

    private static String path(Operation operation, Map<String, String> values) {
        String path = operation.path();
        for (Parameter id : operation.in("path")) {
            path = path.replace("{" + id.name() + "}", values.getOrDefault(id.name(), "1"));
        }
        return path;
    }

    /** Query values as sent (already encoded), by description. */
    private static Map<String, String> queryValues(JsonNode schema) {
        var values = new LinkedHashMap<String, String>();
        values.put("NUL", "%00");
        values.put("ESC", "%1B");
        values.put("%zz", "%zz");
        values.put("a cut UTF-8 sequence", "%E4%B8");
        values.put("100 KB", HUGE_QUERY_VALUE);
        values.put("empty", "");
        values.put("text", "abc");
        values.put("-1", "-1");
        values.put("0", "0");
        values.put("1e400", "1e400");
        values.put("2^63", "9223372036854775808");
        values.put("year 0", "0000-01-01");
        values.put("year +999999999", "%2B999999999-12-31");
        values.put("year -1", "-0001-01-01");
        if (schema.has("enum")) {
            values.put("not in the enum", "NO_SUCH_VALUE");
        }
        return values;
    }

    private List<ProbeRequest> bodies(Operation operation, String target) {
        var requests = new ArrayList<ProbeRequest>();
        String method = operation.method();
        var json = operation.bodies().stream()
                .filter(b -> b.contentType().contains("json"))
                .findFirst();
        JsonNode schema = json.map(OpenApiRoutes.Body::schema).orElse(null);
        JsonNode plausible = schema == null ? null : samples.plausible(schema);
        Map<String, JsonNode> properties = schema == null ? Map.of() : samples.properties(schema);
        String firstKey = properties.keySet().stream().findFirst().orElse("a");
        // every operation that takes a body gets the generic bad JSON bodies, declared or not
        for (var body : Map.of(
                        "an empty body", "",
                        "{}", "{}",
                        "[]", "[]",
                        "null", "null",
                        "broken JSON", "{\"" + firstKey + "\":",
                        "a repeated key", "{\"" + firstKey + "\":\"1\",\"" + firstKey + "\":\"2\"}",
                        "a nested repeat", "{\"a\":{\"b\":1,\"b\":2}}",
                        "deep nesting", "[".repeat(5000) + "]".repeat(5000))
                .entrySet()) {
            requests.add(ProbeRequest.withBody(method, target, "application/json", body.getValue(), body.getKey()));
        }
        for (var property : properties.entrySet()) {
            for (var bad : JsonSamples.badValues(property.getValue())) {
                requests.add(ProbeRequest.withBody(
                        method,
                        target,
                        "application/json",
                        JsonSamples.withRawValue(plausible, property.getKey(), bad.getValue()),
                        "JSON " + property.getKey() + " = " + bad.getKey()));
            }
        }
        for (var body : operation.bodies()) {
            if (body.contentType().startsWith("application/x-www-form-urlencoded")) {
                requests.addAll(formBodies(
                        method, target, samples.properties(body.schema()).keySet()));
            } else if (body.contentType().startsWith("multipart/")) {
                requests.addAll(multipartBodies(
                        method, target, samples.properties(body.schema()).keySet()));
            }
        }
        requests.add(ProbeRequest.withBody(method, target, "text/plain", "x", "a text/plain body"));
        requests.add(ProbeRequest.withBody(method, target, "application/xml", "<x/>", "an XML body"));
        requests.add(ProbeRequest.withBody(method, target, "application/x-www-form-urlencoded", "a=b", "a form body"));
        requests.add(ProbeRequest.withBody(method, target, "application/octet-stream", "\u0000\u0001", "bytes"));
        requests.addAll(multipartBodies(method, target, List.of("file")));
        return requests;
    }

    private static List<ProbeRequest> formBodies(String method, String target, Iterable<String> fields) {
        var requests = new ArrayList<ProbeRequest>();
        String form = "application/x-www-form-urlencoded";
        requests.add(ProbeRequest.withBody(method, target, form, "", "an empty form"));
        requests.add(ProbeRequest.withBody(method, target, form, "=&&=x&%", "a form of stray signs"));
        for (String field : fields) {
            for (var bad : Map.of(
                            "NUL", "a%00b",
                            "%zz", "%zz",
                            "a cut UTF-8 sequence", "%E4%B8",
                            "100 KB", "x".repeat(100_000),
                            "2,000 Chinese characters", URLEncoder.encode("县".repeat(2000), StandardCharsets.UTF_8))
                    .entrySet()) {
                requests.add(ProbeRequest.withBody(
                        method, target, form, field + "=" + bad.getValue(), "form " + field + " = " + bad.getKey()));
            }
        }
        return requests;
    }

    private static List<ProbeRequest> multipartBodies(String method, String target, Iterable<String> fields) {
        var requests = new ArrayList<ProbeRequest>();
        String type = "multipart/form-data; boundary=" + BOUNDARY;
        requests.add(ProbeRequest.withBody(method, target, type, "--" + BOUNDARY + "--\r\n", "an empty multipart"));
        requests.add(ProbeRequest.withBody(method, target, type, "garbage without parts", "a broken multipart"));
        for (String field : fields) {
            requests.add(ProbeRequest.withBody(
                    method,
                    target,
                    type,
                    part(field, "filename=\"x.bin\"", "\u0000\u00ff\u0001garbage"),
                    "multipart " + field + " = a garbage file"));
            requests.add(ProbeRequest.withBody(
                    method, target, type, part(field, null, "a\u0000b"), "multipart " + field + " = NUL text"));
        }
        return requests;
    }

    private static String part(String name, String fileName, String content) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; " + fileName) + "\r\n"
                + (fileName == null ? "" : "Content-Type: application/octet-stream\r\n")
                + "\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n";
    }
}
