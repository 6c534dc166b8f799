package cn.jixiao.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.localstack.Credentials;
import cn.jixiao.localstack.LocalStack;
import cn.jixiao.localstack.StackConfig;
import cn.jixiao.testing.TestStack;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveBucketArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.messages.Item;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The backup drill on the test stack: back up its PostgreSQL (every database) and its bucket, restore onto
 * an empty stack (a second PostgreSQL server started from the restored data directory, an empty bucket on
 * the same S3 server), and compare every table and every object; then prove the comparison catches one
 * changed row, one changed or missing object and a damaged backup file.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupRestoreTest {
    private static final String PROBE_DATABASE = "backup_probe";

    private static StackConfig stack;
    private static BackupSettings settings;
    private static MinioClient s3;
    private static Path work;
    private static String probePrefix;
    private static Path backup;
    private static List<String> databases;
    private static SortedMap<String, String> sourceTables;
    private static Map<String, String> sourceObjects;
    private static EmbeddedPostgres restored;
    private static String restoredBucket;

    @BeforeAll
    static void backUpThenRestoreOntoAnEmptyStack() throws Exception {
        stack = LocalStack.ensureRunning(TestStack.config());
        settings = BackupSettings.from(Map.of(
                "JIXIAO_PG_PORT", Integer.toString(stack.postgresPort()),
                "JIXIAO_S3_PORT", Integer.toString(stack.s3Port())));
        s3 = settings.s3();
        work = Files.createTempDirectory(stack.dataDir(), "backup-test-");
        probePrefix = "backup-test/" + work.getFileName() + "/";
        populate();

        try (Connection superuser = settings.connect("postgres")) {
            databases = new ArrayList<>(BaseBackup.databases(superuser));
        }
        SortedMap<String, String> before = tables(settings.postgresPort());
        try (Connection superuser = settings.connect("postgres")) {
            backup = Backups.take(superuser, s3, settings.buckets(), work, Clock.systemUTC());
        }
        sourceTables = tables(settings.postgresPort());
        assertEquals(
                List.of(),
                TableChecksums.differences(before, sourceTables),
                "the source changed while the backup ran: something else writes to the test stack");
        sourceObjects = ObjectBackup.checksums(s3, Credentials.S3_BUCKET);

        Path dataDir = work.resolve("restored-postgres");
        Backups.restoreDatabase(backup, dataDir);
        restored = EmbeddedPostgres.builder()
                .setPort(freePort())
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "localhost")
                .start();
        restoredBucket = "restored-" + work.getFileName().toString().replaceAll("[^a-z0-9-]", "");
        Backups.restoreObjects(backup, s3, bucket -> restoredBucket);
    }

    @Test
    @Order(1)
    void everyTableOfEveryDatabaseIsRestoredRowForRow() throws Exception {
        assertTrue(
                databases.containsAll(List.of(Credentials.DB_NAME, Credentials.KEYCLOAK_DB, PROBE_DATABASE)),
                databases.toString());
        assertTrue(sourceTables.containsKey("jixiao/public.report"), "the product's tables are compared");
        assertTrue(sourceTables.keySet().stream().anyMatch(t -> t.startsWith("keycloak/")), "Keycloak's tables too");
        assertTrue(sourceTables.get(PROBE_DATABASE + "/public.probe").startsWith("1000:"), sourceTables.toString());

        SortedMap<String, String> restoredTables = tables(restored.getPort());
        assertEquals(List.of(), TableChecksums.differences(sourceTables, restoredTables));
        assertEquals(sourceTables, restoredTables);
    }

    @Test
    @Order(2)
    void everyObjectIsRestoredByteForByteWithItsTypeAndMetadata() throws Exception {
        Map<String, String> restoredObjects = ObjectBackup.checksums(s3, restoredBucket);
        assertTrue(restoredObjects
                .keySet()
                .containsAll(List.of(
                        probePrefix + "证据/合同扫描件.pdf",
                        probePrefix + "empty.txt",
                        "search-snapshots/" + probePrefix + "1.zip")));
        assertEquals(List.of(), TableChecksums.differences(sourceObjects, restoredObjects));
        assertEquals(sourceObjects, restoredObjects);

        var stat = s3.statObject(StatObjectArgs.builder()
                .bucket(restoredBucket)
                .object(probePrefix + "证据/合同扫描件.pdf")
                .build());
        assertEquals("application/pdf", stat.contentType());
        var metadata = new java.util.TreeMap<String, String>();
        stat.userMetadata().forEach(h -> metadata.put(h.getKey().toLowerCase(java.util.Locale.ROOT), h.getValue()));
        assertEquals("42", metadata.getOrDefault("x-amz-meta-evidence-id", metadata.get("evidence-id")));
    }

    @Test
    @Order(3)
    void theManifestNamesEveryFileAndObjectWithItsSha256() throws Exception {
        BackupManifest manifest = BackupManifest.read(backup);
        assertEquals(List.of(), Backups.verify(backup));
        assertEquals(sourceObjects.size(), manifest.objects().size());
        for (BackupManifest.StoredObject object : manifest.objects()) {
            assertEquals(sourceObjects.get(object.key()), object.sha256(), object.key());
        }
        try (Stream<Path> files = Files.walk(backup)) {
            long onDisk = files.filter(Files::isRegularFile).count();
            assertEquals(manifest.files().size() + 2, onDisk, "every file but manifest.json and SHA256SUMS is listed");
        }
        assertEquals(
                manifest.files().size() + 1,
                Files.readAllLines(backup.resolve(BackupManifest.SUMS)).size(),
                "SHA256SUMS lists every file and manifest.json");
        assertTrue(
                manifest.postgres().walSegments().contains(manifest.postgres().stopWal()));
    }

    @Test
    @Order(4)
    void aTamperedRestoreIsDetected() throws Exception {
        // one changed cell in one row of one table
        try (Connection c = connect(restored.getPort(), PROBE_DATABASE);
                Statement s = c.createStatement()) {
            s.executeUpdate("update probe set title = title || '!' where id = 500");
        }
        List<String> tableDifferences = TableChecksums.differences(sourceTables, tables(restored.getPort()));
        assertEquals(1, tableDifferences.size(), tableDifferences.toString());
        assertTrue(
                tableDifferences.get(0).startsWith(PROBE_DATABASE + "/public.probe: 1000:"),
                tableDifferences.toString());

        // one object with other bytes, one gone
        byte[] other = "被篡改的内容".getBytes(StandardCharsets.UTF_8);
        s3.putObject(PutObjectArgs.builder().bucket(restoredBucket).object(probePrefix + "证据/合同扫描件.pdf").stream(
                        new ByteArrayInputStream(other), (long) other.length, -1L)
                .build());
        s3.removeObject(RemoveObjectArgs.builder()
                .bucket(restoredBucket)
                .object(probePrefix + "empty.txt")
                .build());
        List<String> objectDifferences =
                TableChecksums.differences(sourceObjects, ObjectBackup.checksums(s3, restoredBucket));
        assertEquals(2, objectDifferences.size(), objectDifferences.toString());
        assertTrue(
                objectDifferences.get(0).startsWith(probePrefix + "empty.txt: missing"), objectDifferences.toString());
        assertTrue(objectDifferences.get(1).startsWith(probePrefix + "证据/合同扫描件.pdf: "), objectDifferences.toString());

        // one flipped byte in the backup: found by verify, and no restore starts from it
        Path segment = backup.resolve("postgres/data/pg_wal")
                .resolve(BackupManifest.read(backup).postgres().stopWal());
        byte[] bytes = Files.readAllBytes(segment);
        bytes[100] ^= 1;
        Files.write(segment, bytes);
        List<String> problems = Backups.verify(backup);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("postgres/data/pg_wal/"), problems.toString());
        assertThrows(
                IllegalStateException.class, () -> Backups.restoreDatabase(backup, work.resolve("second-restore")));
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (restored != null) {
            restored.close();
        }
        if (s3 != null) {
            removeAll(Credentials.S3_BUCKET, probePrefix);
            removeAll(Credentials.S3_BUCKET, "search-snapshots/" + probePrefix);
            if (restoredBucket != null) {
                removeAll(restoredBucket, "");
                s3.removeBucket(
                        RemoveBucketArgs.builder().bucket(restoredBucket).build());
            }
        }
        if (settings != null) {
            try (Connection c = settings.connect("postgres");
                    Statement s = c.createStatement()) {
                s.execute("drop database if exists " + PROBE_DATABASE + " with (force)");
            }
        }
        if (work != null) {
            try (Stream<Path> paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * The product's schema (its migrations, as the portal runs them), a database of the test's own with a
     * thousand rows of every common type, and objects of every shape in the product's bucket.
     */
    private static void populate() throws Exception {
        Flyway.configure()
                .dataSource(
                        settings.jdbcBase() + Credentials.DB_NAME, Credentials.DB_OWNER, Credentials.DB_OWNER_PASSWORD)
                .locations("classpath:db/migration")
                .placeholders(Map.of(
                        "appRole", Credentials.DB_APP,
                        "platformRole", Credentials.DB_PLATFORM,
                        "publicRole", Credentials.DB_PUBLIC))
                .load()
                .migrate();
        try (Connection c = settings.connect("postgres");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + PROBE_DATABASE + " with (force)");
            s.execute("create database " + PROBE_DATABASE + " encoding 'UTF8' template template0");
        }
        try (Connection c = connect(settings.postgresPort(), PROBE_DATABASE);
                Statement s = c.createStatement()) {
            s.execute("""
                    create table probe (
                        id bigserial primary key, title text not null, amount numeric(14, 2), paid boolean,
                        signed_at timestamptz, body jsonb, scan bytea, note text)""");
            s.execute("""
                    insert into probe (title, amount, paid, signed_at, body, scan, note)
                    select '合同 ' || g, g * 1.25, g % 2 = 0, timestamptz '2025-01-01 08:00+08' + g * interval '1 hour',
                           jsonb_build_object('项目', '自助终端', 'n', g), sha256(g::text::bytea),
                           case when g % 7 = 0 then null else '第' || g || '行' end
                    from generate_series(1, 1000) g""");
        }
        put(
                probePrefix + "证据/合同扫描件.pdf",
                "%PDF-1.7 合同".getBytes(StandardCharsets.UTF_8),
                "application/pdf",
                Map.of("evidence-id", "42"));
        put(probePrefix + "empty.txt", new byte[0], "text/plain", Map.of());
        byte[] large = new byte[3 * 1024 * 1024 + 17];
        new java.util.Random(13).nextBytes(large);
        put("search-snapshots/" + probePrefix + "1.zip", large, "application/zip", Map.of());
    }

    private static void put(String key, byte[] bytes, String type, Map<String, String> metadata) throws Exception {
        s3.putObject(PutObjectArgs.builder().bucket(Credentials.S3_BUCKET).object(key).stream(
                        new ByteArrayInputStream(bytes), (long) bytes.length, -1L)
                .contentType(type)
                .userMetadata(metadata)
                .build());
    }

    private static void removeAll(String bucket, String prefix) throws Exception {
        for (Result<Item> item : s3.listObjects(ListObjectsArgs.builder()
                .bucket(bucket)
                .prefix(prefix)
                .recursive(true)
                .build())) {
            s3.removeObject(RemoveObjectArgs.builder()
                    .bucket(bucket)
                    .object(item.get().objectName())
                    .build());
        }
    }

    private static SortedMap<String, String> tables(int port) throws Exception {
        return TableChecksums.of("jdbc:postgresql://localhost:" + port + "/", "postgres", "postgres", databases);
    }

    private static Connection connect(int port, String database) throws Exception {
        return java.sql.DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/" + database, "postgres", "postgres");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
