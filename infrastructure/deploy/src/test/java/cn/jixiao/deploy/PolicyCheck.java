package cn.jixiao.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The project's own rules for its manifests, beyond what the schemas say:
 *
 * <ul>
 *   <li>every container (workloads: Deployment, StatefulSet) has startup, liveness and readiness probes,
 *       CPU and memory requests and limits, and an image pinned to a version or a digest;
 *   <li>the three apps probe their real health paths on their management port, and no Service or Ingress
 *       routes a management port;
 *   <li>every Deployment has a PodDisruptionBudget and a HorizontalPodAutoscaler (at least 2 replicas, so
 *       that the budget lets a node drain); every StatefulSet a PodDisruptionBudget;
 *   <li>no secret value in plain text: no Secret objects, and an environment variable, ConfigMap key or
 *       Keycloak option whose name says password, secret, key, token or credential takes its value from a
 *       Secret;
 *   <li>every namespace with workloads denies incoming traffic by default; an internet-zone namespace
 *       also denies outgoing traffic;
 *   <li>PostgreSQL clusters have a standby (2+ instances), WAL archiving to an object store and a scheduled
 *       base backup; Keycloak runs 2+ instances;
 *   <li>references hold within a namespace: a ConfigMap a container or volume names exists, a Service's
 *       selector matches a workload's pods, an Ingress routes to a Service that exists (or that the Keycloak
 *       operator creates: {@code <name>-service}).
 * </ul>
 */
final class PolicyCheck {
    /** The apps' management ports, where health, metrics and OpenAPI answer. */
    static final Map<String, Integer> MANAGEMENT_PORTS =
            Map.of("portal", 9080, "public-site", 9081, "tenant-admin", 9082);

