package cn.jixiao.deploy;

import com.fasterxml.jackson.databind.JsonNode;

/** One Kubernetes object of a manifest file: the {@code index}-th YAML document of {@code source}. */
record Manifest(String source, int index, JsonNode node) {

    String apiVersion() {
        return node.path("apiVersion").asText("");
    }

    String kind() {
        return node.path("kind").asText("");
    }

    String name() {
        return node.path("metadata").path("name").asText("");
    }

    String namespace() {
        return node.path("metadata").path("namespace").asText("");
    }

    boolean is(String kind) {
        return kind().equals(kind);
    }

    /** Where it is, for messages: {@code 20-portal.yaml#2 Deployment jixiao-extranet/portal}. */
    String where() {
        return source + "#" + index + " " + kind() + " " + (namespace().isEmpty() ? "" : namespace() + "/") + name();
    }
}
