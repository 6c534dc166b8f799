package cn.jixiao.localstack;

import java.net.URI;
import java.nio.file.Files;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

/** A real S3 API (S3Proxy on the local filesystem); production points the apps at MinIO instead. */
final class S3Server implements AutoCloseable {
    private final StackConfig config;
    private S3Proxy proxy;

    S3Server(StackConfig config) {
        this.config = config;
    }

    void start() throws Exception {
        Ports.requireFree(config.s3Port(), "S3");
        var baseDir = config.dataDir().resolve("s3");
        Files.createDirectories(baseDir);
        BlobStore blobStore = new FilesystemNio2BlobStore(baseDir.toString());
        if (!blobStore.containerExists(Credentials.S3_BUCKET)) {
            blobStore.createContainer(Credentials.S3_BUCKET);
        }
        proxy = S3Proxy.builder()
                .blobStore(blobStore)
                .endpoint(URI.create(config.s3Url()))
                .awsAuthentication(
                        AuthenticationType.AWS_V2_OR_V4, Credentials.S3_ACCESS_KEY, Credentials.S3_SECRET_KEY)
                .build();
        proxy.start();
    }

    @Override
    public void close() throws Exception {
        if (proxy != null) {
            proxy.stop();
            proxy = null;
        }
    }
}
