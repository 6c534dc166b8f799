package cn.jixiao.portal.transfer;

import cn.jixiao.platform.storage.ObjectStorage;
import cn.jixiao.portal.tabular.TabularConfig;
import io.agroal.api.AgroalDataSource;
import io.minio.GetObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.UploadObjectArgs;
import io.minio.errors.MinioException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Keeps an uploaded file between its preview and the user's confirmation, under a random token that only
 * the same user in the same region can redeem: the file as an object in the bucket
 * ({@code <tenant>/import-previews/<token>}), whose it is and until when in the table
 * {@code import_preview} (row-level security keeps it in the region). Nothing stays on the instance, so
 * the confirmation may reach any portal instance. Kept until committed or for
 * {@code jixiao.tabular.preview-kept-for}; each upload sweeps the region's expired previews.
 */
@ApplicationScoped
public class UploadStore {
    /** A kept preview; {@code file} is a copy on this instance's disk, the caller deletes it when done. */
    public record Stored(
            String token,
            Path file,
            String tenant,
            String username,
            String sheet,
            String fileName,
            TransferFilter filter,
            Instant storedAt) {}

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(UploadStore.class);

    @Inject
    TabularConfig config;

    @Inject
    ObjectStorage storage;

    @Inject
    AgroalDataSource dataSource;

    /** A fresh token, hard to guess: a preview names it before the file is kept. */
    public static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Keeps {@code upload} under {@code token} for {@code username} in {@code tenant}. */
    public void keep(
            String token,
            Path upload,
            String tenant,
            String username,
            String sheet,
            String fileName,
            TransferFilter filter)
            throws IOException, SQLException {
        sweep();
        String key = key(tenant, token);
        try {
            storage.client()
                    .uploadObject(UploadObjectArgs.builder()
                            .bucket(storage.bucket())
                            .object(key)
                            .filename(upload.toString())
                            .contentType("application/octet-stream")
                            .build());
        } catch (MinioException e) {
            throw new IOException("could not keep the previewed file " + key, e);
        }
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        insert into import_preview (tenant_id, token, username, sheet, file_name, filter_year,
                                                    filter_project_id, object_key, stored_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, tenant);
            insert.setString(2, token);
            insert.setString(3, username);
            insert.setString(4, sheet);
            insert.setString(5, fileName);
            insert.setObject(6, filter.year(), Types.INTEGER);
            insert.setObject(7, filter.projectId(), Types.BIGINT);
            insert.setString(8, key);
            insert.setTimestamp(9, Timestamp.from(now));
            insert.setTimestamp(10, Timestamp.from(now.plus(config.previewKeptFor())));
            insert.executeUpdate();
        } catch (SQLException e) {
            removeQuietly(key);
            throw e;
        }
    }

    /**
     * The kept preview, only for the user who made it, in the same region, before it expires, with a copy
     * of its file on this instance's disk (the caller deletes it).
     */
    public Optional<Stored> find(String token, String tenant, String username) throws IOException, SQLException {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String key;
        Stored found;
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("""
                        select sheet, file_name, filter_year, filter_project_id, object_key, stored_at
                          from import_preview
                         where tenant_id = ? and token = ? and username = ? and expires_at > now()""")) {
            select.setString(1, tenant);
            select.setString(2, token);
            select.setString(3, username);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                key = row.getString("object_key");
                var filter = new TransferFilter(
                        (Integer) row.getObject("filter_year"), (Long) row.getObject("filter_project_id"));
                found = new Stored(
                        token,
                        null,
                        tenant,
                        username,
                        row.getString("sheet"),
                        row.getString("file_name"),
                        filter,
                        row.getTimestamp("stored_at").toInstant());
            }
        }
        Path copy = Files.createTempFile("jixiao-import-", ".kept");
        try (InputStream in = storage.client()
                .getObject(GetObjectArgs.builder()
                        .bucket(storage.bucket())
                        .object(key)
                        .build())) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (MinioException | IOException e) {
            Files.deleteIfExists(copy);
            throw new IOException("could not read the previewed file " + key, e);
        }
        return Optional.of(new Stored(
                token,
                copy,
                found.tenant(),
                found.username(),
                found.sheet(),
                found.fileName(),
                found.filter(),
                found.storedAt()));
    }

    /** Forgets a preview (row and object) of the current region. */
    public void discard(String token) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete =
                        c.prepareStatement("delete from import_preview where token = ? returning object_key")) {
            delete.setString(1, token);
            try (ResultSet rows = delete.executeQuery()) {
                while (rows.next()) {
                    removeQuietly(rows.getString(1));
                }
            }
        }
    }

    /** Removes the current region's expired previews (rows, then objects). */
    private void sweep() throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement(
                        "delete from import_preview where expires_at <= now() returning object_key")) {
            try (ResultSet rows = delete.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
        }
        keys.forEach(this::removeQuietly);
    }

    static String key(String tenant, String token) {
        return tenant + "/import-previews/" + token;
    }

    private void removeQuietly(String key) {
        try {
            storage.client()
                    .removeObject(RemoveObjectArgs.builder()
                            .bucket(storage.bucket())
                            .object(key)
                            .build());
        } catch (MinioException e) {
            LOG.warnf("could not remove the kept preview %s: %s", key, e.getMessage());
        }
    }

    /** Deletes this instance's copy of a kept file. */
    public static void deleteCopy(Stored stored) {
        if (stored.file() == null) {
            return;
        }
        try {
            Files.deleteIfExists(stored.file());
        } catch (IOException e) {
            LOG.warnf("could not delete the copy %s: %s", stored.file(), e.getMessage());
        }
    }
}
