package cn.jixiao.backup;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.MinioException;
import io.minio.messages.Item;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Every object of the product's buckets (evidence, report attachments, public-site index snapshots under
 * {@code search-snapshots/}), streamed into the backup as {@code objects/<sha256>} and back.
 */
final class ObjectBackup {
    static final String FOLDER = "objects";
    private static final String USER_METADATA = "x-amz-meta-";

    private ObjectBackup() {}

    static List<BackupManifest.StoredObject> take(MinioClient s3, List<String> buckets, Path backupFolder)
            throws IOException, MinioException {
        Path folder = Files.createDirectories(backupFolder.resolve(FOLDER));
        List<BackupManifest.StoredObject> stored = new ArrayList<>();
        for (String bucket : buckets) {
            for (Result<Item> listed : s3.listObjects(
                    ListObjectsArgs.builder().bucket(bucket).recursive(true).build())) {
                Item item = listed.get();
                if (item.isDir()) {
                    continue;
                }
                String key = item.objectName();
                StatObjectResponse stat = s3.statObject(
                        StatObjectArgs.builder().bucket(bucket).object(key).build());
                Path partial = Files.createTempFile(folder, "download-", ".partial");
                Sha256.Copied copied;
                try (InputStream in = s3.getObject(GetObjectArgs.builder()
                                .bucket(bucket)
                                .object(key)
                                .build());
                        OutputStream out = Files.newOutputStream(partial)) {
                    copied = Sha256.copy(in, out);
                }
                // stored by content: one copy of equal files, and no key ever becomes a path
                Files.move(partial, folder.resolve(copied.sha256()), StandardCopyOption.REPLACE_EXISTING);
                stored.add(new BackupManifest.StoredObject(
                        bucket, key, copied.size(), copied.sha256(), stat.contentType(), metadata(stat), kind(key)));
            }
        }
        return stored;
    }

    /**
     * Puts every object of the backup back, into {@code bucketFor.apply(originalBucket)} (created when
     * missing, refused when it already holds objects), checking each file's SHA-256 before it goes.
     */
    static int restore(MinioClient s3, BackupManifest manifest, Path backupFolder, UnaryOperator<String> bucketFor)
            throws IOException, MinioException {
        for (String bucket : manifest.objects().stream()
                .map(o -> bucketFor.apply(o.bucket()))
                .distinct()
                .toList()) {
            if (!s3.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                s3.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
            } else if (s3.listObjects(
                            ListObjectsArgs.builder().bucket(bucket).maxKeys(1).build())
                    .iterator()
                    .hasNext()) {
                throw new IllegalStateException("存储桶 " + bucket + " 不是空的，恢复只写入空桶" + " (bucket " + bucket
                        + " is not empty; restore writes only into empty buckets)");
            }
        }
        int restored = 0;
        for (BackupManifest.StoredObject object : manifest.objects()) {
            Path file = backupFolder.resolve(FOLDER).resolve(object.sha256());
            if (!Sha256.of(file).equals(object.sha256())) {
                throw new IllegalStateException("backup file for " + object.key() + " is damaged (SHA-256 differs)");
            }
            try (InputStream in = Files.newInputStream(file)) {
                var put = PutObjectArgs.builder().bucket(bucketFor.apply(object.bucket())).object(object.key()).stream(
                                in, object.size(), -1L)
                        .userMetadata(object.metadata());
                if (object.contentType() != null) {
                    put.contentType(object.contentType());
                }
                s3.putObject(put.build());
            }
            restored++;
        }
        return restored;
    }

    /** Key to SHA-256 of every object of a bucket, read from S3 (what the restore test compares). */
    static Map<String, String> checksums(MinioClient s3, String bucket) throws IOException, MinioException {
        Map<String, String> sums = new TreeMap<>();
        for (Result<Item> listed : s3.listObjects(
                ListObjectsArgs.builder().bucket(bucket).recursive(true).build())) {
            Item item = listed.get();
            if (item.isDir()) {
                continue;
            }
            try (InputStream in = s3.getObject(GetObjectArgs.builder()
                    .bucket(bucket)
                    .object(item.objectName())
                    .build())) {
                sums.put(item.objectName(), Sha256.of(in));
            }
        }
        return sums;
    }

    private static Map<String, String> metadata(StatObjectResponse stat) {
        Map<String, String> metadata = new TreeMap<>();
        for (Map.Entry<String, String> header : stat.userMetadata()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            metadata.put(
                    name.startsWith(USER_METADATA) ? name.substring(USER_METADATA.length()) : name, header.getValue());
        }
        return metadata;
    }

    /** The object's first folder: evidence, reports (attachments of reports), search-snapshots (index snapshots), … */
    static String kind(String key) {
        int slash = key.indexOf('/');
        return slash > 0 ? key.substring(0, slash) : "";
    }
}
