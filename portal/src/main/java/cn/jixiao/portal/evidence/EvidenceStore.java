package cn.jixiao.portal.evidence;

import cn.jixiao.platform.storage.ObjectStorage;
import cn.jixiao.platform.tenancy.Tenancy;
import io.minio.GetObjectArgs;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Evidence files in object storage, under {@code <tenant>/<folder>/<uuid>} (e.g.
 * {@code 150627/devices/12/…}): streamed in with their SHA-256 computed on the way, read back as a
 * stream, removed again when their row could not be saved.
 */
@ApplicationScoped
public class EvidenceStore {
    private static final Logger LOG = Logger.getLogger(EvidenceStore.class);

    @Inject
    ObjectStorage storage;

    /** A new object key in the current region, e.g. folder "devices/12". */
    public static String newKey(String folder) {
        String tenant = Tenancy.current().orElseThrow(() -> new IllegalStateException("evidence belongs to a region"));
        return tenant + "/" + folder + "/" + UUID.randomUUID();
    }

    /** Streams the file to the bucket and returns its SHA-256 (hex), computed on the way. */
    public String put(String key, Path file, long size, String contentType) {
        try (DigestInputStream in =
                new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            storage.client()
                    .putObject(PutObjectArgs.builder().bucket(storage.bucket()).object(key).stream(in, size, -1L)
                            .contentType(contentType)
                            .build());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MinioException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("could not store the evidence file " + key, e);
        }
    }

    /**
     * Streams {@code in} to the bucket as it is read ({@link PartedPut}): one request when it fits a part,
     * else a multipart upload of {@code partSize} parts, the next one read while up to {@code partsInFlight}
     * are sent. A failure (the stream's or the storage's) is thrown, and the multipart upload is aborted.
     *
     * @param size the exact size, or -1 when unknown
     */
    public void putStream(String key, InputStream in, long size, int partSize, int partsInFlight, String contentType)
            throws IOException, MinioException {
        new PartedPut(storage.asyncClient(), storage.bucket(), key, contentType, partSize, partsInFlight)
                .send(in, size);
    }

    /** {@code length} bytes of a stored object from {@code offset}. */
    public InputStream openRange(String key, long offset, long length) {
        try {
            return storage.client()
                    .getObject(GetObjectArgs.builder()
                            .bucket(storage.bucket())
                            .object(key)
                            .offset(offset)
                            .length(length)
                            .build());
        } catch (MinioException e) {
            throw new IllegalStateException("could not read the evidence file " + key, e);
        }
    }

    /**
     * A link a browser downloads the object with, valid for {@code ttl}: signed for the public endpoint,
     * with the headers the answer must carry (the clean name as an attachment, the detected type).
     */
    public String presignedGet(String key, java.time.Duration ttl, String contentDisposition, String contentType) {
        try {
            return storage.presigner()
                    .getPresignedObjectUrl(io.minio.GetPresignedObjectUrlArgs.builder()
                            .method(io.minio.Http.Method.GET)
                            .bucket(storage.bucket())
                            .object(key)
                            .expiry((int) ttl.toSeconds())
                            .extraQueryParams(java.util.Map.of(
                                    "response-content-disposition", contentDisposition,
                                    "response-content-type", contentType))
                            .build());
        } catch (MinioException e) {
            throw new IllegalStateException("could not sign a link to the evidence file " + key, e);
        }
    }

    public InputStream open(String key) {
        try {
            return storage.client()
                    .getObject(GetObjectArgs.builder()
                            .bucket(storage.bucket())
                            .object(key)
                            .build());
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code())) {
                throw new NotFoundException("文件内容已不在存储中 (the file's content is missing from storage)");
            }
            throw new IllegalStateException("could not read the evidence file " + key, e);
        } catch (MinioException e) {
            throw new IllegalStateException("could not read the evidence file " + key, e);
        }
    }

    /** Removes an object whose row was not saved; a failure is logged, the caller's error matters more. */
    public void removeQuietly(String key) {
        try {
            storage.client()
                    .removeObject(RemoveObjectArgs.builder()
                            .bucket(storage.bucket())
                            .object(key)
                            .build());
        } catch (MinioException | RuntimeException e) {
            LOG.errorf("could not remove the unsaved evidence file %s: %s", key, e.getMessage());
        }
    }
}
