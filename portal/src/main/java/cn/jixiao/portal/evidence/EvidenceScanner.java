package cn.jixiao.portal.evidence;

import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Checks every stored evidence file for malware before it is kept; a file can be published only when its
 * verdict is CLEAN ({@link EvidencePublishing}). Which one runs is {@code jixiao.evidence.scanner}:
 * {@code clamd} in production (ClamAV's daemon, INSTREAM over TCP), {@code builtin} here (it recognises
 * only the EICAR test signature and is not an antivirus).
 */
public interface EvidenceScanner {

    /** What a scan found. */
    enum Verdict {
        CLEAN,
        INFECTED,
        FAILED
    }

    /** A verdict and what the scanner said (the signature found, or why it could not scan). */
    record Result(Verdict verdict, String note) {}

    /** The scan of one file: it may watch the bytes as they are stored, then gives its verdict. */
    interface Scan {
        /** The next bytes of the file, as they pass on their way to storage. */
        default void update(byte[] bytes, int offset, int length) {}

        /** The verdict, once the whole file is stored; {@code stored} reads it back if the scanner needs it. */
        Result verdict(Supplier<InputStream> stored);
    }

    /** A new scan for one file. */
    Scan start();

    /** The scanner's name as configured, for the README and the logs. */
    String name();
}
