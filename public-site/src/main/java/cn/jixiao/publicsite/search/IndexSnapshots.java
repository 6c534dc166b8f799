package cn.jixiao.publicsite.search;

import cn.jixiao.platform.storage.ObjectStorage;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import io.minio.messages.Item;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.lucene.index.IndexCommit;

/**
 * Index snapshots in S3: {@code <prefix>/v<schema>/<lastEventId>.zip} (the files of one Lucene commit),
 * its manifest {@code <lastEventId>.json} and {@code latest.json}, a copy of the newest manifest. The
 * archive is streamed both ways (zipped into the upload while the commit is held, unzipped from the
 * download into a folder), never whole in memory; only the newest {@code snapshots-kept} are kept.
 */
@ApplicationScoped
public class IndexSnapshots {
    private static final long PART_SIZE = 16L * 1024 * 1024;
    private static final String LATEST = "latest.json";

    @Inject
    ObjectStorage storage;

    @Inject
    ObjectMapper json;

    @Inject
    SearchConfig config;

    private final Clock clock = Clock.systemUTC();

    /** Thrown when a snapshot cannot be used: unreadable, for another schema, or not what its manifest says. */
    public static final class InvalidSnapshotException extends Exception {
        InvalidSnapshotException(String message) {
            super(message);
        }
    }

    /** The folder of this schema version's snapshots, e.g. {@code search-snapshots/v2/}. */
    String folder() {
        return config.snapshotPrefix() + "/v" + ReportFields.SCHEMA_VERSION + "/";
    }

