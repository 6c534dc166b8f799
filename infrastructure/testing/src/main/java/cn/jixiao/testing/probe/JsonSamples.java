package cn.jixiao.testing.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON values from schemas: a plausible object to start from, and for each property the bad
 * values to put in its place (wrong types, NUL, a megabyte of text, unstorable dates and numbers).
 */
final class JsonSamples {
    static final String MEGABYTE = "长".repeat((1 << 20) / 3);
    private static final String MARKER = "probe-value-5e1f0c";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenApiRoutes routes;

    JsonSamples(OpenApiRoutes routes) {
        this.routes = routes;
    }

    /** An object with a plausible value in every property (the app may still refuse it). */
    JsonNode plausible(JsonNode schema) {
        return plausible(routes.resolve(schema), 0);
    }

    private JsonNode plausible(JsonNode schema, int depth) {
        if (depth > 4) {
            return NODES.nullNode();
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(0);
        }
        return switch (schema.path("type").asText(schema.has("properties") ? "object" : "")) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                properties(schema).forEach((name, property) -> object.set(name, plausible(property, depth + 1)));
                yield object;
            }
            case "array" -> NODES.arrayNode().add(plausible(routes.resolve(schema.path("items")), depth + 1));
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            case "string" ->
                switch (schema.path("format").asText()) {
                    case "date" -> NODES.textNode("2024-05-01");
                    case "date-time" -> NODES.textNode("2024-05-01T08:00:00Z");
                    case "email" -> NODES.textNode("probe@example.com");
                    case "uuid" -> NODES.textNode("00000000-0000-0000-0000-000000000001");
                    default -> NODES.textNode("probe");
                };
            default -> NODES.textNode("probe");
        };
    }

    Map<String, JsonNode> properties(JsonNode schema) {
        var properties = new LinkedHashMap<String, JsonNode>();
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        routes.resolve(schema).path("properties").fields();
                it.hasNext(); ) {
            var property = it.next();
            properties.put(property.getKey(), routes.resolve(property.getValue()));
        }
        return properties;
    }

    /** Bad values for one property as raw JSON, each with a short description for the report. */
    static List<Map.Entry<String, String>> badValues(JsonNode property) {
        var values = new ArrayList<Map.Entry<String, String>>();
        String type = property.path("type").asText(property.has("properties") ? "object" : "string");
        String format = property.path("format").asText();
        values.add(Map.entry("null", "null"));
        values.add(Map.entry("an object", "{\"x\":1}"));
        values.add(Map.entry("an array", "[1]"));
        switch (type) {
            case "integer", "number" -> {
                values.add(Map.entry("text", "\"abc\""));
                values.add(Map.entry("1e400", "1e400"));
                values.add(Map.entry("-1", "-1"));
                values.add(Map.entry("2^63", "9223372036854775808"));
                values.add(Map.entry("-2^63-1", "-9223372036854775809"));
                values.add(Map.entry("1e-400", "1e-400"));
                values.add(Map.entry("a 400-digit number", "9".repeat(400)));
            }
            case "boolean" -> values.add(Map.entry("text", "\"yes\""));
            case "array", "object" -> values.add(Map.entry("text", "\"x\""));
            default -> {
                values.add(Map.entry("a number", "12"));
                values.add(Map.entry("true", "true"));
                values.add(Map.entry("NUL inside", "\"a\\u0000b\""));
                values.add(Map.entry("ESC inside", "\"\\u001b[31m\""));
                values.add(Map.entry("1 MB of text", "\"" + MEGABYTE + "\""));
                values.add(Map.entry("empty", "\"\""));
                for (String date : List.of("0000-01-01", "+999999999-12-31", "-0001-01-01", "2024-02-30")) {
                    String value = format.equals("date-time") ? date + "T00:00:00Z" : date;
                    values.add(Map.entry("date " + value, "\"" + value + "\""));
                }
            }
        }
        return values;
    }

    /** The object as JSON with one property's value replaced by raw JSON text. */
    static String withRawValue(JsonNode object, String property, String rawValue) {
        ObjectNode copy = object.isObject() ? ((ObjectNode) object).deepCopy() : NODES.objectNode();
        copy.put(property, MARKER);
        return write(copy).replace("\"" + MARKER + "\"", rawValue);
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
