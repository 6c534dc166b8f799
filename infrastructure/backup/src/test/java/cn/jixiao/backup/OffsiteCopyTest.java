package cn.jixiao.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.localstack.LocalStack;
import cn.jixiao.localstack.StackConfig;
import cn.jixiao.testing.TestStack;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
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
 * The off-site copy (等保 2.0 level 3): a real backup of the test stack is shipped to a second S3 server of
 * the test's own (the backup site, other credentials), listed, read back, resumed after a cut, fetched back
 * byte for byte, refused when a file there was changed, and pruned by the retention rule.
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
    static void backUpTheTestStackAndStartTheBackupSite() throws Exception {
        StackConfig stack = LocalStack.ensureRunning(TestStack.config());
        BackupSettings source = BackupSettings.from(Map.of(
                "JIXIAO_PG_PORT", Integer.toString(stack.postgresPort()),
                "JIXIAO_S3_PORT", Integer.toString(stack.s3Port())));
        work = Files.createTempDirectory(stack.dataDir(), "offsite-test-");
        try (Connection superuser = source.connect("postgres")) {
            backup = Backups.take(superuser, source.s3(), source.buckets(), work, Clock.systemUTC());
        }
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
        assertTrue(bundles > 2 && bundles < manifest.files().size() / 100, bundles + " bundles");

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
        Path old = smallBackup("jixiao-20250101T020000Z", now.minus(400, ChronoUnit.DAYS));
        Path lastMonth = smallBackup("jixiao-20251101T020000Z", now.minus(40, ChronoUnit.DAYS));
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

    /** A backup folder of one file, taken at {@code takenAt} (the manifest is what pruning reads). */
    private static Path smallBackup(String folderName, Instant takenAt) throws Exception {
        Path folder = Files.createDirectories(work.resolve("small").resolve(folderName));
        Files.writeString(folder.resolve("note.txt"), "旧备份 " + takenAt);
        String sha256 = Sha256.of(folder.resolve("note.txt"));
        new BackupManifest(
                        BackupManifest.FORMAT,
                        takenAt.toString(),
                        null,
                        List.of(),
                        List.of(new BackupManifest.StoredFile(
                                "note.txt", Files.size(folder.resolve("note.txt")), sha256)))
                .write(folder);
        Files.writeString(
                folder.resolve(BackupManifest.SUMS),
                sha256 + "  note.txt\n" + Sha256.of(folder.resolve(BackupManifest.FILE)) + "  manifest.json\n");
        return folder;
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
