package cn.jixiao.portal.evidence;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The scanner of development and tests: it recognises the EICAR anti-virus test signature anywhere in a
 * file, as the bytes pass, and calls everything else CLEAN. It is not an antivirus; production runs
 * {@link ClamdScanner}.
 */
final class BuiltinScanner implements EvidenceScanner {
    static final byte[] EICAR = ("X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*")
            .getBytes(StandardCharsets.US_ASCII);

    @Override
    public String name() {
        return "builtin";
    }

    @Override
    public Scan start() {
        return new Scan() {
            /** The last bytes seen, so a signature split between two reads is still found. */
            private final byte[] tail = new byte[EICAR.length - 1];

            private int tailLength;
            private boolean found;

            @Override
            public void update(byte[] b, int off, int len) {
                if (found || len <= 0) {
                    return;
                }
                // the joint of the previous bytes and these
                int head = Math.min(len, EICAR.length - 1);
                byte[] joint = new byte[tailLength + head];
                System.arraycopy(tail, 0, joint, 0, tailLength);
                System.arraycopy(b, off, joint, tailLength, head);
                found = contains(joint, 0, joint.length) || contains(b, off, len);
                // keep the last bytes of the joint and these
                byte[] all = len >= tail.length ? null : joint;
                if (all == null) {
                    System.arraycopy(b, off + len - tail.length, tail, 0, tail.length);
                    tailLength = tail.length;
                } else {
                    int keep = Math.min(tail.length, all.length);
                    System.arraycopy(all, all.length - keep, tail, 0, keep);
                    tailLength = keep;
                }
            }

            @Override
            public Result verdict(Supplier<InputStream> stored) {
                return found
                        ? new Result(Verdict.INFECTED, "Eicar-Test-Signature")
                        : new Result(Verdict.CLEAN, "builtin: EICAR test signature not found (not an antivirus)");
            }
        };
    }

    /**
     * How far the search window may move when its last byte is {@code b}: the distance from b's last place
     * in the signature (before its end) to the end, else the signature's length. Most bytes of a file do not
     * occur in the signature, so the search looks at about one byte in 68 (Horspool) instead of every one.
     */
    private static final int[] SHIFT = new int[256];

    static {
        java.util.Arrays.fill(SHIFT, EICAR.length);
        for (int i = 0; i < EICAR.length - 1; i++) {
            SHIFT[EICAR[i] & 0xFF] = EICAR.length - 1 - i;
        }
    }

    static boolean contains(byte[] b, int off, int len) {
        int last = off + len - EICAR.length;
        for (int i = off; i <= last; i += SHIFT[b[i + EICAR.length - 1] & 0xFF]) {
            if (matchesAt(b, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(byte[] b, int at) {
        for (int j = EICAR.length - 1; j >= 0; j--) {
            if (b[at + j] != EICAR[j]) {
                return false;
            }
        }
        return true;
    }
}
