package cn.jixiao.backup;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

/**
 * A stand-in backup site for the off-site drill ({@code restore-drill.sh --offsite}): an S3 server of its own
 * (S3Proxy on a folder, its own credentials), apart from the stack's S3 and its data folder, running until
 * it is stopped. Production ships to another data centre's MinIO or a cloud's S3.
 */
public final class BackupSiteServer {
    private BackupSiteServer() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: BackupSiteServer FOLDER PORT ACCESS_KEY SECRET_KEY");
            System.exit(2);
        }
        // absolute: S3Proxy's filesystem store loses multipart uploads under a relative folder (NoSuchUpload)
        Path folder = Files.createDirectories(Path.of(args[0]).toAbsolutePath());
        S3Proxy server = S3Proxy.builder()
                .blobStore(new FilesystemNio2BlobStore(folder.toString()))
                .endpoint(URI.create("http://127.0.0.1:" + Integer.parseInt(args[1])))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, args[2], args[3])
                .build();
        server.start();
        System.out.println("[backup-site] S3 on http://127.0.0.1:" + args[1] + ", data in " + folder);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.stop();
            } catch (Exception e) {
                // the JVM is ending either way
            }
        }));
        Thread.currentThread().join(); // serves until the process is stopped
    }
}
