package cn.jixiao.portal.copies;

import java.util.Arrays;

/**
 * Character shingles of a paragraph. Chinese has no spaces to split words on, and a word segmenter
 * would make a copy's detection depend on its dictionary; overlapping runs of {@link #K} characters
 * need none and catch a copy whose names or figures were changed, because most of its runs stay.
 *
 * <p>Before shingling, text is normalised: whitespace and punctuation go (a copy often differs only in
 * them), full-width letters and digits become ASCII, and every run of digits becomes "0" (a copied
 * paragraph with this year's figures is still a copy).
 */
public final class Shingles {
    /** Four characters: two two-character words, a unit short enough that edits leave most intact. */
    public static final int K = 4;

    private Shingles() {}

    public static String normalise(String text) {
        var b = new StringBuilder(text.length());
        boolean inDigits = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                cp -= 0xFEE0; // full-width ASCII forms
            }
            if (inDigits && (cp == '.' || cp == ',') && i < text.length() && Character.isDigit(text.charAt(i))) {
                continue; // 358.392 and 1,238.04 are one figure
            }
            if (Character.isDigit(cp)) {
                if (!inDigits) {
                    b.append('0');
                }
                inDigits = true;
                continue;
            }
            inDigits = false;
            if (Character.isLetter(cp)) {
                b.appendCodePoint(Character.toLowerCase(cp));
            }
        }
        return b.toString();
    }

    /** The distinct hashes of the paragraph's shingles, sorted (a set as a sorted array). */
    public static long[] of(String text) {
        String n = normalise(text);
        if (n.length() < K) {
            return n.isEmpty() ? new long[0] : new long[] {hash64(n)};
        }
        long[] hashes = new long[n.length() - K + 1];
        for (int i = 0; i + K <= n.length(); i++) {
            hashes[i] = hash64(n, i, i + K);
        }
        Arrays.sort(hashes);
        int distinct = 0;
        for (int i = 0; i < hashes.length; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) {
                hashes[distinct++] = hashes[i];
            }
        }
        return Arrays.copyOf(hashes, distinct);
    }

    /** Jaccard similarity of two sorted shingle sets: shared / together. */
    public static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) shared / (a.length + b.length - shared);
    }

    public static long hash64(String s) {
        return hash64(s, 0, s.length());
    }

    /** FNV-1a over the chars, then a final mix (FNV alone spreads short strings poorly). */
    static long hash64(String s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return MinHash.mix(h);
    }
}