    /** The newest snapshot's manifest, empty when there is none for this schema version. */
    public Optional<SnapshotManifest> latest() throws IOException {
        try (InputStream in = storage.client()
                .getObject(GetObjectArgs.builder()
                        .bucket(storage.bucket())
                        .object(folder() + LATEST)
                        .build())) {
            return Optional.of(json.readValue(in, SnapshotManifest.class));
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code())) {
                return Optional.empty();
            }
            throw new IOException("reading the latest search snapshot failed: " + e.getMessage(), e);
        } catch (MinioException e) {
            throw new IOException("reading the latest search snapshot failed: " + e.getMessage(), e);
        }
    }

    /**
     * Uploads the files of the given commit (held by the caller) as the newest snapshot, then its manifest
     * and the pointer, and removes the oldest beyond {@code snapshots-kept}.
     */
    SnapshotManifest write(Path indexDir, IndexCommit commit, int reports) throws Exception {
        Map<String, String> data = commit.getUserData();
        long lastEventId = Long.parseLong(data.get(SearchIndex.LAST_EVENT));
        String name = String.format("%020d", lastEventId);
        String archive = folder() + name + ".zip";
        List<String> fileNames = commit.getFileNames().stream().sorted().toList();

        var files = new TreeMap<String, SnapshotManifest.FileEntry>();
        var pipeIn = new PipedInputStream((int) Math.min(PART_SIZE, 1 << 20));
        var pipeOut = new PipedOutputStream(pipeIn);
        CompletableFuture<Void> zipping = CompletableFuture.runAsync(
                () -> {
                    try (var zip = new ZipOutputStream(new BufferedOutputStream(pipeOut, 1 << 16))) {
                        // stored, not compressed: deflate (even its fastest level) took 3.75 s of a core for a
                        // 100,000-report index (177.7 MB) to save 29 %, against 0.2 s stored, checksums
                        // included; at a million reports that was a core for most of a minute every interval
                        zip.setLevel(Deflater.NO_COMPRESSION);
                        for (String file : fileNames) {
                            zip.putNextEntry(new ZipEntry(file));
                            MessageDigest sha = sha256();
                            long size;
                            try (InputStream in =
                                    new DigestInputStream(Files.newInputStream(indexDir.resolve(file)), sha)) {
                                size = in.transferTo(zip);
                            }
                            zip.closeEntry();
                            files.put(
                                    file,
                                    new SnapshotManifest.FileEntry(
                                            size, HexFormat.of().formatHex(sha.digest())));
                        }
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                },
                task -> Thread.ofPlatform().name("search-snapshot-zip").daemon().start(task));
        CountingInputStream counted = new CountingInputStream(pipeIn);
        try (counted) {
            storage.client()
                    .putObject(
                            PutObjectArgs.builder()
                                    .bucket(storage.bucket())
                                    .object(archive)
                                    .contentType("application/zip")
                                    .stream(counted, -1L, PART_SIZE)
                                    .build());
        } catch (MinioException | IOException e) {
            zipping.cancel(true);
            throw e;
        }
        zipping.join();
        var manifest = new SnapshotManifest(
                ReportFields.SCHEMA_VERSION,
                lastEventId,
                SearchIndex.parseHoles(data.get(SearchIndex.HOLES)),
                reports,
                clock.instant(),
                archive,
                counted.count(),
                files);
        byte[] manifestJson = json.writeValueAsBytes(manifest);
        putJson(folder() + name + ".json", manifestJson);
        putJson(folder() + LATEST, manifestJson);
        prune();
        return manifest;
    }

    private void putJson(String object, byte[] bytes) throws MinioException {
        storage.client()
                .putObject(PutObjectArgs.builder()
                        .bucket(storage.bucket())
                        .object(object)
                        .contentType("application/json")
                        .data(bytes, bytes.length)
                        .build());
    }

    /** Removes all but the newest {@code snapshots-kept} snapshots (archive and manifest) of this schema version. */
    void prune() throws MinioException {
        var byName = new TreeMap<String, List<String>>();
        for (Result<Item> result : storage.client()
                .listObjects(ListObjectsArgs.builder()
                        .bucket(storage.bucket())
                        .prefix(folder())
                        .recursive(true)
                        .build())) {
            String object = result.get().objectName();
            String file = object.substring(folder().length());
            if (file.equals(LATEST) || !file.matches("\\d{20}\\.(zip|json)")) {
                continue;
            }
            byName.computeIfAbsent(file.substring(0, 20), key -> new ArrayList<>())
                    .add(object);
        }
        while (byName.size() > config.snapshotsKept()) {
            for (String object : byName.pollFirstEntry().getValue()) {
                storage.client()
                        .removeObject(RemoveObjectArgs.builder()
                                .bucket(storage.bucket())
                                .object(object)
                                .build());
            }
        }
    }

    /** The snapshots of this schema version in S3, by last event id, oldest first (tests, operators). */
    public List<Long> list() throws MinioException {
        var ids = new ArrayList<Long>();
        for (Result<Item> result : storage.client()
                .listObjects(ListObjectsArgs.builder()
                        .bucket(storage.bucket())
                        .prefix(folder())
                        .recursive(true)
                        .build())) {
            String file = result.get().objectName().substring(folder().length());
            if (file.matches("\\d{20}\\.zip")) {
                ids.add(Long.parseLong(file.substring(0, 20)));
            }
        }
        return ids.stream().sorted().toList();
    }

    /**
     * Downloads the manifest's archive into {@code target} (emptied first) and checks every file against
     * the manifest: the same names, sizes and SHA-256.
     */
    void download(SnapshotManifest manifest, Path target) throws IOException, InvalidSnapshotException {
        if (!ReportFields.SCHEMA_VERSION.equals(manifest.schemaVersion())) {
            throw new InvalidSnapshotException(
                    "snapshot of schema " + manifest.schemaVersion() + ", the index is " + ReportFields.SCHEMA_VERSION);
        }
        if (manifest.files() == null || manifest.files().isEmpty()) {
            throw new InvalidSnapshotException("the manifest lists no files");
        }
        deleteFolder(target);
        Files.createDirectories(target);
        var seen = new HashMap<String, SnapshotManifest.FileEntry>();
        try (InputStream in = storage.client()
                        .getObject(GetObjectArgs.builder()
                                .bucket(storage.bucket())
                                .object(manifest.archive())
                                .build());
                var zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (entry.isDirectory() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                    throw new InvalidSnapshotException("unexpected entry in the archive: " + name);
                }
                MessageDigest sha = sha256();
                long size;
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target.resolve(name)), sha)) {
                    size = zip.transferTo(out);
                }
                seen.put(
                        name,
                        new SnapshotManifest.FileEntry(size, HexFormat.of().formatHex(sha.digest())));
            }
        } catch (MinioException e) {
            throw new InvalidSnapshotException(
                    "the archive " + manifest.archive() + " cannot be read: " + e.getMessage());
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new InvalidSnapshotException("the archive " + manifest.archive() + " is damaged: " + e.getMessage());
        }
        if (!seen.equals(manifest.files())) {
            var differing = new TreeMap<String, Object>();
            manifest.files().forEach((file, expected) -> {
                if (!expected.equals(seen.get(file))) {
                    differing.put(file, seen.get(file) == null ? "missing" : "checksum or size differs");
                }
            });
            seen.keySet().stream()
                    .filter(file -> !manifest.files().containsKey(file))
                    .forEach(file -> differing.put(file, "not in the manifest"));
            throw new InvalidSnapshotException("the archive does not match its manifest: " + differing);
        }
    }

    static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts the bytes the upload read (the archive's size). */
    private static final class CountingInputStream extends java.io.FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        long count() {
            return count;
        }
    }
}
