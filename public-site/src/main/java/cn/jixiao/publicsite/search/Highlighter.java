package cn.jixiao.publicsite.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;

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

    private static final PassageScorer SCORER = new SnippetScorer();

    private final Analyzer analyzer;
    private final boolean shared;

    Highlighter(Analyzer analyzer) {
        this(analyzer, true);
    }

    /**
     * With {@code shared} false, Lucene's own passage scorer and offsets (a postings list opened per hit):
     * the reference the tests compare the marks with.
     */
    Highlighter(Analyzer analyzer, boolean shared) {
        this.analyzer = analyzer;
        this.shared = shared;
    }

    /** Marked titles, body snippets and summary snippets of the given documents (null where nothing matched). */
    Map<String, String[]> mark(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
        return mark(searcher, query, docIds, Set.of()).marks();
    }

    /**
     * The marks, by field, in the order of the documents given; and each document's stored fields read
     * in the same visit (the texts marked and {@code alsoStored}), by document id: a hit's stored fields
     * are then decompressed once, not once for the marks and once for the hit.
     */
    record Marked(Map<String, String[]> marks, Map<Integer, Document> documents) {}

    Marked mark(IndexSearcher searcher, Query query, int[] docIds, Set<String> alsoStored) throws IOException {
        var documents = new HashMap<Integer, Document>();
        Map<String, String[]> marks = highlighter(searcher, alsoStored, documents)
                .highlightFields(new String[] {TITLE, BODY, SUMMARY}, query, docIds, new int[] {1, 1, 1});
        return new Marked(marks, documents);
    }

    /**
     * One pass over the three fields. The query's terms are marked wherever they occur (not only inside
     * their phrase) and found from the postings' offsets: asking the whole query where it matched in
     * each document (Lucene's "weight matches") cost two thirds of a search, for marks that look the
     * same on character pairs.
     */
    private UnifiedHighlighter highlighter(
            IndexSearcher searcher, Set<String> alsoStored, Map<Integer, Document> documents) {
        var builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withWeightMatches(false)
                .withHighlightPhrasesStrictly(false)
                .withFormatter(new DefaultPassageFormatter(
                        String.valueOf(Highlight.START), String.valueOf(Highlight.END), "…", false))
                .withMaxNoHighlightPassages(0);
        return new UnifiedHighlighter(builder) {
            @Override
            protected PassageScorer getScorer(String field) {
                return shared ? SCORER : super.getScorer(field);
            }

            @Override
            protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
                return shared && source == OffsetSource.POSTINGS
                        ? new SharedPostingsOffsets(components)
                        : super.getOffsetStrategy(source, components);
            }

            /** The texts to mark, cut at the highlighter's length as Lucene's loader does, with the other fields. */
            @Override
            protected List<CharSequence[]> loadFieldValues(
                    String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
                if (!shared) {
                    return super.loadFieldValues(fields, docs, cacheCharsThreshold);
                }
                var wanted = new HashSet<>(alsoStored);
                wanted.addAll(Arrays.asList(fields));
                StoredFields stored = searcher.storedFields();
                var values = new ArrayList<CharSequence[]>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    Document document = stored.document(doc, wanted);
                    documents.put(doc, document);
                    var byField = new CharSequence[fields.length];
                    for (int i = 0; i < fields.length; i++) {
                        String value = document.get(fields[i]);
                        byField[i] =
                                value == null ? null : value.substring(0, Math.min(getMaxLength(), value.length()));
                    }
                    values.add(byField);
                }
                return values;
            }

            @Override
            protected BreakIterator getBreakIterator(String field) {
                return TITLE.equals(field)
                        ? new WholeBreakIterator()
                        : LengthGoalBreakIterator.createClosestToLength(
                                BreakIterator.getSentenceInstance(Locale.CHINA), SNIPPET_CHARS, 0.3f);
            }
        };
    }

    /**
     * Lucene's passage score (BM25 of the query's terms in the passage, times the position norm), computed
     * the same way without its per-passage hash of terms: that hash took a 32 KB block for every passage
     * tried, over a third of all the bytes a search allocated (a JFR profile at 100,000 reports), and the
     * few terms of a passage are as quickly found by comparing them.
     */
    static final class SnippetScorer extends PassageScorer {
        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            int[] inDoc = passage.getMatchTermFreqsInDoc();
            // each distinct term in the order of its first match (the order Lucene sums them in)
            int[] first = new int[matches];
            int[] inPassage = new int[matches];
            int distinct = 0;
            for (int i = 0; i < matches; i++) {
                int id = 0;
                while (id < distinct && !terms[first[id]].bytesEquals(terms[i])) {
                    id++;
                }
                if (id == distinct) {
                    first[distinct++] = i;
                }
                inPassage[id]++;
            }
            double score = 0;
            for (int id = 0; id < distinct; id++) {
                score += tf(inPassage[id], passage.getLength()) * weight(contentLength, inDoc[first[id]]);
            }
            return (float) (score * norm(passage.getStartOffset()));
        }
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
