package cn.jixiao.backup;

import io.minio.MinioClient;
import io.minio.errors.MinioException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * One backup = one timestamped folder {@code jixiao-<UTC time>/}: {@code postgres/data/} (the base backup
 * with its WAL), {@code objects/<sha256>} (every S3 object), {@code manifest.json} and {@code SHA256SUMS}.
 * It is written as {@code <name>.partial} and renamed only when complete.
 */
public final class Backups {
    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("'jixiao-'yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Backups() {}

    /** Backs up the cluster behind {@code superuser} and every object of {@code buckets} into a new folder under {@code parent}. */
    public static Path take(Connection superuser, MinioClient s3, List<String> buckets, Path parent, Clock clock)
            throws SQLException, IOException, MinioException {
        Instant now = clock.instant();
        Path folder = parent.resolve(NAME.format(now));
        Path partial = parent.resolve(folder.getFileName() + ".partial");
        if (Files.exists(folder) || Files.exists(partial)) {
            throw new IllegalStateException(folder + " already exists");
        }
        Files.createDirectories(partial);
        BackupManifest.Postgres postgres = BaseBackup.take(superuser, partial.resolve("postgres"));
        List<BackupManifest.StoredObject> objects = ObjectBackup.take(s3, buckets, partial);
        List<BackupManifest.StoredFile> files = files(partial);
        var manifest = new BackupManifest(BackupManifest.FORMAT, now.toString(), postgres, objects, files);
        manifest.write(partial);
        writeSums(partial, files);
        Files.move(partial, folder);
        return folder;
    }

    /**
     * Checks that every file the manifest names is there with its SHA-256 and that no other file is;
     * returns the problems (empty when the backup is whole).
     */
    public static List<String> verify(Path folder) throws IOException {
        BackupManifest manifest = BackupManifest.read(folder);
        List<String> problems = new ArrayList<>();
        var expected = new java.util.TreeMap<String, String>();
        manifest.files().forEach(f -> expected.put(f.path(), f.sha256()));
        var actual = new java.util.TreeMap<String, String>();
        for (BackupManifest.StoredFile file : files(folder)) {
            actual.put(file.path(), file.sha256());
        }
        problems.addAll(TableChecksums.differences(expected, actual));
        for (BackupManifest.StoredObject object : manifest.objects()) {
            if (!expected.containsKey(ObjectBackup.FOLDER + "/" + object.sha256())) {
                problems.add(object.bucket() + "/" + object.key() + ": its content is not in the backup");
            }
        }
        return problems;
    }

    /** Lays the database part into an empty data directory (after checking the whole backup). */
    public static BackupManifest restoreDatabase(Path folder, Path dataDir) throws IOException {
        requireWhole(folder);
        BackupManifest manifest = BackupManifest.read(folder);
        BaseBackup.restore(folder, manifest.postgres(), dataDir);
        return manifest;
    }

    /** Puts every object back into empty buckets ({@code bucketFor} renames a bucket; identity for the same names). */
    public static int restoreObjects(Path folder, MinioClient s3, UnaryOperator<String> bucketFor)
            throws IOException, MinioException {
        requireWhole(folder);
        return ObjectBackup.restore(s3, BackupManifest.read(folder), folder, bucketFor);
    }

    /** Makes a restored data directory recover from archived WAL up to {@code targetTime}. */
    public static void recoverTo(Path dataDir, String restoreCommand, String targetTime) throws IOException {
        BaseBackup.recoverTo(dataDir, restoreCommand, targetTime);
    }

    private static void requireWhole(Path folder) throws IOException {
        List<String> problems = verify(folder);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("备份不完整或已损坏 (the backup is damaged): " + String.join("; ", problems));
        }
    }

    /** Removes a folder and everything in it (a partial download that failed its checks). */
    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    private static List<BackupManifest.StoredFile> files(Path folder) throws IOException {
        List<BackupManifest.StoredFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) paths.filter(Files::isRegularFile).sorted()::iterator) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                if (relative.equals(BackupManifest.FILE) || relative.equals(BackupManifest.SUMS)) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    files.add(new BackupManifest.StoredFile(relative, Files.size(file), Sha256.of(in)));
                }
            }
        }
        return files;
    }

    private static void writeSums(Path folder, List<BackupManifest.StoredFile> files) throws IOException {
        var sums = new StringBuilder();
        for (BackupManifest.StoredFile file : files) {
            sums.append(file.sha256()).append("  ").append(file.path()).append('\n');
        }
        sums.append(Sha256.of(folder.resolve(BackupManifest.FILE)))
                .append("  ")
                .append(BackupManifest.FILE)
                .append('\n');
        Files.writeString(folder.resolve(BackupManifest.SUMS), sums, StandardCharsets.UTF_8);
    }
}
