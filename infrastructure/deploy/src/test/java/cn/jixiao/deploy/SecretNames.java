package cn.jixiao.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The names of the Secrets an object refers to, wherever it does: {@code secretKeyRef}, an operator's
 * {@code …Secret} or {@code secret} reference, S3 credentials ({@code accessKeyId}, {@code secretAccessKey}),
 * a TLS {@code secretName}.
 */
final class SecretNames {
    private SecretNames() {}

    static void collect(JsonNode node, Set<String> names) {
        if (node.isArray()) {
            node.forEach(element -> collect(element, names));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (key.equals("secretName") && value.isTextual()) {
                names.add(value.asText());
            } else if (value.isObject() && value.path("name").isTextual() && refersToSecret(key)) {
                names.add(value.path("name").asText());
            }
            collect(value, names);
        }
    }

    private static boolean refersToSecret(String key) {
        return key.equals("secretKeyRef")
                || key.equals("secretRef")
                || key.equals("secret")
                || key.endsWith("Secret")
                || key.equals("accessKeyId")
                || key.equals("secretAccessKey");
    }
}
