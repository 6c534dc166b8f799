package cn.jixiao.platform.storage;

import io.minio.BucketExistsArgs;
import io.minio.MinioClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The one S3 client of an app, configured from {@link StorageConfig}. */
@ApplicationScoped
public class ObjectStorage {
    private final StorageConfig config;
    private final MinioClient client;

    @Inject
    public ObjectStorage(StorageConfig config) {
        this.config = config;
        this.client = MinioClient.builder()
                .endpoint(config.endpoint())
                .credentials(config.accessKey(), config.secretKey())
                .region(config.region())
                .build();
    }

    public MinioClient client() {
        return client;
    }

    public String bucket() {
        return config.bucket();
    }

    public boolean bucketReachable() {
        try {
            return client.bucketExists(
                    BucketExistsArgs.builder().bucket(config.bucket()).build());
        } catch (Exception e) {
            return false;
        }
    }
}
