package cn.jixiao.publicsite.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.reports.SyntheticReports;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The highlighter's own parts (passage scorer, postings shared across a page of hits) mark exactly what
 * Lucene's own would.
 */
class HighlighterTest {
    private static final List<String> QUERIES =
            List.of("自助终端", "三公经费", "满意度", "隆阳区 高标准农田", "预算执行率", "养", "资金拨付进度滞后", "合同管理", "一体机");
    private static final String[] TERMS = {"自助", "助终", "终端", "一体", "体机", "满意"};

    @Test
    void scoresEveryPassageAsLucenesPassageScorer() {
        var lucene = new PassageScorer();
        var ours = new Highlighter.SnippetScorer();
        var random = new Random(11);
        for (int n = 0; n < 2000; n++) {
            var passage = new Passage();
            int start = random.nextInt(5000);
            passage.setStartOffset(start);
            passage.setEndOffset(start + 30 + random.nextInt(200));
            int matches = random.nextInt(12);
            int[] inDoc = new int[TERMS.length];
            for (int t = 0; t < TERMS.length; t++) {
                inDoc[t] = 1 + random.nextInt(40);
            }
            for (int m = 0; m < matches; m++) {
                int t = random.nextInt(TERMS.length);
                // a fresh BytesRef each time, as the highlighter gives: equal bytes, not the same object
                passage.addMatch(start + m * 2, start + m * 2 + 2, new BytesRef(TERMS[t]), inDoc[t]);
            }
            int contentLength = passage.getEndOffset() + random.nextInt(10_000);
            assertEquals(
                    lucene.score(passage, contentLength),
                    ours.score(passage, contentLength),
                    "passage " + n + " with " + matches + " matches");
        }
    }

    @Test
    void marksThePagesOfHitsAsLucenesOwnHighlighter() throws Exception {
        Analyzer analyzer = ReportAnalyzer.create();
        var generator = new SyntheticReports(7);
        try (var directory = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(
                    directory, new IndexWriterConfig(analyzer).setIndexSort(ReportFields.NEWEST_FIRST))) {
                for (int n = 0; n < 600; n++) {
                    writer.addDocument(ReportDocument.of(JudgedSetTest.report(generator.report(n))));
                    if (n % 200 == 199) {
                        writer.commit(); // several segments, as a real index has
                    }
                }
            }
            var queries = new ReportQueryBuilder(analyzer, ReportAnalyzer.CHOSEN, Synonyms.load(), 64);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertTrue(reader.leaves().size() > 1, "several segments");
                var searcher = new IndexSearcher(reader);
                var ours = new Highlighter(analyzer);
                var lucene = new Highlighter(analyzer, false);
                int marked = 0;
                for (String text : QUERIES) {
                    Query query = queries.build(text);
                    int[] page = Arrays.stream(searcher.search(query, 20).scoreDocs)
                            .mapToInt(hit -> hit.doc)
                            .toArray();
                    int[] reversed = IntStream.range(0, page.length)
                            .map(i -> page[page.length - 1 - i])
                            .toArray();
                    for (int[] docIds : List.of(page, reversed)) {
                        Map<String, String[]> expected = lucene.mark(searcher, query, docIds);
                        Map<String, String[]> actual = ours.mark(searcher, query, docIds);
                        assertEquals(expected.keySet(), actual.keySet());
                        for (String field : expected.keySet()) {
                            assertArrayEquals(expected.get(field), actual.get(field), text + " in " + field);
                            marked += (int) Arrays.stream(actual.get(field))
                                    .filter(value -> value != null && value.indexOf(Highlight.START) >= 0)
                                    .count();
                        }
                    }
                }
                assertTrue(marked > 100, "marks were compared: " + marked);
            }
        }
    }

    @Test
    void aPassageWithoutMatchesScoresNothing() {
        var passage = new Passage();
        passage.setStartOffset(0);
        passage.setEndOffset(90);
        assertEquals(0f, new Highlighter.SnippetScorer().score(passage, 1000));
    }
}
