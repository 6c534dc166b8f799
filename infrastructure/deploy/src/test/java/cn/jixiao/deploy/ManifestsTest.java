package cn.jixiao.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The production manifests in k8s/: schemas, the project's rules, the README's environment, kustomize's list. */
class ManifestsTest {
    static final Path FOLDER = Path.of("k8s");
    static List<Manifest> manifests;

    @BeforeAll
    static void load() {
        manifests = Manifests.load(FOLDER);
    }

    @Test
    void everyObjectMatchesTheSchemaOfItsKind() {
        List<String> errors = new ArrayList<>();
        manifests.forEach(m -> errors.addAll(SchemaCheck.get().check(m)));
        assertEquals(List.of(), errors);
    }

    @Test
    void everyManifestFollowsTheProjectsRules() {
        assertEquals(List.of(), PolicyCheck.check(manifests));
    }

    @Test
    void everyEnvironmentVariableOfTheDeployReadmeIsSetForItsApp() throws IOException {
        List<EnvCoverage.Required> required = EnvCoverage.fromReadme(Files.readString(Path.of("README.md")));
        assertEquals(
                List.of("portal", "public-site", "tenant-admin"),
                required.stream().map(EnvCoverage.Required::app).toList());
        assertTrue(required.getFirst().variables().containsKey("JIXIAO_CSRF_SECRET"), "the table was read");
        assertTrue(required.getFirst().variables().containsKey("JIXIAO_PORTAL_CLIENT_SECRET"));
        assertFalse(required.getFirst().variables().containsKey("JIXIAO_TENANT_ADMIN_CLIENT_SECRET"));
        assertEquals(List.of(), EnvCoverage.check(required, manifests));
    }

    @Test
    void theKustomizationListsEveryManifestFile() throws IOException {
        JsonNode kustomization =
                Manifests.YAML.readTree(FOLDER.resolve("kustomization.yaml").toFile());
        Set<String> listed = new TreeSet<>();
        kustomization.path("resources").forEach(r -> listed.add(r.asText()));
        Set<String> files = Manifests.files(FOLDER).stream()
                .map(p -> p.getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(files, listed);
    }

    @Test
    void everySecretTheManifestsNameIsDocumented() throws IOException {
        String documentation = Files.readString(Path.of("K8S.md"));
        Set<String> names = new TreeSet<>();
        manifests.forEach(m -> SecretNames.collect(m.node(), names));
        assertTrue(names.contains("portal-secrets") && names.contains("pg-backup-s3"), names.toString());
        List<String> undocumented = names.stream()
                .filter(name -> !documentation.contains("`" + name + "`"))
                .toList();
        assertEquals(List.of(), undocumented, "Secrets missing from K8S.md, \"Secrets\"");
    }

    @Test
    void theThreeAppsAndTheirBackingServicesAreAllThere() {
        Set<String> objects =
                manifests.stream().map(m -> m.kind() + "/" + m.name()).collect(Collectors.toSet());
        for (String expected : List.of(
                "Deployment/portal",
                "Deployment/public-site",
                "Deployment/tenant-admin",
                "Ingress/portal",
                "Ingress/public-site",
                "Cluster/jixiao-pg",
                "ScheduledBackup/jixiao-pg-daily",
                "StatefulSet/minio",
                "Keycloak/keycloak",
                "Deployment/clamd")) {
            assertTrue(objects.contains(expected), expected + " is missing");
        }
    }
}
