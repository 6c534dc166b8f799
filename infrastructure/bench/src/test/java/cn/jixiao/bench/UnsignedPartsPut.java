package cn.jixiao.bench;

import io.minio.CompleteMultipartUploadArgs;
import io.minio.CreateMultipartUploadArgs;
import io.minio.Http;
import io.minio.MinioAsyncClient;
import io.minio.UploadPartArgs;
import io.minio.UploadPartResponse;
import io.minio.messages.Part;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.zip.CRC32C;

/**
 * The second direct baseline of {@link EvidenceUploadBenchmark}: a file put the way the portal's
 * {@code PartedPut} sends an upload (the same client library and part size; parts as UNSIGNED-PAYLOAD with a
 * CRC32C, the next part read while up to {@code inFlight} are sent). Beside MinIO's own {@code putObject}
 * (each part hashed with SHA-256 to sign it), it shows what the portal's way of sending is worth on its own,
 * so the portal's ratio against it is the cost of passing through the portal alone.
 */
final class UnsignedPartsPut {
    private UnsignedPartsPut() {}

    static void put(MinioAsyncClient client, String bucket, String key, InputStream in, int partSize, int inFlight)
            throws Exception {
        String uploadId = client.createMultipartUpload(CreateMultipartUploadArgs.builder()
                        .bucket(bucket)
                        .object(key)
                        .headers(new Http.Headers(
                                "Content-Type", "application/pdf", "x-amz-checksum-algorithm", "crc32c"))
                        .build())
                .get()
                .result()
                .uploadId();
        BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(inFlight + 1);
        for (int i = 0; i <= inFlight; i++) {
            free.add(new byte[partSize]);
        }
        List<CompletableFuture<UploadPartResponse>> sent = new ArrayList<>();
        while (true) {
            byte[] part = free.take();
            int n = in.readNBytes(part, 0, partSize);
            if (n == 0) {
                break;
            }
            var crc = new CRC32C();
            crc.update(part, 0, n);
            long value = crc.getValue();
            byte[] bytes = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
            sent.add(client.uploadPart(UploadPartArgs.builder()
                            .bucket(bucket)
                            .object(key)
                            .uploadId(uploadId)
                            .partNumber(sent.size() + 1)
                            .data(part, n)
                            .headers(new Http.Headers(
                                    "x-amz-content-sha256",
                                    "UNSIGNED-PAYLOAD",
                                    "x-amz-checksum-crc32c",
                                    Base64.getEncoder().encodeToString(bytes),
                                    "x-amz-sdk-checksum-algorithm",
                                    "crc32c"))
                            .build())
                    .whenComplete((response, failure) -> free.offer(part)));
            if (n < partSize) {
                break;
            }
        }
        List<Part> parts = new ArrayList<>();
        for (var future : sent) {
            parts.add(future.get().part());
        }
        client.completeMultipartUpload(CompleteMultipartUploadArgs.builder()
                        .bucket(bucket)
                        .object(key)
                        .uploadId(uploadId)
                        .parts(parts.toArray(Part[]::new))
                        .build())
                .get();
    }
}
