package cn.jixiao.portal.evidence;

import io.minio.AbortMultipartUploadArgs;
import io.minio.CompleteMultipartUploadArgs;
import io.minio.CreateMultipartUploadArgs;
import io.minio.Http;
import io.minio.MinioAsyncClient;
import io.minio.PutObjectAPIArgs;
import io.minio.UploadPartArgs;
import io.minio.UploadPartResponse;
import io.minio.errors.MinioException;
import io.minio.messages.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.zip.CRC32C;

/**
 * Sends a stream to one object as it is read: a body that fits one part in one request, a longer one as a
 * multipart upload whose next part is read while up to {@code inFlight} earlier parts are on their way, so
 * receiving and sending overlap. Memory is bounded: at most {@code inFlight + 1} part buffers, reused.
 *
 * <p>Each byte is touched once after it is read: the parts go out as {@code UNSIGNED-PAYLOAD} (SigV4 still
 * signs the request; the body's integrity is a CRC32C per part, which the JDK computes in hardware and S3
 * checks). The client library's own way hashes every part with SHA-256 for the signature over plain HTTP
 * and with a table-driven CRC32C, on top of the file's SHA-256 the intake takes anyway. A failure aborts the
 * multipart upload, so nothing is left in the bucket.
 */
final class PartedPut {
    private static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

    private final MinioAsyncClient client;
    private final String bucket;
    private final String key;
    private final String contentType;
    private final int partSize;
    private final int inFlight;

    PartedPut(MinioAsyncClient client, String bucket, String key, String contentType, int partSize, int inFlight) {
        this.client = client;
        this.bucket = bucket;
        this.key = key;
        this.contentType = contentType;
        this.partSize = partSize;
        this.inFlight = Math.max(1, inFlight);
    }

    /**
     * Reads {@code in} to its end and stores it; a failure of the stream or of the storage is thrown once
     * every request this started has finished, and leaves no object and no unfinished upload behind.
     *
     * @param sizeHint the exact size when known (a small body then gets a buffer of its size), else -1
     */
    void send(InputStream in, long sizeHint) throws IOException, MinioException {
        var buffers = new Buffers(inFlight + 1, partSize);
        int firstSize = sizeHint >= 0 && sizeHint < partSize ? (int) sizeHint + 1 : partSize;
        byte[] first = firstSize == partSize ? buffers.take() : new byte[firstSize];
        int n = in.readNBytes(first, 0, first.length);
        if (n < first.length) {
            if (sizeHint >= 0 && n != sizeHint) {
                throw new IOException("the body ended after " + n + " of " + sizeHint + " bytes");
            }
            join(client.putObject(PutObjectAPIArgs.builder()
                    .bucket(bucket)
                    .object(key)
                    .contentType(contentType)
                    .data(first, n)
                    .headers(headers(first, n))
                    .build()));
            return;
        }
        if (first.length != partSize) {
            // more bytes than the declared length: HTTP's framing does not allow it, so refuse rather than guess
            throw new IOException("the body is longer than its declared size");
        }
        String uploadId = join(client.createMultipartUpload(CreateMultipartUploadArgs.builder()
                        .bucket(bucket)
                        .object(key)
                        .headers(new Http.Headers("Content-Type", contentType, "x-amz-checksum-algorithm", "crc32c"))
                        .build()))
                .result()
                .uploadId();
        var sent = new ArrayList<CompletableFuture<UploadPartResponse>>();
        try {
            byte[] part = first;
            long total = 0;
            while (n > 0) {
                total += n;
                sent.add(upload(uploadId, sent.size() + 1, part, n, buffers));
                failFast(sent);
                if (n < part.length) {
                    break;
                }
                part = buffers.take();
                n = in.readNBytes(part, 0, part.length);
                if (n == 0) {
                    buffers.give(part);
                }
            }
            if (sizeHint >= 0 && total != sizeHint) {
                // a body that ends short of its declared length is a cut upload, not a smaller file
                throw new IOException("the body ended after " + total + " of " + sizeHint + " bytes");
            }
            List<Part> parts = new ArrayList<>();
            for (var future : sent) {
                parts.add(join(future).part());
            }
            join(client.completeMultipartUpload(CompleteMultipartUploadArgs.builder()
                    .bucket(bucket)
                    .object(key)
                    .uploadId(uploadId)
                    .parts(parts.toArray(Part[]::new))
                    .build()));
        } catch (IOException | MinioException | RuntimeException e) {
            abort(uploadId, sent, e);
            throw e;
        }
    }

    private CompletableFuture<UploadPartResponse> upload(
            String uploadId, int number, byte[] part, int length, Buffers buffers) throws MinioException {
        CompletableFuture<UploadPartResponse> future;
        try {
            future = client.uploadPart(UploadPartArgs.builder()
                    .bucket(bucket)
                    .object(key)
                    .uploadId(uploadId)
                    .partNumber(number)
                    .data(part, length)
                    .headers(headers(part, length))
                    .build());
        } catch (RuntimeException e) {
            buffers.give(part);
            throw e;
        }
        // the buffer is free again once its request is answered (the body has been written by then)
        return future.whenComplete((response, failure) -> buffers.give(part));
    }

    /** Headers of a part: the unsigned payload and its CRC32C (base64 of the big-endian value). */
    private static Http.Headers headers(byte[] data, int length) {
        var crc = new CRC32C();
        crc.update(data, 0, length);
        long value = crc.getValue();
        byte[] bytes = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
        return new Http.Headers(
                "x-amz-content-sha256",
                UNSIGNED_PAYLOAD,
                "x-amz-checksum-crc32c",
                Base64.getEncoder().encodeToString(bytes),
                "x-amz-sdk-checksum-algorithm",
                "crc32c");
    }

    /** Stops reading early when a part already failed (e.g. the storage is gone). */
    private static void failFast(List<CompletableFuture<UploadPartResponse>> sent) throws MinioException {
        for (var future : sent) {
            if (future.isCompletedExceptionally()) {
                join(future);
            }
        }
    }

    /** Waits for the parts still on their way (their buffers), then aborts the upload; its failure is added. */
    private void abort(String uploadId, List<CompletableFuture<UploadPartResponse>> sent, Exception cause) {
        for (var future : sent) {
            try {
                future.join();
            } catch (CompletionException | java.util.concurrent.CancellationException ignored) {
                // the first failure is the one reported
            }
        }
        try {
            join(client.abortMultipartUpload(AbortMultipartUploadArgs.builder()
                    .bucket(bucket)
                    .object(key)
                    .uploadId(uploadId)
                    .build()));
        } catch (MinioException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private static <T> T join(CompletableFuture<T> future) throws MinioException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MinioException(new InterruptedIOException("storage request interrupted"));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof MinioException minio) {
                throw minio;
            }
            throw new MinioException(cause);
        }
    }

    /** At most {@code max} part buffers, made when first needed and handed back when a part is answered. */
    private static final class Buffers {
        private final BlockingQueue<byte[]> free;
        private final int max;
        private final int size;
        private int made;

        Buffers(int max, int size) {
            this.free = new ArrayBlockingQueue<>(max);
            this.max = max;
            this.size = size;
        }

        byte[] take() throws InterruptedIOException {
            byte[] buffer = free.poll();
            if (buffer != null) {
                return buffer;
            }
            if (made < max) {
                made++;
                return new byte[size];
            }
            try {
                return free.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("upload interrupted while parts were sent");
            }
        }

        void give(byte[] buffer) {
            if (buffer.length == size) {
                free.offer(buffer);
            }
        }
    }
}
