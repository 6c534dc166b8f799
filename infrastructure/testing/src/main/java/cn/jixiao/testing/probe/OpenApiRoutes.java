package cn.jixiao.testing.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The operations an app declares in its OpenAPI document (JSON), with their parameters and bodies. */
public final class OpenApiRoutes {
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** A path or query parameter and its schema. */
    public record Parameter(String name, String in, JsonNode schema) {}

    /** A request body the operation takes: its content type and schema. */
    public record Body(String contentType, JsonNode schema) {}

    /** One operation: {@code POST /api/tenants} with its parameters and accepted bodies. */
    public record Operation(String method, String path, List<Parameter> parameters, List<Body> bodies) {
        public List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        public boolean takesBody() {
            return !bodies.isEmpty() || method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final JsonNode document;

    private OpenApiRoutes(JsonNode document) {
        this.document = document;
    }

    public static OpenApiRoutes parse(String json) throws IOException {
        return new OpenApiRoutes(new ObjectMapper().readTree(json));
    }

    public List<Operation> operations() {
        var operations = new ArrayList<Operation>();
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        document.path("paths").fields();
                paths.hasNext(); ) {
            var path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (!operation.isMissingNode()) {
                    operations.add(new Operation(
                            method.toUpperCase(Locale.ROOT),
                            path.getKey(),
                            parameters(path.getValue().path("parameters"), operation.path("parameters")),
                            bodies(operation.path("requestBody").path("content"))));
                }
            }
        }
        return operations;
    }

    private List<Parameter> parameters(JsonNode shared, JsonNode own) {
        var parameters = new ArrayList<Parameter>();
        for (JsonNode list : List.of(shared, own)) {
            for (JsonNode parameter : list) {
                JsonNode resolved = resolve(parameter);
                String in = resolved.path("in").asText();
                if (in.equals("path") || in.equals("query")) {
                    parameters.add(new Parameter(resolved.path("name").asText(), in, resolve(resolved.path("schema"))));
                }
            }
        }
        return parameters;
    }

    private List<Body> bodies(JsonNode content) {
        var bodies = new ArrayList<Body>();
        for (Iterator<Map.Entry<String, JsonNode>> types = content.fields(); types.hasNext(); ) {
            var type = types.next();
            bodies.add(new Body(type.getKey(), resolve(type.getValue().path("schema"))));
        }
        return bodies;
    }

    /** Follows {@code $ref} to the components; a composed schema (allOf) counts as its first part. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema == null ? MissingNode.getInstance() : schema;
        for (int depth = 0; depth < 10; depth++) {
            if (current.has("$ref")) {
                current = pointer(current.get("$ref").asText());
            } else if (current.has("allOf") && current.get("allOf").size() > 0 && !current.has("properties")) {
                current = current.get("allOf").get(0);
            } else {
                return current;
            }
        }
        return current;
    }

    private JsonNode pointer(String ref) {
        return Optional.of(ref)
                .filter(r -> r.startsWith("#"))
                .map(r -> document.at(r.substring(1)))
                .orElse(MissingNode.getInstance());
    }
}
