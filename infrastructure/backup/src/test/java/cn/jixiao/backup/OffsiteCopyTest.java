package cn.jixiao.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The off-site copy (等保 2.0 level 3): a backup folder shaped like a base backup (803 files) is shipped to an
 * S3 server of the test's own (the backup site, its own credentials), listed, read back, resumed after a cut,
 * fetched back byte for byte, refused when a bit there was changed, and pruned by the retention rule.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OffsiteCopyTest {
    private static final String KEY = "backup-site";
    private static final String SECRET = "backup-site-secret";
    /** Small bundles, so that the test stack's backup makes several. */
    private static final long BUNDLE_LIMIT = 4L * 1024 * 1024;

    private static Path work;
    private static S3Proxy site;
    private static MinioClient siteClient;
    private static OffsiteSettings settings;
    private static OffsiteCopies copies;
    private static Path backup;
    private static String name;

    @BeforeAll
    static void writeABackupAndStartTheBackupSite() throws Exception {
        work = Files.createTempDirectory("offsite-test-");
        backup = backupFolder(
                "jixiao-"
                        + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                                .withZone(java.time.ZoneOffset.UTC)
                                .format(Instant.now()),
                Instant.now(),
                shapeOfABaseBackup());
        name = backup.getFileName().toString();

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        site = S3Proxy.builder()
                .blobStore(new FilesystemNio2BlobStore(
                        Files.createDirectories(work.resolve("backup-site")).toString()))
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, KEY, SECRET)
                .build();
        site.start();
        settings = OffsiteSettings.from(Map.of(
                        "JIXIAO_OFFSITE_S3_ENDPOINT",
                        "http://127.0.0.1:" + port,
                        "JIXIAO_OFFSITE_S3_ACCESS_KEY",
                        KEY,
                        "JIXIAO_OFFSITE_S3_SECRET_KEY",
                        SECRET,
                        "JIXIAO_OFFSITE_PREFIX",
                        "/伊金霍洛旗机房/"))
                .orElseThrow();
        siteClient = settings.client();
        copies = new OffsiteCopies(settings, BUNDLE_LIMIT);
    }

    @Test
    @Order(1)
    void aBackupIsShippedWholeAndListedComplete() throws Exception {
        BackupManifest manifest = BackupManifest.read(backup);
        int bundles = Bundle.plan(manifest.files(), BUNDLE_LIMIT).size();
        assertTrue(bundles >= 5 && bundles * 50 < manifest.files().size(), bundles + " bundles");

        OffsiteCopies.Shipped shipped = copies.ship(backup);

        assertEquals("s3://jixiao-backups/伊金霍洛旗机房/" + name + "/", shipped.where());
        assertEquals(bundles + 2, shipped.sent(), "the bundles, SHA256SUMS and manifest.json");
        assertEquals(0, shipped.alreadyThere());
        assertEquals(bundles + 2, keys(name).size());
        List<OffsiteCopies.Copy> listed = copies.list();
        assertEquals(1, listed.size(), listed.toString());
        assertEquals(name, listed.get(0).name());
        assertTrue(listed.get(0).complete());
        assertEquals(
                Instant.parse(BackupManifest.read(backup).createdAt()),
                listed.get(0).takenAt());
        assertEquals(List.of(), copies.verify(name), "every file read back from the site matches its SHA-256");
    }

    @Test
    @Order(2)
    void aShipCutShortReadsAsUnfinishedAndShippingAgainSendsOnlyWhatIsMissing() throws Exception {
        int bundles =
                Bundle.plan(BackupManifest.read(backup).files(), BUNDLE_LIMIT).size();
        remove(name + "/" + BackupManifest.FILE);
        remove(name + "/bundles/00002");

        OffsiteCopies.Copy cut = copies.list().get(0);
        assertFalse(cut.complete(), "without its manifest the copy is unfinished");
        var refused = assertThrows(IllegalStateException.class, () -> copies.verify(name));
        assertTrue(refused.getMessage().contains("no complete off-site copy"), refused.getMessage());

        OffsiteCopies.Shipped again = copies.ship(backup);
        assertEquals(2, again.sent(), "the missing bundle and the manifest");
        assertEquals(bundles - 1 + 1, again.alreadyThere(), "the other bundles and SHA256SUMS");
        assertTrue(copies.list().get(0).complete());
    }

    @Test
    @Order(3)
    void aFetchedCopyIsTheBackupByteForByte() throws Exception {
        Path fetched = copies.fetch(name, Files.createDirectories(work.resolve("fetched")));

        assertEquals(List.of(), Backups.verify(fetched));
        for (BackupManifest.StoredFile file : BackupManifest.read(backup).files()) {
            assertEquals(file.size(), Files.size(fetched.resolve(file.path())), file.path());
        }
        assertArrayEquals(
                Files.readAllBytes(backup.resolve(BackupManifest.FILE)),
                Files.readAllBytes(fetched.resolve(BackupManifest.FILE)));
        assertArrayEquals(
                Files.readAllBytes(backup.resolve(BackupManifest.SUMS)),
                Files.readAllBytes(fetched.resolve(BackupManifest.SUMS)));
    }

    @Test
    @Order(4)
    void aFileChangedAtTheSiteIsFoundAndNothingIsFetched() throws Exception {
        Bundle second =
                Bundle.plan(BackupManifest.read(backup).files(), BUNDLE_LIMIT).get(1);
        BackupManifest.StoredFile victim = second.files().get(0);
        String key = settings.prefix() + name + "/" + second.path();
        byte[] bytes;
        try (var in = siteClient.getObject(io.minio.GetObjectArgs.builder()
                .bucket(settings.bucket())
                .object(key)
                .build())) {
            bytes = in.readAllBytes();
        }
        bytes[(int) Math.min(100, victim.size() - 1)] ^= 1; // one bit of the bundle's first file
        siteClient.putObject(PutObjectArgs.builder().bucket(settings.bucket()).object(key).stream(
                        new ByteArrayInputStream(bytes), (long) bytes.length, -1L)
                .build());

        List<String> problems = copies.verify(name);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(victim.path() + ": SHA-256 "), problems.toString());

        Path target = Files.createDirectories(work.resolve("refused"));
        var refused = assertThrows(IllegalStateException.class, () -> copies.fetch(name, target));
        assertTrue(refused.getMessage().contains(victim.path()), refused.getMessage());
        try (Stream<Path> left = Files.list(target)) {
            assertEquals(List.of(), left.toList(), "no folder and no partial download is left");
        }
    }

    @Test
    @Order(5)
    void pruningRemovesWhatTheRetentionRuleDoesNotKeep() throws Exception {
        Instant now = Instant.now();
        Map<String, byte[]> note = Map.of("note.txt", "旧备份".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path old = backupFolder("jixiao-20250101T020000Z", now.minus(400, ChronoUnit.DAYS), note);
        Path lastMonth = backupFolder("jixiao-20251101T020000Z", now.minus(40, ChronoUnit.DAYS), note);
        copies.ship(old);
        copies.ship(lastMonth);
        assertEquals(3, copies.list().size());

        assertEquals(
                List.of("jixiao-20250101T020000Z"),
                copies.prune(Retention.from(Map.of()), now, true),
                "a dry run names what would go");
        assertEquals(3, copies.list().size(), "and removes nothing");

        assertEquals(List.of("jixiao-20250101T020000Z"), copies.prune(Retention.from(Map.of()), now, false));
        assertEquals(
                List.of("jixiao-20251101T020000Z", name),
                copies.list().stream().map(OffsiteCopies.Copy::name).toList());
        assertEquals(List.of(), keys("jixiao-20250101T020000Z"), "no object of the pruned copy is left");
    }

    @AfterAll
    static void stop() throws Exception {
        if (site != null) {
            site.stop();
        }
        if (work != null) {
            Backups.delete(work);
        }
    }

    /**
     * The shape of a base backup (BackupRestoreTest and the drills ship real ones): many small relation
     * files, some empty, and WAL segments larger than a bundle, with random content.
     */
    private static Map<String, byte[]> shapeOfABaseBackup() throws Exception {
        var random = new java.util.Random(13);
        Map<String, byte[]> files = new java.util.TreeMap<>();
        for (int relation = 0; relation < 800; relation++) {
            int size = relation % 40 == 0 ? 0 : 1 + random.nextInt(40 * 1024);
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            files.put("postgres/data/base/16384/" + (16_400 + relation), bytes);
        }
        for (String segment : List.of("000000010000000000000002", "000000010000000000000003")) {
            byte[] bytes = new byte[6 * 1024 * 1024];
            random.nextBytes(bytes);
            files.put("postgres/data/pg_wal/" + segment, bytes);
        }
        byte[] evidence = "%PDF-1.7 合同扫描件".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        files.put("objects/" + sha256(evidence), evidence);
        return files;
    }

    /** A backup folder with these files and its manifest, taken at {@code takenAt} (what pruning reads). */
    private static Path backupFolder(String folderName, Instant takenAt, Map<String, byte[]> contents)
            throws Exception {
        Path folder = Files.createDirectories(work.resolve("backups").resolve(folderName));
        List<BackupManifest.StoredFile> files = new java.util.ArrayList<>();
        var sums = new StringBuilder();
        for (Map.Entry<String, byte[]> file : new java.util.TreeMap<>(contents).entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
            String sha256 = sha256(file.getValue());
            files.add(new BackupManifest.StoredFile(file.getKey(), file.getValue().length, sha256));
            sums.append(sha256).append("  ").append(file.getKey()).append('\n');
        }
        new BackupManifest(BackupManifest.FORMAT, takenAt.toString(), null, List.of(), files).write(folder);
        sums.append(Sha256.of(folder.resolve(BackupManifest.FILE))).append("  manifest.json\n");
        Files.writeString(folder.resolve(BackupManifest.SUMS), sums);
        assertEquals(List.of(), Backups.verify(folder));
        return folder;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return Sha256.of(new ByteArrayInputStream(bytes));
    }

    private static List<String> keys(String backupName) throws Exception {
        List<String> keys = new java.util.ArrayList<>();
        for (var item : siteClient.listObjects(ListObjectsArgs.builder()
                .bucket(settings.bucket())
                .prefix(settings.prefix() + backupName + "/")
                .recursive(true)
                .build())) {
            keys.add(item.get().objectName());
        }
        return keys;
    }

    private static void remove(String key) throws Exception {
        siteClient.removeObject(RemoveObjectArgs.builder()
                .bucket(settings.bucket())
                .object(settings.prefix() + key)
                .build());
    }
}
