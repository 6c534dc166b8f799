package cn.jixiao.portal.finding.narrative;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report's narratives as the narrative rules read them: the figures each section states, the section
 * titles for messages, and the facts of the records to compare with. Built in memory by tests; by
 * {@code NarrativeChecks} callers from a saved report.
 *
 * @param reportId the report, for the findings' subject keys
 * @param titles section code → title, e.g. "basic" → "一、项目基本情况"
 * @param year the report's fiscal year, which the records are of; null when unknown (then only 上年 and
 *     its like mark a figure as another year's)
 */
public record NarrativeInput(
        long reportId, Map<String, String> titles, List<StatedFigure> figures, NarrativeFacts facts, Integer year) {
    public NarrativeInput {
        titles = titles == null ? Map.of() : Map.copyOf(titles);
        figures = List.copyOf(figures);
        facts = facts == null ? NarrativeFacts.none() : facts;
    }

    /** As {@link #of(long, Map, Map, Lexicon, NarrativeFacts, Integer)} for a report of unknown year. */
    public static NarrativeInput of(
            long reportId,
            Map<String, String> narratives,
            Map<String, String> titles,
            Lexicon lexicon,
            NarrativeFacts facts) {
        return of(reportId, narratives, titles, lexicon, facts, null);
    }

    /** Extracts the figures of each section's narrative (section code → text, in the report's order). */
    public static NarrativeInput of(
            long reportId,
            Map<String, String> narratives,
            Map<String, String> titles,
            Lexicon lexicon,
            NarrativeFacts facts,
            Integer year) {
        var extractor = new FigureExtractor(lexicon);
        var figures = new ArrayList<StatedFigure>();
        new LinkedHashMap<>(narratives).forEach((section, text) -> figures.addAll(extractor.extract(section, text)));
        return new NarrativeInput(reportId, titles, figures, facts, year);
    }

    /**
     * Whether a figure is about the report's year, so its records apply: not a statement of another
     * year ("上年评价等级为良", "2061年预算执行率为30%"), nor a change against one ("比上年增加…万元").
     * Statements of last year are the across-years rules' ({@code PriorYearStatements}).
     */
    public boolean aboutThisYear(StatedFigure f) {
        return !YearWords.aboutAnotherYear(f, year) && !YearWords.changeOnAnotherYear(f);
    }

    public String title(String section) {
        return titles.getOrDefault(section, section);
    }

    /** A stable key of a finding about a sentence: the report, the section and a hash of what it says. */
    public String subjectKey(String section, String... parts) {
        return "report:" + reportId + ":" + section + ":"
                + Integer.toHexString(String.join("|", parts).hashCode());
    }

    /** The prefix of every subject key of this report's narrative findings. */
    public static String subjectPrefix(long reportId) {
        return "report:" + reportId + ":";
    }
}
