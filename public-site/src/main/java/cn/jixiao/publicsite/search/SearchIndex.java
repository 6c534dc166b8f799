package cn.jixiao.publicsite.search;

import cn.jixiao.publicsite.report.Report;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * This replica's Lucene index on local disk. One writer (the {@link IndexMaintainer}) changes it;
 * searches use near-real-time searchers that see each change after its commit. Every commit
 * records the schema version and the id of the last publication event applied. The index is sorted
 * newest first ({@link ReportFields#NEWEST_FIRST}); reports are analyzed on every core while it is
 * built or catches up (IndexWriter takes documents from several threads).
 */
@ApplicationScoped
public class SearchIndex {
    private static final String SCHEMA = "schemaVersion";
    private static final String LAST_EVENT = "lastEventId";

    /** Work done with a searcher. */
    @FunctionalInterface
    public interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Supplies every report of a full rebuild. */
    @FunctionalInterface
    public interface Source {
        void forEach(ReportConsumer consumer) throws Exception;
    }

    @FunctionalInterface
    public interface ReportConsumer {
        void accept(Report report) throws IOException;
    }

    @Inject
    SearchConfig config;

    @Inject
    MeterRegistry metrics;

    private final Analyzer analyzer = ReportAnalyzer.create();
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private volatile boolean ready;
    private volatile FacetState facetState;

    /** The ordinals of the facet values of one reader (built once per reader, shared by its searches). */
    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

    @PostConstruct
    void open() throws IOException {
        Files.createDirectories(config.indexDir());
        directory = FSDirectory.open(config.indexDir());
        boolean compatible =
                ReportFields.SCHEMA_VERSION.equals(committedUserData().get(SCHEMA));
        var writerConfig = new IndexWriterConfig(analyzer)
                .setOpenMode(
                        compatible ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE)
                .setIndexSort(ReportFields.NEWEST_FIRST)
                .setRAMBufferSizeMB(config.indexBufferMb());
        writer = new IndexWriter(directory, writerConfig);
        searchers = new SearcherManager(writer, null);
        Gauge.builder("jixiao.search.index.documents", this, SearchIndex::documentCount)
                .description("Reports in this replica's search index")
                .register(metrics);
        Gauge.builder(
                        "jixiao.search.index.last.event",
                        this,
                        index -> index.lastEventId().orElse(0))
                .description("The last publication event the committed index reflects")
                .register(metrics);
        Log.infof(
                "search index at %s (%s)",
                config.indexDir().toAbsolutePath(),
                compatible ? "existing, schema " + ReportFields.SCHEMA_VERSION : "new or outdated: will be rebuilt");
    }

    private Map<String, String> committedUserData() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return Map.of();
            }
            return SegmentInfos.readLatestCommit(directory).getUserData();
        } catch (IOException | RuntimeException e) {
            Log.warnf("search index at %s is unreadable and will be rebuilt: %s", config.indexDir(), e.getMessage());
            return Map.of();
        }
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** True once the index has been built (or found current) and follows the publication log. */
    public boolean ready() {
        return ready;
    }

    void markReady() {
        ready = true;
    }

    /** The last publication event the committed index reflects; empty when never built. */
    OptionalLong lastEventId() {
        for (Map.Entry<String, String> entry : writer.getLiveCommitData()) {
            if (LAST_EVENT.equals(entry.getKey())) {
                return OptionalLong.of(Long.parseLong(entry.getValue()));
            }
        }
        return OptionalLong.empty();
    }

    public int documentCount() {
        return writer.isOpen() ? writer.getDocStats().numDocs : 0;
    }

    /** Replaces the whole index with the given reports; searches see the old index until the commit. */
    void replaceAll(Source source, long lastEventId) throws Exception {
        writer.deleteAll();
        upsertAll(source);
        commit(lastEventId);
    }

    /**
     * Adds or replaces the given reports, analyzing them on {@code jixiao.search.index-threads} threads
     * (all cores by default) while the source reads the next ones.
     */
    void upsertAll(Source source) throws Exception {
        int threads = config.indexThreads().orElse(Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().name("search-index-", 0).factory());
        var inFlight = new Semaphore(threads * 2);
        var pending = new ArrayList<Future<?>>();
        var batch = new ArrayList<Report>(BATCH);
        try {
            source.forEach(report -> {
                batch.add(report);
                if (batch.size() == BATCH) {
                    pending.add(submit(pool, inFlight, List.copyOf(batch)));
                    batch.clear();
                    pending.removeIf(Future::isDone);
                }
            });
            pending.add(submit(pool, inFlight, List.copyOf(batch)));
            for (Future<?> task : pending) {
                task.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            pool.shutdownNow();
        }
    }

    private static final int BATCH = 64;

    private Future<?> submit(ExecutorService pool, Semaphore inFlight, List<Report> reports) throws IOException {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        }
        return pool.submit(() -> {
            try {
                for (Report report : reports) {
                    upsert(report);
                }
                return null;
            } finally {
                inFlight.release();
            }
        });
    }

    void upsert(Report report) throws IOException {
        writer.updateDocument(ReportDocument.idTerm(report.id()), ReportDocument.of(report));
    }

    /** The facet ordinals of the searcher's reader; null while the index holds no report. */
    SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        FacetState current = facetState;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        if (reader.numDocs() == 0) {
            return null;
        }
        var state = new DefaultSortedSetDocValuesReaderState(reader, ReportFields.FACETS);
        facetState = new FacetState(reader, state);
        return state;
    }

    void remove(long reportId) throws IOException {
        writer.deleteDocuments(ReportDocument.idTerm(reportId));
    }

    void commit(long lastEventId) throws IOException {
        writer.setLiveCommitData(Map.of(SCHEMA, ReportFields.SCHEMA_VERSION, LAST_EVENT, Long.toString(lastEventId))
                .entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Runs work with a current searcher. */
    public <T> T search(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index failed", e);
        }
    }

    @PreDestroy
    void close() {
        ready = false;
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            Log.warnf("closing the search index failed: %s", e.getMessage());
        }
    }
}
