package cn.jixiao.publicsite.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks the words of a query in the hits' titles and picks the best snippet of their text
 * (lucene-highlighter's UnifiedHighlighter). The offsets come from the postings, so a page of hits
 * costs no second analysis of the texts.
 */
final class Highlighter {
    static final int SNIPPET_CHARS = 90;
    private static final String TITLE = ReportFields.Text.TITLE.field();
    private static final String SUMMARY = ReportFields.Text.SUMMARY.field();
    private static final String BODY = ReportFields.Text.BODY.field();

    private final Analyzer analyzer;

    Highlighter(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Marked titles, body snippets and summary snippets of the given documents (null where nothing matched). */
    Map<String, String[]> mark(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
        return highlighter(searcher)
                .highlightFields(new String[] {TITLE, BODY, SUMMARY}, query, docIds, new int[] {1, 1, 1});
    }

    /**
     * One pass over the three fields. The query's terms are marked wherever they occur (not only inside
     * their phrase) and found from the postings' offsets: asking the whole query where it matched in
     * each document (Lucene's "weight matches") cost two thirds of a search, for marks that look the
     * same on character pairs.
     */
    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        var builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withWeightMatches(false)
                .withHighlightPhrasesStrictly(false)
                .withFormatter(new DefaultPassageFormatter(
                        String.valueOf(Highlight.START), String.valueOf(Highlight.END), "…", false))
                .withMaxNoHighlightPassages(0);
        return new UnifiedHighlighter(builder) {
            @Override
            protected BreakIterator getBreakIterator(String field) {
                return TITLE.equals(field)
                        ? new WholeBreakIterator()
                        : LengthGoalBreakIterator.createClosestToLength(
                                BreakIterator.getSentenceInstance(Locale.CHINA), SNIPPET_CHARS, 0.3f);
            }
        };
    }

    /** A marked text as segments (null when the highlighter found nothing). */
    static Highlight parse(String marked) {
        if (marked == null || marked.isBlank()) {
            return null;
        }
        return Highlight.parse(marked.replace('\n', ' ').strip()).trimStart();
    }

    /** The start of the summary, unmarked: the snippet of a hit when browsing or when nothing matched. */
    static Highlight summary(String summary) {
        return Highlight.plain(cut(summary));
    }

    private static String cut(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= SNIPPET_CHARS ? text : text.substring(0, SNIPPET_CHARS) + "…";
    }
}
