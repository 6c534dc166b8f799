package cn.jixiao.platform.storage;

import io.minio.BucketExistsArgs;
import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The one S3 client of an app, configured from {@link StorageConfig}. */
@ApplicationScoped
public class ObjectStorage {
    private final StorageConfig config;
    private final MinioClient client;
    private final MinioAsyncClient asyncClient;
    private final MinioClient presigner;

    @Inject
    public ObjectStorage(StorageConfig config) {
        this.config = config;
        this.client = MinioClient.builder()
                .endpoint(config.endpoint())
                .credentials(config.accessKey(), config.secretKey())
                .region(config.region())
                .build();
        this.asyncClient = MinioAsyncClient.builder()
                .endpoint(config.endpoint())
                .credentials(config.accessKey(), config.secretKey())
                .region(config.region())
                .build();
        this.presigner = config.publicEndpoint()
                .filter(endpoint -> !endpoint.isBlank())
                .map(endpoint -> MinioClient.builder()
                        .endpoint(endpoint)
                        .credentials(config.accessKey(), config.secretKey())
                        .region(config.region())
                        .build())
                .orElse(client);
    }

    public MinioClient client() {
        return client;
    }

    /**
     * The same library's asynchronous client on the same endpoint and keys, for S3's multipart calls one by
     * one (create, upload part, complete, abort), which the blocking client does not offer: a large upload
     * sends its parts itself, several at a time.
     */
    public MinioAsyncClient asyncClient() {
        return asyncClient;
    }

    /**
     * The client that signs links for browsers: on the public endpoint when one is set (signing is local,
     * it makes no request), else the one client.
     */
    public MinioClient presigner() {
        return presigner;
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
