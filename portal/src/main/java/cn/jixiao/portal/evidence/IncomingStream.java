package cn.jixiao.portal.evidence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload's body on its way to object storage: counts the bytes, stops at the size limit, computes
 * the SHA-256 and shows every byte to the scanner, all as the bytes pass (nothing is kept). It remembers
 * why it stopped, so the caller can tell a file too large from a client that went away.
 */
final class IncomingStream extends FilterInputStream {
    /** Thrown (to the storage client) when the body grows past the limit. */
    static final class TooLarge extends IOException {
        TooLarge(long max) {
            super("evidence file larger than " + max + " bytes");
        }
    }

    private final long max;
    private final MessageDigest sha256;
    private final EvidenceScanner.Scan scan;
    private long count;
    private boolean tooLarge;
    private boolean broken;
    private boolean ended;

    IncomingStream(InputStream body, long max, EvidenceScanner.Scan scan) {
        super(body);
        this.max = max;
        this.scan = scan;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n;
        try {
            n = super.read(b, off, len);
        } catch (IOException e) {
            broken = true;
            throw e;
        }
        if (n < 0) {
            ended = true;
            return n;
        }
        count += n;
        if (count > max) {
            tooLarge = true;
            throw new TooLarge(max);
        }
        sha256.update(b, off, n);
        scan.update(b, off, n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("an upload is read whole, never skipped");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    long count() {
        return count;
    }

    boolean tooLarge() {
        return tooLarge;
    }

    /** The client's connection failed while the body was read (e.g. it went away halfway). */
    boolean broken() {
        return broken;
    }

    boolean ended() {
        return ended;
    }

    String sha256Hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }
}