    static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|_key$|access_key|token|credential).*");
    private static final Pattern PINNED = Pattern.compile(".+(:[A-Za-z0-9_][A-Za-z0-9_.-]*|@sha256:[0-9a-f]{64})$");
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet");
    private static final String NAME_LABEL = "app.kubernetes.io/name";

    private final List<Manifest> all;
    private final List<String> errors = new ArrayList<>();

    private PolicyCheck(List<Manifest> all) {
        this.all = all;
    }

    static List<String> check(List<Manifest> manifests) {
        PolicyCheck check = new PolicyCheck(manifests);
        check.run();
        return check.errors;
    }

    private void run() {
        for (Manifest m : all) {
            if (m.name().isEmpty()) {
                errors.add(m.where() + ": metadata.name is required");
            }
            if (!m.is("Namespace") && m.namespace().isEmpty()) {
                errors.add(m.where() + ": metadata.namespace must be set (the zones are namespaces)");
            }
            if (WORKLOADS.contains(m.kind())) {
                workload(m);
            }
            references(m);
            switch (m.kind()) {
                case "Secret" ->
                    errors.add(m.where() + ": a Secret's value in plain text is not allowed in the"
                            + " manifests; create it out of band (K8S.md, \"Secrets\")");
                case "ConfigMap" -> configMap(m);
                case "Service" -> service(m);
                case "Ingress" -> ingress(m);
                case "Cluster" -> postgres(m);
                case "Keycloak" -> keycloak(m);
                default -> {}
            }
        }
        namespaces();
    }

    private void workload(Manifest m) {
        JsonNode pod = m.node().path("spec").path("template");
        JsonNode labels = pod.path("metadata").path("labels");
        String app = labels.path(NAME_LABEL).asText("");
        for (JsonNode container : pod.path("spec").path("containers")) {
            String where = m.where() + " container " + container.path("name").asText("?");
            String image = container.path("image").asText("");
            if (!PINNED.matcher(image).matches() || image.endsWith(":latest")) {
                errors.add(where + ": image '" + image + "' is not pinned to a version or a digest");
            }
            for (String side : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    if (container.path("resources").path(side).path(resource).isMissingNode()) {
                        errors.add(where + ": resources." + side + "." + resource + " is missing");
                    }
                }
            }
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                if (!container.has(probe)) {
                    errors.add(where + ": no " + probe);
                }
            }
            if (MANAGEMENT_PORTS.containsKey(app)
                    && container.path("name").asText().equals(app)) {
                appProbes(where, app, container);
            }
            for (JsonNode env : container.path("env")) {
                String name = env.path("name").asText();
                if (SECRET_NAME.matcher(name).matches() && env.has("value")) {
                    errors.add(where + ": " + name + " is a secret in plain text; use valueFrom.secretKeyRef");
                }
            }
        }
        boolean budget = all.stream()
                .filter(o -> o.is("PodDisruptionBudget") && o.namespace().equals(m.namespace()))
                .anyMatch(o -> selects(o.node().path("spec").path("selector").path("matchLabels"), labels));
        if (!budget) {
            errors.add(m.where() + ": no PodDisruptionBudget selects its pods");
        }
        if (m.is("Deployment")) {
            JsonNode scaler = all.stream()
                    .filter(o ->
                            o.is("HorizontalPodAutoscaler") && o.namespace().equals(m.namespace()))
                    .map(o -> o.node().path("spec"))
                    .filter(spec -> spec.path("scaleTargetRef")
                                    .path("kind")
                                    .asText()
                                    .equals("Deployment")
                            && spec.path("scaleTargetRef").path("name").asText().equals(m.name()))
                    .findFirst()
                    .orElse(null);
            if (scaler == null) {
                errors.add(m.where() + ": no HorizontalPodAutoscaler scales it");
            } else if (scaler.path("minReplicas").asInt(1) < 2) {
                errors.add(
                        m.where() + ": its HorizontalPodAutoscaler's minReplicas is below 2 (a drain would stop it)");
            }
        }
    }

    private void appProbes(String where, String app, JsonNode container) {
        int management = MANAGEMENT_PORTS.get(app);
        boolean declared = false;
        for (JsonNode port : container.path("ports")) {
            if (port.path("name").asText().equals("management")
                    && port.path("containerPort").asInt() == management) {
                declared = true;
            }
        }
        if (!declared) {
            errors.add(where + ": the container port 'management' must be " + management);
        }
        Map<String, Set<String>> paths = Map.of(
                "startupProbe", Set.of("/q/health/started", "/q/health/live"),
                "livenessProbe", Set.of("/q/health/live"),
                "readinessProbe", Set.of("/q/health/ready"));
        paths.forEach((probe, allowed) -> {
            JsonNode get = container.path(probe).path("httpGet");
            if (!container.has(probe)) {
                return; // reported above
            }
            if (!allowed.contains(get.path("path").asText())) {
                errors.add(where + ": " + probe + " must ask " + allowed + ", not '"
                        + get.path("path").asText() + "'");
            }
            JsonNode port = get.path("port");
            if (!(port.asText().equals("management") || port.asInt() == management)) {
                errors.add(where + ": " + probe + " must use the management port " + management);
            }
        });
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        if (!selector.isObject() || selector.isEmpty()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = selector.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> label = it.next();
            if (!labels.path(label.getKey())
                    .asText("\0")
                    .equals(label.getValue().asText())) {
                return false;
            }
        }
        return true;
    }

    private void configMap(Manifest m) {
        m.node().path("data").fieldNames().forEachRemaining(key -> {
            if (SECRET_NAME.matcher(key).matches()) {
                errors.add(m.where() + ": key " + key + " looks like a secret; put it in a Secret");
            }
        });
    }

    private void service(Manifest m) {
        for (JsonNode port : m.node().path("spec").path("ports")) {
            JsonNode target = port.path("targetPort");
            if (target.asText().equals("management")
                    || MANAGEMENT_PORTS.containsValue(target.asInt(-1))
                    || MANAGEMENT_PORTS.containsValue(port.path("port").asInt(-1))) {
                errors.add(m.where() + ": exposes a management port (health, metrics, OpenAPI stay off Services)");
            }
        }
    }

    private void ingress(Manifest m) {
        for (JsonNode rule : m.node().path("spec").path("rules")) {
            for (JsonNode path : rule.path("http").path("paths")) {
                JsonNode port = path.path("backend").path("service").path("port");
                if (port.path("name").asText().equals("management")
                        || MANAGEMENT_PORTS.containsValue(port.path("number").asInt(-1))) {
                    errors.add(m.where() + ": routes a management port");
                }
            }
        }
    }

    private void postgres(Manifest m) {
        if (!m.apiVersion().startsWith("postgresql.cnpg.io/")) {
            return;
        }
        JsonNode spec = m.node().path("spec");
        if (spec.path("instances").asInt(0) < 2) {
            errors.add(m.where() + ": needs at least 2 instances (a primary and a standby)");
        }
        if (spec.path("backup")
                .path("barmanObjectStore")
                .path("destinationPath")
                .asText("")
                .isEmpty()) {
            errors.add(m.where() + ": no WAL archive and base backups (spec.backup.barmanObjectStore)");
        }
        boolean scheduled = all.stream()
                .anyMatch(o -> o.is("ScheduledBackup")
                        && o.namespace().equals(m.namespace())
                        && o.node()
                                .path("spec")
                                .path("cluster")
                                .path("name")
                                .asText()
                                .equals(m.name()));
        if (!scheduled) {
            errors.add(m.where() + ": no ScheduledBackup takes its base backups");
        }
    }

    private void keycloak(Manifest m) {
        JsonNode spec = m.node().path("spec");
        if (spec.path("instances").asInt(1) < 2) {
            errors.add(m.where() + ": Keycloak needs at least 2 instances (clustered caches)");
        }
        for (JsonNode option : spec.path("additionalOptions")) {
            if (SECRET_NAME.matcher(option.path("name").asText()).matches() && option.has("value")) {
                errors.add(m.where() + ": option " + option.path("name").asText() + " in plain text; use 'secret'");
            }
        }
    }

    private void references(Manifest m) {
        JsonNode podSpec = m.node().path("spec").path("template").path("spec");
        List<String> configMaps = new ArrayList<>();
        for (JsonNode container : podSpec.path("containers")) {
            container
                    .path("envFrom")
                    .forEach(from -> configMaps.add(
                            from.path("configMapRef").path("name").asText("")));
            container
                    .path("env")
                    .forEach(env -> configMaps.add(env.path("valueFrom")
                            .path("configMapKeyRef")
                            .path("name")
                            .asText("")));
        }
        podSpec.path("volumes")
                .forEach(volume ->
                        configMaps.add(volume.path("configMap").path("name").asText("")));
        for (String name : configMaps) {
            if (!name.isEmpty() && !exists("ConfigMap", m.namespace(), name)) {
                errors.add(m.where() + ": ConfigMap " + name + " does not exist in " + m.namespace());
            }
        }
        if (m.is("Service") && m.node().path("spec").has("selector")) {
            JsonNode selector = m.node().path("spec").path("selector");
            boolean matches = all.stream()
                    .filter(o -> WORKLOADS.contains(o.kind()) && o.namespace().equals(m.namespace()))
                    .anyMatch(o -> selects(
                            selector,
                            o.node()
                                    .path("spec")
                                    .path("template")
                                    .path("metadata")
                                    .path("labels")));
            if (!matches) {
                errors.add(m.where() + ": its selector matches no workload's pods");
            }
        }
        if (m.is("Ingress")) {
            for (JsonNode rule : m.node().path("spec").path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    String service =
                            path.path("backend").path("service").path("name").asText("");
                    boolean operatorMade = all.stream()
                            .anyMatch(o -> o.is("Keycloak")
                                    && o.namespace().equals(m.namespace())
                                    && service.equals(o.name() + "-service"));
                    if (!exists("Service", m.namespace(), service) && !operatorMade) {
                        errors.add(m.where() + ": routes to Service " + service + ", which does not exist in "
                                + m.namespace());
                    }
                }
            }
        }
    }

    private boolean exists(String kind, String namespace, String name) {
        return all.stream()
                .anyMatch(o -> o.is(kind)
                        && o.namespace().equals(namespace)
                        && o.name().equals(name));
    }

    private void namespaces() {
        for (Manifest namespace : all.stream().filter(o -> o.is("Namespace")).toList()) {
            String name = namespace.name();
            boolean hasWorkloads = all.stream()
                    .anyMatch(o -> name.equals(o.namespace()) && (WORKLOADS.contains(o.kind()) || o.is("Cluster")));
            if (!hasWorkloads) {
                continue;
            }
            boolean internet = namespace
                    .node()
                    .path("metadata")
                    .path("labels")
                    .path("jixiao.cn/zone")
                    .asText()
                    .equals("internet");
            List<String> denied = new ArrayList<>();
            all.stream()
                    .filter(o -> o.is("NetworkPolicy") && name.equals(o.namespace()))
                    .map(o -> o.node().path("spec"))
                    .filter(spec -> spec.path("podSelector").isEmpty())
                    .filter(spec -> !spec.has("ingress") && !spec.has("egress"))
                    .forEach(spec -> spec.path("policyTypes").forEach(type -> denied.add(type.asText())));
            if (!denied.contains("Ingress")) {
                errors.add(namespace.where() + ": no default-deny NetworkPolicy for incoming traffic");
            }
            if (internet && !denied.contains("Egress")) {
                errors.add(namespace.where() + ": an internet-zone namespace must deny outgoing traffic by default");
            }
        }
    }
}
