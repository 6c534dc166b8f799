package cn.jixiao.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one backup holds ({@code manifest.json} in its folder): the PostgreSQL base backup, every S3
 * object with its bucket, key and SHA-256, and the SHA-256 of every file of the folder.
 */
public record BackupManifest(
        int format, String createdAt, Postgres postgres, List<StoredObject> objects, List<StoredFile> files) {

    public static final String FILE = "manifest.json";
    /** The same checksums for {@code sha256sum -c SHA256SUMS}, manifest.json included. */
    public static final String SUMS = "SHA256SUMS";

    public static final int FORMAT = 1;

    /**
     * A physical base backup of the whole PostgreSQL cluster (every database, roles, grants), taken with
     * pg_backup_start/pg_backup_stop; {@code walSegments} are the WAL files that make it consistent.
     */
    public record Postgres(
            String serverVersion,
            String startLsn,
            String stopLsn,
            int timeline,
            String startWal,
            String stopWal,
            List<String> walSegments,
            List<String> directories,
            List<String> databases) {}

    /** One S3 object: stored in the backup as {@code objects/<sha256>}. {@code kind} is its key's first folder. */
    public record StoredObject(
            String bucket,
            String key,
            long size,
            String sha256,
            String contentType,
            Map<String, String> metadata,
            String kind) {}

    /** One file of the backup folder, by its path relative to the folder. */
    public record StoredFile(String path, long size, String sha256) {}

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    void write(Path folder) throws IOException {
        JSON.writeValue(folder.resolve(FILE).toFile(), this);
    }

    public static BackupManifest read(Path folder) throws IOException {
        return JSON.readValue(folder.resolve(FILE).toFile(), BackupManifest.class);
    }
}
