package cn.jixiao.portal.copies;

import java.util.Arrays;
import java.util.BitSet;

/**
 * An in-memory LSH index of paragraph band hashes: what the GIN index on {@code paragraph_signature.bands}
 * does in PostgreSQL, for tests and for the benchmark over 100,000 reports. Each entry packs the band
 * hash's top 40 bits with a paragraph number below 2²⁴ into one long, so 600,000 paragraphs × 32 bands
 * cost 150 MB and one sort, not 19 million boxed map entries; a 40-bit collision only adds a candidate
 * that the Jaccard confirmation drops.
 */
public final class BandIndex {
    static final int ID_BITS = 24;
    static final long ID_MASK = (1L << ID_BITS) - 1;
    static final long HASH_MASK = ~ID_MASK;

    private long[] entries = new long[1024];
    private int size;
    private boolean sorted = true;

    /** Adds a paragraph's band hashes under its number (0 ≤ id < 2²⁴). */
    public void add(int id, long[] bands) {
        if (id < 0 || id > ID_MASK) {
            throw new IllegalArgumentException("paragraph number out of range: " + id);
        }
        if (size + bands.length > entries.length) {
            entries = Arrays.copyOf(entries, Math.max(entries.length * 2, size + bands.length));
        }
        for (long band : bands) {
            entries[size++] = (band & HASH_MASK) | id;
        }
        sorted = false;
    }

    /** Sorts the entries; queries call it when needed, a bulk load calls it once at the end. */
    public void build() {
        if (!sorted) {
            Arrays.parallelSort(entries, 0, size);
            sorted = true;
        }
    }

    /** The paragraphs sharing at least one band with these bands. */
    public BitSet candidates(long[] bands) {
        build();
        var found = new BitSet();
        for (long band : bands) {
            long key = band & HASH_MASK;
            int i = Arrays.binarySearch(entries, 0, size, key);
            if (i < 0) {
                i = -i - 1;
            }
            for (; i < size && (entries[i] & HASH_MASK) == key; i++) {
                found.set((int) (entries[i] & ID_MASK));
            }
        }
        return found;
    }

    public int size() {
        return size;
    }
}
