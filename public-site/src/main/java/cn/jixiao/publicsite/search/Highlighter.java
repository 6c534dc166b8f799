package cn.jixiao.publicsite.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Formatter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

/** Marks the words of a query in a hit's title and picks the best snippet of its text (lucene-highlighter). */
final class Highlighter {
    private static final int SNIPPET_CHARS = 90;
    private static final Formatter MARKS =
            (original, group) -> group.getTotalScore() > 0 ? Highlight.START + original + Highlight.END : original;

    private final Analyzer analyzer;

    Highlighter(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The whole title with matches marked. */
    Highlight title(Query query, String title) {
        Highlight marked = mark(query, title, ReportFields.Text.TITLE, false);
        return marked != null ? marked : Highlight.plain(title);
    }

    /** The best passage of the body (else the summary) with matches marked; the summary's start when nothing matches. */
    Highlight snippet(Query query, String summary, String body) {
        Highlight marked = mark(query, body, ReportFields.Text.BODY, true);
        if (marked == null) {
            marked = mark(query, summary, ReportFields.Text.SUMMARY, true);
        }
        return marked != null ? marked : summary(summary);
    }

    /** The start of the summary, unmarked: the snippet of a hit when browsing. */
    Highlight summary(String summary) {
        return Highlight.plain(cut(summary));
    }

    private Highlight mark(Query query, String text, ReportFields.Text field, boolean fragment) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = Highlight.clean(text).replace('\n', ' ');
        // phrases of character pairs mark whole phrases; the word field catches what only matched as words
        for (String name : new String[] {field.bigrams(), field.words()}) {
            String best = bestFragment(query, name, clean, fragment);
            if (best != null) {
                return Highlight.parse(best.strip()).trimStart();
            }
        }
        return null;
    }

    private String bestFragment(Query query, String field, String text, boolean fragment) {
        var scorer = new QueryScorer(query, field);
        var highlighter = new org.apache.lucene.search.highlight.Highlighter(MARKS, scorer);
        highlighter.setTextFragmenter(
                fragment ? new SimpleSpanFragmenter(scorer, SNIPPET_CHARS) : new NullFragmenter());
        try {
            return highlighter.getBestFragment(analyzer, field, text);
        } catch (IOException | InvalidTokenOffsetsException e) {
            return null;
        }
    }

    private static String cut(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= SNIPPET_CHARS ? text : text.substring(0, SNIPPET_CHARS) + "…";
    }
}
