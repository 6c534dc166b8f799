package cn.jixiao.portal.evidence;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** Limits, links and the scanner of evidence files (jixiao.evidence.*), whatever record they prove. */
@ConfigMapping(prefix = "jixiao.evidence")
public interface EvidenceConfig {

    /**
     * Largest file accepted (evidence, device documents); bigger uploads get a 413 with a message (keep
     * quarkus.http.limits.max-body-size above it).
     */
    @WithDefault("200M")
    MemorySize maxSize();

    /** How long a download link (presigned GET) stays valid. */
    @WithDefault("5M")
    Duration linkTtl();

    /** Size of the parts a streamed upload is sent to object storage in (S3 needs at least 5 MiB). */
    @WithDefault("16M")
    MemorySize partSize();

    /**
     * How many parts of an upload may be on their way to object storage while the next one is received (so
     * the two overlap); memory per upload is at most this plus one part.
     */
    @WithDefault("2")
    int partsInFlight();

    /** Zip-based files and ZIP archives: most entries accepted (a zip bomb has many). */
    @WithDefault("10000")
    int zipMaxEntries();

    /** Zip-based files and ZIP archives: largest unpacked size accepted (the sum of the entries' sizes). */
    @WithDefault("2G")
    MemorySize zipMaxUnpacked();

    /** Which scanner checks every stored file: builtin (EICAR test signature only) or clamd (production). */
    @WithDefault("builtin")
    String scanner();

    /** The clamd daemon the clamd scanner talks to (INSTREAM over TCP). */
    Clamd clamd();

    /** The sweep of what failed uploads leave in object storage ({@link EvidenceSweeper}). */
    Sweep sweep();

    interface Sweep {
        /** How often the sweep runs on each instance (e.g. 1h, 30s); "off" disables it. */
        @WithDefault("1h")
        String every();

        /**
         * Only what is older than this is swept: an incomplete multipart upload begun, or an unreferenced
         * object stored, this long ago. Keep it far above the longest upload (a 200 MB file on a slow line).
         */
        @WithDefault("24H")
        Duration olderThan();
    }

    interface Clamd {
        /** clamd's host. */
        @WithDefault("127.0.0.1")
        String host();

        /** clamd's TCP port. */
        @WithDefault("3310")
        int port();

        /** Connect and read timeout of one scan. */
        @WithName("timeout")
        @WithDefault("120S")
        Duration timeout();

        /** clamd's StreamMaxLength: chunks are sent up to this; keep it equal to clamd.conf's. */
        @WithDefault("200M")
        MemorySize streamMaxLength();
    }
}
