package cn.jixiao.platform.storage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "jixiao.s3")
public interface StorageConfig {
    /** S3 endpoint: MinIO in production, S3Proxy on a developer's machine. */
    String endpoint();

    /** Access key, from the environment (JIXIAO_S3_ACCESS_KEY). */
    String accessKey();

    /** Secret key, from the environment (JIXIAO_S3_SECRET_KEY). */
    String secretKey();

    /** Bucket for evidence files (佐证资料) and attachments. */
    @WithDefault("jixiao-evidence")
    String bucket();

    /**
     * The S3 endpoint as a user's browser reaches it, for presigned download links (it may differ from
     * {@link #endpoint()}, e.g. behind a proxy); the endpoint itself when not set.
     */
    java.util.Optional<String> publicEndpoint();

    /** Region name sent to S3; MinIO accepts any. */
    @WithDefault("cn-north-1")
    String region();
}
