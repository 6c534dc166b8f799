package cn.jixiao.backup;

import io.minio.MinioClient;
import java.util.Map;
import java.util.Optional;

/**
 * The backup site's object store (等保 2.0 level 3 asks for a copy away from the data centre), from the
 * environment: another data centre's MinIO or a cloud's S3, never the product's own S3 server.
 *
 * @param endpoint JIXIAO_OFFSITE_S3_ENDPOINT, e.g. https://backup.example.gov.cn:9000
 * @param accessKey JIXIAO_OFFSITE_S3_ACCESS_KEY: a key that may write and list this bucket (and delete, to prune)
 * @param secretKey JIXIAO_OFFSITE_S3_SECRET_KEY
 * @param region JIXIAO_OFFSITE_S3_REGION (cn-north-1)
 * @param bucket JIXIAO_OFFSITE_BUCKET (jixiao-backups), created when missing
 * @param prefix JIXIAO_OFFSITE_PREFIX: a folder in the bucket, e.g. the site's name ("" = the bucket's root)
 */
public record OffsiteSettings(
        String endpoint, String accessKey, String secretKey, String region, String bucket, String prefix) {

    /** Empty when JIXIAO_OFFSITE_S3_ENDPOINT is not set (no off-site copy is configured). */
    public static Optional<OffsiteSettings> from(Map<String, String> env) {
        String endpoint = env.getOrDefault("JIXIAO_OFFSITE_S3_ENDPOINT", "").strip();
        if (endpoint.isEmpty()) {
            return Optional.empty();
        }
        String prefix = env.getOrDefault("JIXIAO_OFFSITE_PREFIX", "").strip().replaceAll("^/+|/+$", "");
        return Optional.of(new OffsiteSettings(
                endpoint,
                required(env, "JIXIAO_OFFSITE_S3_ACCESS_KEY"),
                required(env, "JIXIAO_OFFSITE_S3_SECRET_KEY"),
                env.getOrDefault("JIXIAO_OFFSITE_S3_REGION", "cn-north-1"),
                env.getOrDefault("JIXIAO_OFFSITE_BUCKET", "jixiao-backups"),
                prefix.isEmpty() ? "" : prefix + "/"));
    }

    public MinioClient client() {
        return MinioClient.builder()
                .endpoint(endpoint)
                .credentials(accessKey, secretKey)
                .region(region)
                .build();
    }

    /** Where this backup's files go: {@code s3://bucket/prefix/<backup name>/}. */
    String where(String backupName) {
        return "s3://" + bucket + "/" + prefix + backupName + "/";
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.getOrDefault(name, "").strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + " must be set when JIXIAO_OFFSITE_S3_ENDPOINT is");
        }
        return value;
    }
}
