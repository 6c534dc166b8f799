package cn.jixiao.portal.copies;

/**
 * One paragraph of a report's narrative worth comparing: where it is (section code, position in the
 * section), its text as written, and its shingles (see {@link Shingles}).
 */
public record Paragraph(String section, int position, String text, long[] shingles) {
    /** A stable 64-bit hash of the normalised text: the same paragraph keeps the same finding key. */
    public long hash() {
        return Shingles.hash64(Shingles.normalise(text));
    }

    /** The first characters of the paragraph, for evidence and messages. */
    public String opening(int chars) {
        String t = text.strip();
        return t.length() <= chars ? t : t.substring(0, chars) + "…";
    }
}
