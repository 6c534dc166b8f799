package cn.jixiao.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.fge.jsonschema.core.exceptions.ProcessingException;
import com.github.fge.jsonschema.core.report.ProcessingMessage;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import io.fabric8.kubernetes.schema.validator.ValidationMessage;
import io.fabric8.kubernetes.schema.validator.ValidationReport;
import io.fabric8.kubernetes.schema.validator.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks each object against the schema of its kind.
 *
 * <ul>
 *   <li>Kubernetes' own kinds: the Kubernetes API's OpenAPI definitions as fabric8 ships them
 *       ({@code openshift-generated.json} in {@code kubernetes-model-validator}): field names (an unknown
 *       field is an error), types, enums and required fields, all the way down.
 *   <li>The operators' kinds (CloudNativePG, Keycloak): our JSON Schemas in {@code crd-schemas/}, a closed
 *       subset of each CRD (see the README there).
 *   <li>Any other kind: an error, since nothing could check it.
 * </ul>
 */
final class SchemaCheck {
    private static final String DEFINITIONS = "/openshift-generated.json";
    private static volatile SchemaCheck instance;

    private final Validator kubernetes = Validator.newInstance();
    private final Set<String> kubernetesDefinitions = new HashSet<>();
    private final JsonSchemaFactory schemas = JsonSchemaFactory.byDefault();
    private final Map<String, JsonSchema> customSchemas = new ConcurrentHashMap<>();

    private SchemaCheck() {
        try (InputStream in = Validator.class.getResourceAsStream(DEFINITIONS)) {
            if (in == null) {
                throw new IllegalStateException(DEFINITIONS + " is missing from kubernetes-model-validator");
            }
            new ObjectMapper()
                    .readTree(in)
                    .path("definitions")
                    .fieldNames()
                    .forEachRemaining(kubernetesDefinitions::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One instance per test JVM: reading the definitions takes about a second. */
    static SchemaCheck get() {
        if (instance == null) {
            synchronized (SchemaCheck.class) {
                if (instance == null) {
                    instance = new SchemaCheck();
                }
            }
        }
        return instance;
    }

    List<String> check(Manifest manifest) {
        if (manifest.apiVersion().isEmpty() || manifest.kind().isEmpty()) {
            return List.of(manifest.where() + ": apiVersion and kind are required");
        }
        String definition = kubernetesDefinition(manifest.apiVersion(), manifest.kind());
        if (definition != null) {
            return checkKubernetes(manifest);
        }
        JsonSchema schema = customSchema(manifest.apiVersion(), manifest.kind());
        if (schema == null) {
            return List.of(manifest.where() + ": no schema for " + manifest.apiVersion() + " " + manifest.kind()
                    + " (neither a Kubernetes kind nor one of crd-schemas/)");
        }
        return checkCustom(manifest, schema);
    }

    /** The OpenAPI definition's name for a built-in kind ({@code apps/v1 Deployment → io.k8s.api.apps.v1.Deployment}), or null. */
    String kubernetesDefinition(String apiVersion, String kind) {
        int slash = apiVersion.indexOf('/');
        String group = slash < 0 ? "core" : apiVersion.substring(0, slash);
        String version = apiVersion.substring(slash + 1);
        if (group.contains(".") && !group.endsWith(".k8s.io")) {
            return null; // a custom resource's group (postgresql.cnpg.io, k8s.keycloak.org, …)
        }
        String name = "io.k8s.api." + group.split("\\.")[0] + "." + version + "." + kind;
        return kubernetesDefinitions.contains(name) ? name : null;
    }

    private List<String> checkKubernetes(Manifest manifest) {
        ValidationReport report = kubernetes.validate(manifest.node());
        List<String> errors = new ArrayList<>();
        for (ValidationMessage message : report.getMessages()) {
            if (message.getLevel() != ValidationMessage.Level.ERROR || intOrStringGivenAnInteger(message)) {
                continue;
            }
            errors.add(manifest.where() + ": " + message.getMessage());
        }
        return errors;
    }

    /**
     * The OpenAPI document types IntOrString (a PDB's {@code maxUnavailable}, a probe's port) as
     * {@code string} with the format {@code int-or-string}, which the validator does not know: an integer
     * there is what Kubernetes expects, so that one message is dropped. Any other type still fails.
     */
    private static boolean intOrStringGivenAnInteger(ValidationMessage message) {
        return message.getSchema() != null
                && message.getSchema().endsWith("io.k8s.apimachinery.pkg.util.intstr.IntOrString")
                && message.getMessage().contains("Instance type (integer) does not match");
    }

    private JsonSchema customSchema(String apiVersion, String kind) {
        String path = "/crd-schemas/" + apiVersion + "/" + kind + ".json";
        if (SchemaCheck.class.getResource(path) == null) {
            return null;
        }
        return customSchemas.computeIfAbsent(path, p -> {
            try (InputStream in = SchemaCheck.class.getResourceAsStream(p)) {
                return schemas.getJsonSchema(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ProcessingException e) {
                throw new IllegalStateException(p + " is not a valid JSON Schema: " + e.getMessage(), e);
            }
        });
    }

    private static List<String> checkCustom(Manifest manifest, JsonSchema schema) {
        try {
            ProcessingReport report = schema.validate(manifest.node(), true);
            List<String> errors = new ArrayList<>();
            for (ProcessingMessage message : report) {
                JsonNode json = message.asJson();
                String level = json.path("level").asText();
                if (level.equals("error") || level.equals("fatal")) {
                    String pointer = json.path("instance").path("pointer").asText();
                    errors.add(manifest.where() + ": [Path '" + pointer + "'] " + message.getMessage() + extra(json));
                }
            }
            return errors;
        } catch (ProcessingException e) {
            return List.of(manifest.where() + ": " + e.getMessage());
        }
    }

    /** The validator names unwanted or missing fields apart from the message. */
    private static String extra(JsonNode json) {
        for (String field : List.of("unwanted", "missing", "found", "expected")) {
            if (json.has(field)) {
                return " " + field + ": " + json.get(field);
            }
        }
        return "";
    }
}
