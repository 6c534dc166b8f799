package cn.jixiao.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks themselves: a sound sample passes, and each kind of mistake in it is reported. */
class ManifestChecksTest {
    static final String APP = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: portal, namespace: jixiao-extranet}
            spec:
              replicas: 2
              selector:
                matchLabels: {app.kubernetes.io/name: portal}
              template:
                metadata:
                  labels: {app.kubernetes.io/name: portal}
                spec:
                  containers:
                    - name: portal
                      image: registry.jixiao.example/jixiao/portal:1.0.0
                      ports:
                        - {name: http, containerPort: 8080}
                        - {name: management, containerPort: 9080}
                      env:
                        - name: JIXIAO_DB_APP_PASSWORD
                          valueFrom: {secretKeyRef: {name: portal-secrets, key: db-app-password}}
                      resources:
                        requests: {cpu: 500m, memory: 1Gi}
                        limits: {cpu: "2", memory: 1Gi}
                      startupProbe:
                        httpGet: {path: /q/health/started, port: management}
                      livenessProbe:
                        httpGet: {path: /q/health/live, port: management}
                      readinessProbe:
                        httpGet: {path: /q/health/ready, port: management}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: portal, namespace: jixiao-extranet}
            spec:
              selector: {app.kubernetes.io/name: portal}
              ports:
                - {name: http, port: 8080, targetPort: http}
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata: {name: portal, namespace: jixiao-extranet}
            spec:
              maxUnavailable: 1
              selector:
                matchLabels: {app.kubernetes.io/name: portal}
            ---
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata: {name: portal, namespace: jixiao-extranet}
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: portal}
              minReplicas: 2
              maxReplicas: 4
            """;

    static final String DATABASE = """
            apiVersion: postgresql.cnpg.io/v1
            kind: Cluster
            metadata: {name: jixiao-pg, namespace: jixiao-data}
            spec:
              instances: 3
              storage: {size: 10Gi}
              backup:
                barmanObjectStore:
                  destinationPath: s3://backup/
                  s3Credentials:
                    accessKeyId: {name: pg-backup-s3, key: ACCESS_KEY_ID}
                    secretAccessKey: {name: pg-backup-s3, key: ACCESS_SECRET_KEY}
            ---
            apiVersion: postgresql.cnpg.io/v1
            kind: ScheduledBackup
            metadata: {name: daily, namespace: jixiao-data}
            spec:
              schedule: "0 0 2 * * *"
              cluster: {name: jixiao-pg}
            """;

    static List<String> errors(String text) {
        List<Manifest> manifests = Manifests.parse("sample.yaml", text);
        List<String> errors = new ArrayList<>();
        manifests.forEach(m -> errors.addAll(SchemaCheck.get().check(m)));
        errors.addAll(PolicyCheck.check(manifests));
        return errors;
    }

    static void assertReported(String text, String expected) {
        List<String> errors = errors(text);
        assertTrue(
                errors.stream().anyMatch(e -> e.contains(expected)),
                "expected an error containing '" + expected + "', got " + errors);
    }

    static String broken(String sample, String from, String to) {
        assertTrue(sample.contains(from), "the sample has " + from);
        return sample.replace(from, to);
    }

    @Test
    void theSoundSamplesPass() {
        assertEquals(List.of(), errors(APP));
        assertEquals(List.of(), errors(DATABASE));
    }

    @Test
    void aValueOfTheWrongTypeFailsTheKubernetesSchema() {
        assertReported(broken(APP, "replicas: 2", "replicas: two"), "Path '/spec/replicas'");
    }

    @Test
    void aMisspeltFieldFailsTheKubernetesSchema() {
        assertReported(
                broken(APP, "replicas: 2\n  selector:", "replicas: 2\n  selektor:"),
                "not allowed by the schema: [\"selektor\"]");
    }

    @Test
    void aMissingRequiredFieldFailsTheKubernetesSchema() {
        assertReported(
                broken(APP, "- name: portal\n          image:", "- image:"),
                "missing required properties ([\"name\"])");
    }

    @Test
    void aValueOutsideItsEnumFailsTheKubernetesSchema() {
        assertReported(
                broken(
                        APP,
                        "  selector: {app.kubernetes.io/name: portal}\n  ports:",
                        "  type: Bogus\n  selector: {app.kubernetes.io/name: portal}\n  ports:"),
                "not found in enum");
    }

    @Test
    void aContainerWithoutAProbeOrLimitsIsReported() {
        assertReported(broken(APP, "livenessProbe:", "livenesProbe:"), "no livenessProbe");
        assertReported(
                broken(APP, "limits: {cpu: \"2\", memory: 1Gi}", "limits: {cpu: \"2\"}"),
                "resources.limits.memory is missing");
    }

    @Test
    void theAppsProbeTheirOwnHealthPathsOnTheManagementPort() {
        assertReported(broken(APP, "path: /q/health/ready", "path: /"), "readinessProbe must ask");
        assertReported(
                broken(APP, "{path: /q/health/live, port: management}", "{path: /q/health/live, port: http}"),
                "livenessProbe must use the management port 9080");
    }

    @Test
    void anImageWithoutAVersionIsReported() {
        assertReported(broken(APP, "portal:1.0.0", "portal:latest"), "is not pinned");
        assertReported(broken(APP, "portal:1.0.0", "portal"), "is not pinned");
    }

    @Test
    void aDeploymentWithoutBudgetOrAutoscalerIsReported() {
        String noBudget = APP.substring(0, APP.indexOf("apiVersion: policy/v1"))
                + APP.substring(APP.indexOf("apiVersion: autoscaling/v2"));
        assertReported(noBudget, "no PodDisruptionBudget");
        assertReported(APP.substring(0, APP.indexOf("---\napiVersion: autoscaling/v2")), "no HorizontalPodAutoscaler");
        assertReported(broken(APP, "minReplicas: 2", "minReplicas: 1"), "minReplicas is below 2");
    }

    @Test
    void aSecretInPlainTextIsReported() {
        assertReported(
                broken(
                        APP,
                        "valueFrom: {secretKeyRef: {name: portal-secrets, key: db-app-password}}",
                        "value: hunter2"),
                "JIXIAO_DB_APP_PASSWORD is a secret in plain text");
        assertReported("""
                apiVersion: v1
                kind: Secret
                metadata: {name: portal-secrets, namespace: jixiao-extranet}
                stringData: {db-app-password: hunter2}
                """, "plain text is not allowed");
        assertReported("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: portal-config, namespace: jixiao-extranet}
                data: {JIXIAO_CSRF_SECRET: abc}
                """, "looks like a secret");
    }

    @Test
    void aServiceThatExposesTheManagementPortIsReported() {
        assertReported(broken(APP, "targetPort: http}", "targetPort: management}"), "exposes a management port");
    }

    @Test
    void aReferenceToNothingIsReported() {
        assertReported(
                broken(
                        APP,
                        "  selector: {app.kubernetes.io/name: portal}\n  ports:",
                        "  selector: {app.kubernetes.io/name: portl}\n  ports:"),
                "matches no workload's pods");
        assertReported(
                broken(
                        APP,
                        "          env:\n",
                        "          envFrom:\n            - configMapRef: {name: portal-config}\n          env:\n"),
                "ConfigMap portal-config does not exist");
        assertReported(APP + """
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: portal, namespace: jixiao-extranet}
                spec:
                  rules:
                    - host: portal.example
                      http:
                        paths:
                          - path: /
                            pathType: Prefix
                            backend:
                              service: {name: portail, port: {name: http}}
                """, "routes to Service portail, which does not exist");
    }

    @Test
    void aPostgresClusterWithoutStandbyOrBackupIsReported() {
        assertReported(broken(DATABASE, "instances: 3", "instances: 1"), "at least 2 instances");
        assertReported(DATABASE.substring(0, DATABASE.indexOf("---")), "no ScheduledBackup");
    }

    @Test
    void aCustomResourceFailsItsOwnSchema() {
        assertReported(broken(DATABASE, "instances: 3", "instances: 3\n  instanecs: 2"), "instanecs");
        assertReported(broken(DATABASE, "instances: 3", "instances: \"3\""), "Path '/spec/instances'");
        assertReported(
                broken(DATABASE, "destinationPath: s3://backup/", "destinationPath: 42"),
                "Path '/spec/backup/barmanObjectStore/destinationPath'");
    }

    @Test
    void aKindWithoutAnySchemaIsReported() {
        assertReported("""
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: w, namespace: jixiao-data}
                """, "no schema for example.com/v1 Widget");
    }

    @Test
    void anInternetNamespaceMustDenyOutgoingTraffic() {
        String zone = """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: jixiao-extranet
                  labels: {jixiao.cn/zone: internet}
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: default-deny, namespace: jixiao-extranet}
                spec:
                  podSelector: {}
                  policyTypes: [Ingress]
                ---
                """ + APP;
        assertReported(zone, "must deny outgoing traffic");
        assertReported(
                zone.replace("policyTypes: [Ingress]", "policyTypes: [Egress]"), "no default-deny NetworkPolicy");
    }

    @Test
    void theEnvironmentTableOfTheReadmeIsEnforced() {
        String readme = """
                ## Environment of each app
                | variable | portal |
                |---|---|
                | `JIXIAO_DB_APP_PASSWORD` / `_PUBLIC_` | app |
                | `JIXIAO_DEMO_DATA` | false |
                | `JIXIAO_CLAMD_HOST` | — |
                | `JIXIAO_PORTAL_CLIENT_SECRET` / `JIXIAO_ADMIN_CLIENT_SECRET` | ✓ |
                """;
        List<EnvCoverage.Required> required = EnvCoverage.fromReadme(readme);
        // one ✓ for two alternatives: both are asked for
        assertTrue(required.getFirst().variables().containsKey("JIXIAO_ADMIN_CLIENT_SECRET"));
        required = EnvCoverage.fromReadme(readme.replace(" / `JIXIAO_ADMIN_CLIENT_SECRET`", ""));
        List<String> errors = EnvCoverage.check(required, Manifests.parse("sample.yaml", APP));
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.getFirst().contains("JIXIAO_DEMO_DATA is not set"), errors.toString());
        assertTrue(errors.getLast().contains("JIXIAO_PORTAL_CLIENT_SECRET is not set"), errors.toString());
        String withDemo = broken(
                APP, "          env:\n", "          env:\n            - {name: JIXIAO_DEMO_DATA, value: \"true\"}\n");
        List<String> wrong = EnvCoverage.check(required, Manifests.parse("sample.yaml", withDemo));
        assertTrue(wrong.toString().contains("JIXIAO_DEMO_DATA must be false, not true"), wrong.toString());
    }
}
