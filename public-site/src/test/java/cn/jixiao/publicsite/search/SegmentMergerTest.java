package cn.jixiao.publicsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** A rebuilt index is merged into one segment in the background, and searches then read that one. */
class SegmentMergerTest {

    @Test
    void theSegmentsOfAnIndexAreMergedIntoOneThatSearchesSeeWithEveryReportKept() throws Exception {
        try (var directory = new ByteBuffersDirectory();
                var writer = new IndexWriter(directory, new IndexWriterConfig(ReportAnalyzer.create()));
                var merger = new SegmentMerger()) {
            var searchers = new SearcherManager(writer, null);
            for (int segment = 0; segment < 4; segment++) {
                for (int n = 0; n < 25; n++) {
                    writer.addDocument(report(segment * 25 + n));
                }
                writer.commit(); // each commit writes a segment of its own
            }
            searchers.maybeRefreshBlocking();
            assertEquals(4, SegmentMerger.segments(searchers), "four segments before the merge");

            merger.mergeIntoOne(writer, searchers).get(60, TimeUnit.SECONDS);

            assertEquals(1, SegmentMerger.segments(searchers), "searches read one segment once merged");
            assertEquals(
                    1,
                    SegmentInfos.readLatestCommit(directory).size(),
                    "the merge is committed by the merger (not left for the next publication's commit to sync)");
            assertFalse(merger.busy());
            IndexSearcher searcher = searchers.acquire();
            try {
                assertEquals(100, searcher.getIndexReader().numDocs());
                assertEquals(100, searcher.count(new TermQuery(new Term("body", "自助"))));
                assertEquals(1, searcher.count(new TermQuery(new Term("id", "77"))));
            } finally {
                searchers.release(searcher);
            }
            searchers.close();
        }
    }

    private static Document report(int id) {
        var doc = new Document();
        doc.add(new StringField("id", Integer.toString(id), Field.Store.YES));
        doc.add(new TextField("body", "第" + id + "号报告：自助终端的使用率与满意度", Field.Store.NO));
        return doc;
    }
}
