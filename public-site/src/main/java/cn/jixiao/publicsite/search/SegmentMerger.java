package cn.jixiao.publicsite.search;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.jboss.logging.Logger;

/**
 * Merges a rebuilt index into one segment, on a thread of its own. A rebuild on two cores leaves several
 * segments (4 at 100,000 reports, 16 at 1,000,000), and a search looks up each of its terms and walks their
 * postings once per segment (the ranked query holds dozens of terms: each unit as character pairs in seven
 * texts, synonyms included).
 * Publications go on being applied meanwhile: the merge leaves the segments written after it started alone,
 * and the merged segment is searchable when done, then committed (with the event position of the last
 * commit: what was applied after it is applied again after a crash, as always).
 */
final class SegmentMerger implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SegmentMerger.class);

    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("search-index-merge").daemon(true).factory());
    private final AtomicInteger pending = new AtomicInteger();

    /** Queues a merge of everything the writer holds now; the searchers are refreshed when it is done. */
    Future<?> mergeIntoOne(IndexWriter writer, ReferenceManager<IndexSearcher> searchers) {
        pending.incrementAndGet();
        return thread.submit(() -> {
            try {
                merge(writer, searchers);
            } finally {
                pending.decrementAndGet();
            }
        });
    }

    /** Whether a merge is queued or running (closing the writer would wait for it). */
    boolean busy() {
        return pending.get() > 0;
    }

    private static void merge(IndexWriter writer, ReferenceManager<IndexSearcher> searchers) {
        long started = System.nanoTime();
        try {
            int before = segments(searchers);
            if (before > 1) {
                writer.forceMerge(1);
                searchers.maybeRefreshBlocking();
                // durable here, on this thread: left to the maintainer's next commit, syncing the merged
                // segment (1.2 GB at a million reports) held the next publication back 1.3 s
                writer.commit();
            }
            LOG.infof(
                    "search index merged: %d segments into %d in %d ms",
                    before, segments(searchers), (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            // closed, replaced or rebuilt meanwhile (deleteAll aborts merges): the next rebuild merges again
            LOG.infof("search index merge stopped: %s", e.toString());
        }
    }

    /** The segments searches read now. */
    static int segments(ReferenceManager<IndexSearcher> searchers) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().leaves().size();
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
