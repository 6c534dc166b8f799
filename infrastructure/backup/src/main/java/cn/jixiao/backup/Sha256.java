package cn.jixiao.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of streams and files, taken while the bytes pass (nothing is read twice or held whole). */
final class Sha256 {
    private Sha256() {}

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }

    /** Copies {@code in} to {@code out} and returns the SHA-256 (hex) and length of what passed. */
    static Copied copy(InputStream in, OutputStream out) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            digest.update(buffer, 0, n);
            out.write(buffer, 0, n);
            size += n;
        }
        return new Copied(HexFormat.of().formatHex(digest.digest()), size);
    }

    static String of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in);
        }
    }

    static String of(InputStream in) throws IOException {
        return copy(in, OutputStream.nullOutputStream()).sha256();
    }

    record Copied(String sha256, long size) {}
}
