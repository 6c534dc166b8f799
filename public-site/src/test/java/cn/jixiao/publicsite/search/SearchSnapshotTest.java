package cn.jixiao.publicsite.search;

import static cn.jixiao.publicsite.PublicSiteStack.awaitValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.platform.storage.ObjectStorage;
import cn.jixiao.publicsite.PublicSiteStack;
import cn.jixiao.publicsite.fixture.ReportFixtures;
import cn.jixiao.testing.TestStack;
import io.agroal.api.AgroalDataSource;
import io.minio.PutObjectArgs;
import io.minio.StatObjectArgs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Index snapshots against the real S3 server and PostgreSQL: written from a held commit with a manifest
 * of checksums, only when the index changed and only by the replica holding the advisory lock; a
 * download matches its manifest and opens as the same index, a damaged or foreign one is refused.
 * (A second replica restoring one and catching up: infrastructure/e2e SearchScaleOutTest.)
 */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
class SearchSnapshotTest {
    private static final Duration WITHIN = Duration.ofSeconds(10);

    @Inject
    SnapshotWriter writer;

    @Inject
    IndexSnapshots snapshots;

    @Inject
    SearchIndex index;

    @Inject
    ObjectStorage storage;

    @Inject
    ReportFixtures fixtures;

    @Inject
    @io.quarkus.agroal.DataSource("owner")
    AgroalDataSource owner;

    @TempDir
    Path temp;

    @BeforeEach
    void indexIsBuiltAndCaughtUp() throws Exception {
        PublicSiteStack.awaitSearchIndex();
        awaitIndexed(logEnd());
    }

    @Test
    void snapshotIsWrittenOnlyWhenTheIndexChanged() throws Exception {
        var first = writer.writeIfChanged();
        assertTrue(EnumSet.of(SnapshotWriter.Outcome.WRITTEN, SnapshotWriter.Outcome.UNCHANGED)
                .contains(first));
        SnapshotManifest before = snapshots.latest().orElseThrow();
        assertEquals(index.lastEventId().orElseThrow(), before.lastEventId());
        assertEquals(ReportFields.SCHEMA_VERSION, before.schemaVersion());
        assertEquals(index.documentCount(), before.reports());
        assertTrue(
                before.files().values().stream().allMatch(file -> file.sha256().matches("[0-9a-f]{64}")));
        assertTrue(before.files().keySet().stream().anyMatch(name -> name.startsWith("segments_")));
        assertEquals(before.archiveBytes(), archiveSize(before));
        assertEquals(SnapshotWriter.Outcome.UNCHANGED, writer.writeIfChanged());

        advanceIndex();
        assertEquals(SnapshotWriter.Outcome.WRITTEN, writer.writeIfChanged());
        SnapshotManifest after = snapshots.latest().orElseThrow();
        assertTrue(after.lastEventId() > before.lastEventId());
        assertEquals(index.lastEventId().orElseThrow(), after.lastEventId());
        assertTrue(snapshots.list().contains(after.lastEventId()));
        assertTrue(snapshots.list().size() <= 3, "only the newest snapshots-kept (3) stay: " + snapshots.list());
    }

