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
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KeepOnlyLastCommitDeletionPolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SnapshotDeletionPolicy;
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
    static final String SCHEMA = "schemaVersion";
    static final String LAST_EVENT = "lastEventId";
    static final String HOLES = "eventHoles";

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
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    private volatile SnapshotDeletionPolicy commits;
    private volatile boolean ready;
    private volatile String origin = "opening";
    private volatile OptionalLong committedEvent = OptionalLong.empty();
    private volatile FacetState facetState;
    private final SegmentMerger merger = new SegmentMerger();

    /** The ordinals of the facet values of one reader (built once per reader, shared by its searches). */
    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

    @PostConstruct
    void open() throws IOException {
        Files.createDirectories(config.indexDir());
        directory = FSDirectory.open(config.indexDir());
        boolean compatible = openWriter();
        Gauge.builder("jixiao.search.index.documents", this, SearchIndex::documentCount)
                .description("Reports in this replica's search index")
                .register(metrics);
        Gauge.builder(
                        "jixiao.search.index.last.event",
                        this,
                        index -> index.lastEventId().orElse(0))
                .description("The last publication event the committed index reflects")
                .register(metrics);
        Gauge.builder("jixiao.search.index.segments", this, SearchIndex::segmentCount)
                .description("Segments a search reads (one after a rebuild's merge)")
                .register(metrics);
        Log.infof(
                "search index at %s (%s)",
                config.indexDir().toAbsolutePath(),
                compatible ? "existing, schema " + ReportFields.SCHEMA_VERSION : "new or outdated");
    }

    /** Opens the writer on what the folder holds: appends to a compatible index, else starts an empty one. */
    private boolean openWriter() throws IOException {
        boolean compatible =
                ReportFields.SCHEMA_VERSION.equals(committedUserData().get(SCHEMA));
        // a snapshot keeps its commit's files while they are copied to S3 (IndexSnapshots)
        commits = new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy());
        var writerConfig = new IndexWriterConfig(analyzer)
                .setOpenMode(
                        compatible ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE)
                .setIndexSort(ReportFields.NEWEST_FIRST)
                .setIndexDeletionPolicy(commits)
                .setRAMBufferSizeMB(config.indexBufferMb());
        writer = new IndexWriter(directory, writerConfig);
        String committed = liveCommitData().get(LAST_EVENT);
        committedEvent = committed == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(committed));
        searchers = new SearcherManager(writer, null);
        facetState = null;
        return compatible;
    }

    /**
     * Replaces the index with the files of a restored snapshot (already verified, in {@code restored}),
     * before the index is ready; false when they do not open as an index of this schema (the folder is
     * then emptied, to be rebuilt).
     */
    boolean replaceFiles(Path restored) throws IOException {
        if (ready) {
            throw new IllegalStateException("a ready index is not replaced");
        }
        closeWriter();
        try {
            emptyFolder();
            try (var files = Files.list(restored)) {
                for (Path file : files.toList()) {
                    Files.move(file, config.indexDir().resolve(file.getFileName()));
                }
            }
            if (openWriter() && lastEventId().isPresent()) {
                return true;
            }
            Log.warnf(
                    "the restored snapshot at %s is not an index of schema %s",
                    config.indexDir(), ReportFields.SCHEMA_VERSION);
        } catch (IOException | RuntimeException e) {
            Log.warnf("the restored snapshot at %s does not open: %s", config.indexDir(), e.toString());
        }
        closeWriter();
        emptyFolder();
        openWriter();
        return false;
    }

    private void closeWriter() {
        try {
            searchers.close();
        } catch (IOException | RuntimeException e) {
            Log.debugf("closing the searchers: %s", e.toString());
        }
        try {
            writer.close();
        } catch (IOException | RuntimeException e) {
            Log.debugf("closing the index writer: %s", e.toString());
        }
    }

    private void emptyFolder() throws IOException {
        try (var old = Files.list(config.indexDir())) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
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

    void markReady(String how) {
        origin = how;
        ready = true;
    }

    /** How this replica's index came to be: disk, snapshot or rebuild (for the health check). */
    public String origin() {
        return origin;
    }

    /** The last publication event the committed index reflects; empty when never built. */
    OptionalLong lastEventId() {
        return committedEvent;
    }

    /** The holes in the event sequence at the last commit (ids a slower transaction may still fill). */
    List<Long> eventHoles() {
        return parseHoles(liveCommitData().get(HOLES));
    }

    static List<Long> parseHoles(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(Long::valueOf).toList();
    }

    private Map<String, String> liveCommitData() {
        var data = new HashMap<String, String>();
        for (Map.Entry<String, String> entry : writer.getLiveCommitData()) {
            data.put(entry.getKey(), entry.getValue());
        }
        return data;
    }

    public int documentCount() {
        IndexWriter current = writer;
        return current != null && current.isOpen() ? current.getDocStats().numDocs : 0;
    }

    /**
     * Replaces the whole index with the given reports; searches see the old index until the commit. The
     * segments the rebuild wrote are then merged into one in the background ({@link SegmentMerger}).
     */
    void replaceAll(Source source, long lastEventId) throws Exception {
        writer.deleteAll();
        upsertAll(source);
        commit(lastEventId, List.of());
        merger.mergeIntoOne(writer, searchers);
    }

    private double segmentCount() {
        SearcherManager current = searchers;
        try {
            return current == null ? 0 : SegmentMerger.segments(current);
        } catch (IOException | RuntimeException e) {
            return Double.NaN; // closed or being replaced
        }
    }

    /**
     * Adds or replaces the given reports, analyzing them on {@code jixiao.search.index-threads} threads
     * (all cores by default) while the source reads the next ones.
     */
    void upsertAll(Source source) throws Exception {
        ParallelIndexing.run(
                config.indexThreads().orElse(Runtime.getRuntime().availableProcessors()), source, this::upsert);
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

    /** Makes the changes so far searchable, without the cost of a commit (no segment written, no fsync). */
    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Commits the changes with where they stand in the event log (the last id and the holes before it). */
    void commit(long lastEventId, Collection<Long> holes) throws IOException {
        refresh(); // searchable first, durable next
        writer.setLiveCommitData(Map.of(
                        SCHEMA,
                        ReportFields.SCHEMA_VERSION,
                        LAST_EVENT,
                        Long.toString(lastEventId),
                        HOLES,
                        holes.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .entrySet());
        writer.commit();
        committedEvent = OptionalLong.of(lastEventId);
    }

    /** Work done with the files of one commit point, which stay on disk until it returns. */
    @FunctionalInterface
    public interface CommitWork<T> {
        T apply(Path folder, IndexCommit commit) throws Exception;
    }

    /** Holds the latest commit (its files are not deleted meanwhile) while the work copies them. */
    <T> T withLatestCommit(CommitWork<T> work) throws Exception {
        SnapshotDeletionPolicy policy = commits;
        IndexCommit commit = policy.snapshot();
        try {
            return work.apply(config.indexDir(), commit);
        } finally {
            policy.release(commit);
            writer.deleteUnusedFiles();
        }
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
        boolean merging = merger.busy();
        merger.close();
        try {
            searchers.close();
            if (merging) {
                // closing would wait for the merge (a minute at a million reports); what is not committed
                // is applied again from the last commit's event at the next start
                writer.rollback();
            } else {
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            Log.warnf("closing the search index failed: %s", e.getMessage());
        }
    }
}
