package cn.jixiao.portal.copies;

/**
 * A paragraph of another report as {@code paragraph_signature} gives it: the region's own reports
 * (drafts too) or a published report of any region, never another region's draft (RLS).
 */
public record StoredParagraph(
        long reportId,
        String tenantId,
        String regionName,
        String section,
        int position,
        long[] bands,
        String text,
        String status,
        String title,
        String publisher,
        String indexNo) {

    public boolean published() {
        return "PUBLISHED".equals(status);
    }

    /** Whether it shares a band with these bands (same band number, same hash). */
    public boolean sharesBandWith(long[] other) {
        for (int b = 0; b < Math.min(bands.length, other.length); b++) {
            if (bands[b] == other[b]) {
                return true;
            }
        }
        return false;
    }
}