    @Test
    void replicaWithoutTheLockSkipsWhileAnotherWrites() throws Exception {
        advanceIndex();
        try (Connection other = owner.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, SnapshotWriter.LOCK_KEY);
                lock.execute();
            }
            assertEquals(SnapshotWriter.Outcome.LOCKED, writer.writeIfChanged());
            other.rollback();
        }
        assertEquals(SnapshotWriter.Outcome.WRITTEN, writer.writeIfChanged());
    }

    @Test
    void downloadedSnapshotMatchesItsManifestAndOpensAsTheIndex() throws Exception {
        writer.writeIfChanged();
        SnapshotManifest manifest = snapshots.latest().orElseThrow();
        Path folder = temp.resolve("restored");

        snapshots.download(manifest, folder);

        try (var directory = FSDirectory.open(folder);
                var reader = DirectoryReader.open(directory)) {
            assertEquals(manifest.reports(), reader.numDocs());
            Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
            assertEquals(Long.toString(manifest.lastEventId()), data.get(SearchIndex.LAST_EVENT));
            assertEquals(ReportFields.SCHEMA_VERSION, data.get(SearchIndex.SCHEMA));
        }
    }

    @Test
    void damagedOrForeignSnapshotIsRefused() throws Exception {
        writer.writeIfChanged();
        SnapshotManifest good = snapshots.latest().orElseThrow();
        Path folder = temp.resolve("refused");

        var changed = new HashMap<>(good.files());
        String segments = changed.keySet().stream()
                .filter(name -> name.startsWith("segments_"))
                .findFirst()
                .orElseThrow();
        changed.put(
                segments, new SnapshotManifest.FileEntry(changed.get(segments).size(), "0".repeat(64)));
        var wrongChecksum = withFiles(good, changed, good.archive());
        var thrown = assertThrows(
                IndexSnapshots.InvalidSnapshotException.class, () -> snapshots.download(wrongChecksum, folder));
        assertTrue(thrown.getMessage().contains(segments), thrown.getMessage());

        String garbage = snapshots.folder() + "test-damaged.zip";
        byte[] bytes = "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1);
        storage.client()
                .putObject(PutObjectArgs.builder()
                        .bucket(storage.bucket())
                        .object(garbage)
                        .data(bytes, bytes.length)
                        .build());
        assertThrows(
                IndexSnapshots.InvalidSnapshotException.class,
                () -> snapshots.download(withFiles(good, good.files(), garbage), folder));

        var otherSchema = new SnapshotManifest(
                "1",
                good.lastEventId(),
                good.eventHoles(),
                good.reports(),
                good.createdAt(),
                good.archive(),
                good.archiveBytes(),
                good.files());
        assertThrows(IndexSnapshots.InvalidSnapshotException.class, () -> snapshots.download(otherSchema, folder));
    }

    private static SnapshotManifest withFiles(
            SnapshotManifest manifest, Map<String, SnapshotManifest.FileEntry> files, String archive) {
        return new SnapshotManifest(
                manifest.schemaVersion(),
                manifest.lastEventId(),
                manifest.eventHoles(),
                manifest.reports(),
                manifest.createdAt(),
                archive,
                manifest.archiveBytes(),
                files);
    }

    private long archiveSize(SnapshotManifest manifest) throws Exception {
        return storage.client()
                .statObject(StatObjectArgs.builder()
                        .bucket(storage.bucket())
                        .object(manifest.archive())
                        .build())
                .size();
    }

    /**
     * Moves the index on by one event without changing its reports, so the rankings other tests assert stay
     * as they are (a report added and withdrawn again would leave a deleted document in the statistics):
     * the event names a draft, which the maintainer removes from the index, where it never was.
     */
    private void advanceIndex() throws Exception {
        long draft = fixtures.report("430600", "DRAFT", "快照测试的草稿", "2026-12-01", "## 草稿");
        try (Connection c = owner.getConnection();
                PreparedStatement event = c.prepareStatement(
                        "insert into publication_event (tenant_id, report_id, kind) values ('430600', ?, 'UPDATED')")) {
            event.setLong(1, draft);
            event.executeUpdate();
        }
        awaitIndexed(logEnd());
    }

    private long logEnd() throws Exception {
        try (Connection c = owner.getConnection();
                PreparedStatement max = c.prepareStatement("select coalesce(max(id), 0) from publication_event");
                ResultSet rows = max.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void awaitIndexed(long logEnd) {
        awaitValue(
                () -> index.lastEventId().orElse(0),
                indexed -> indexed >= logEnd,
                WITHIN,
                "the index did not apply the new report's event");
    }
}
