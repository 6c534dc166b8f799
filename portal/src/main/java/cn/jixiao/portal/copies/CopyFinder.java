package cn.jixiao.portal.copies;

import cn.jixiao.portal.finding.FindingDraft;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the paragraphs of a report that are copies: of another paragraph of the same report, or of a
 * stored paragraph of another report (candidates by shared LSH band, confirmed by exact Jaccard
 * similarity of shingles). One finding per copied paragraph, naming its closest source.
 */
public final class CopyFinder {
    public static final String CODE = "COPIED_PARAGRAPH";
    public static final String DESCRIPTION = "段落与其他报告雷同：报告的一段与本报告另一段、本地区其他报告或其他地区已发布报告的一段几乎相同"
            + " (a paragraph is nearly the same as one of this or another report)";
    static final int OPENING = 40;

    private CopyFinder() {}

    /** A copy's source: another report's paragraph, or (report id null) an earlier one of the same report. */
    record Source(StoredParagraph stored, Paragraph sameReport, double jaccard) {}

    /**
     * @param heading a section code's heading for messages
     */
    public static List<FindingDraft> find(
            long reportId,
            List<Paragraph> own,
            List<long[]> ownBands,
            List<StoredParagraph> stored,
            double threshold,
            int commonWordingReports,
            Function<String, String> heading) {
        var drafts = new ArrayList<FindingDraft>();
        var keys = new HashSet<String>();
        for (int i = 0; i < own.size(); i++) {
            Paragraph p = own.get(i);
            Source best = null;
            Set<Long> reports = new HashSet<>();
            for (StoredParagraph s : stored) {
                if (!s.sharesBandWith(ownBands.get(i))) {
                    continue;
                }
                double j = Shingles.jaccard(p.shingles(), Shingles.of(s.text()));
                if (j >= threshold) {
                    reports.add(s.reportId());
                    if (best == null || j > best.jaccard()) {
                        best = new Source(s, null, j);
                    }
                }
            }
            if (reports.size() >= commonWordingReports) {
                continue; // wording many reports share (a policy every report cites), not one body's text
            }
            for (int k = 0; k < i && best == null; k++) {
                if (itemsOfOneList(p, own.get(k))) {
                    continue; // a list's items describe parallel things alike (six service points, their devices)
                }
                double j = Shingles.jaccard(p.shingles(), own.get(k).shingles());
                if (j >= threshold) {
                    best = new Source(null, own.get(k), j);
                }
            }
            if (best == null) {
                continue;
            }
            String key = "copy:" + reportId + ":" + Long.toHexString(p.hash());
            if (keys.add(key)) {
                drafts.add(draft(key, p, best, heading, reports.size()));
            }
        }
        return drafts;
    }

    /** Two items ("- …") of the same section's list: alike by design, not a repeated paragraph. */
    static boolean itemsOfOneList(Paragraph a, Paragraph b) {
        return a.section().equals(b.section())
                && a.text().startsWith("- ")
                && b.text().startsWith("- ");
    }

    private static FindingDraft draft(
            String key, Paragraph p, Source source, Function<String, String> heading, int otherReports) {
        String here = heading.apply(p.section());
        String similarity = String.format("%.2f", source.jaccard());
        if (source.stored() == null) {
            Paragraph q = source.sameReport();
            return new FindingDraft(
                    key,
                    "“" + here + "”的一段与本报告“" + heading.apply(q.section()) + "”的一段几乎相同（相似度 " + similarity
                            + "），请删去重复的内容：“" + p.opening(OPENING)
                            + "” (a paragraph repeats another of the same report)",
                    FindingDraft.evidence(
                            "similarity", round(source.jaccard()),
                            "section", p.section(),
                            "opening", p.opening(OPENING),
                            "sameReport", true,
                            "otherSection", q.section(),
                            "otherOpening", q.opening(OPENING)));
        }
        StoredParagraph s = source.stored();
        String other = (s.regionName() == null ? "" : s.regionName() + " ")
                + (s.publisher() == null ? "" : s.publisher() + " ") + "《" + s.title() + "》"
                + (s.published() ? "（索引号 " + s.indexNo() + "，已发布）" : "（本地区草稿）");
        return new FindingDraft(
                key,
                "“" + here + "”的一段与" + other + "的一段相似度为 " + similarity + "，疑似复制：本段开头“" + p.opening(OPENING)
                        + "”，对方开头“" + new Paragraph(s.section(), s.position(), s.text(), new long[0]).opening(OPENING)
                        + "” (a paragraph is nearly the same as one of another report)",
                FindingDraft.evidence(
                        "similarity", round(source.jaccard()),
                        "section", p.section(),
                        "opening", p.opening(OPENING),
                        "otherReportId", s.reportId(),
                        "otherTitle", s.title(),
                        "otherRegion", s.regionName(),
                        "otherRegionCode", s.tenantId(),
                        "otherDepartment", s.publisher(),
                        "otherIndexNo", s.published() ? s.indexNo() : null,
                        "otherPublished", s.published(),
                        "otherSection", s.section(),
                        "otherOpening",
                                new Paragraph(s.section(), s.position(), s.text(), new long[0]).opening(OPENING),
                        "otherReports", otherReports));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
