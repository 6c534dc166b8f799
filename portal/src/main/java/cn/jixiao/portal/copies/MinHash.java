package cn.jixiao.portal.copies;

/**
 * MinHash signatures and LSH bands of a shingle set.
 *
 * <p>Written here rather than taken from a library: no maintained Java MinHash library resolves on our
 * registry besides Lucene's {@code MinHashFilter} (lucene-analysis-common), and that is a token filter
 * made to index hash tokens into a Lucene index. Our signatures live in PostgreSQL (band hashes in a
 * GIN-indexed column, under row-level security), so we need plain numbers from plain text, stable
 * across library upgrades because they are stored. That is 40 lines: {@link #HASHES} seeded
 * SplitMix64 permutations of the shingle hashes, the minimum of each, {@link #BANDS} bands of
 * {@link #ROWS} hashed together.
 *
 * <p>With 32 bands of 4 rows, two paragraphs of Jaccard similarity s become candidates with
 * probability 1 − (1 − s⁴)³²: 0.87 at s = 0.5, 0.99 at s = 0.6, 0.05 at s = 0.2; candidates are then
 * confirmed by their exact Jaccard similarity ({@link CopyRules#threshold()}).
 */
public final class MinHash {
    public static final int BANDS = 32;
    public static final int ROWS = 4;
    public static final int HASHES = BANDS * ROWS;

    private static final long[] SEEDS = new long[HASHES];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            SEEDS[i] = s;
        }
    }

    private MinHash() {}

    public static long[] signature(long[] shingles) {
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = mix(shingle ^ SEEDS[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** One hash per band, the band's number mixed in: equal hashes at the same band make a candidate. */
    public static long[] bands(long[] signature) {
        long[] bands = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b * 0x632BE59BD9B4E019L;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ signature[b * ROWS + r]);
            }
            bands[b] = h;
        }
        return bands;
    }

    public static long[] bandsOf(long[] shingles) {
        return bands(signature(shingles));
    }

    /** SplitMix64's finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
