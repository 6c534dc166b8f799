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
 */
public record NarrativeInput(
        long reportId, Map<String, String> titles, List<StatedFigure> figures, NarrativeFacts facts) {
    public NarrativeInput {
        titles = titles == null ? Map.of() : Map.copyOf(titles);
        figures = List.copyOf(figures);
        facts = facts == null ? NarrativeFacts.none() : facts;
    }

    /** Extracts the figures of each section's narrative (section code → text, in the report's order). */
    public static NarrativeInput of(
            long reportId,
            Map<String, String> narratives,
            Map<String, String> titles,
            Lexicon lexicon,
            NarrativeFacts facts) {
        var extractor = new FigureExtractor(lexicon);
        var figures = new ArrayList<StatedFigure>();
        new LinkedHashMap<>(narratives).forEach((section, text) -> figures.addAll(extractor.extract(section, text)));
        return new NarrativeInput(reportId, titles, figures, facts);
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
