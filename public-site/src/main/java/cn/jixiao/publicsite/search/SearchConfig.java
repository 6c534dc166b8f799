package cn.jixiao.publicsite.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

@ConfigMapping(prefix = "jixiao.search")
public interface SearchConfig {
    /** Folder of this replica's Lucene index; it is rebuilt from the database when empty or outdated. */
    @WithDefault(".run/data/public-site-index")
    Path indexDir();

    /**
     * How often the publication_event log is read at the latest for new, changed and withdrawn reports: a
     * publication's notification (LISTEN publication) wakes the maintainer sooner; the poll covers the time
     * that connection is down.
     */
    @WithDefault("250ms")
    Duration pollInterval();

    /** How many publication events are read and committed at a time (a poll applies batches until none is left). */
    @WithDefault("2000")
    int eventBatchSize();

    /** How long a hole in the event id sequence is re-checked (a slower transaction may still fill it). */
    @WithDefault("60s")
    Duration holeTimeout();

    /**
     * A backlog of at least this many events and at least {@link #rebuildBacklogShare} of the index's reports
     * is applied by rebuilding the index from the database: updating most of the index one report at a time
     * costs more than writing it anew (deletes to apply, segments to merge).
     */
    @WithDefault("10000")
    long rebuildBacklogMin();

    /** See {@link #rebuildBacklogMin}: the backlog's size as a share of the reports in the index. */
    @WithDefault("0.8")
    double rebuildBacklogShare();

    /** Threads that analyze reports during a rebuild or catch-up (default: every core). */
    java.util.Optional<Integer> indexThreads();

    /** Memory (MB) the index writer fills before it writes a segment. */
    @WithDefault("128")
    double indexBufferMb();

    /**
     * How often a ready replica uploads a snapshot of its index to S3, when it changed since the newest
     * there (one replica at a time); a new replica restores the newest instead of rebuilding.
     */
    @WithDefault("10m")
    Duration snapshotInterval();

    /** How many snapshots (of the current schema version) are kept in S3; older ones are removed. */
    @WithDefault("3")
    int snapshotsKept();

    /** Folder (S3 key prefix) of the snapshots; each schema version has its own below it ({@code v2/}). */
    @WithDefault("search-snapshots")
    String snapshotPrefix();

    /** Whether a replica without a usable index restores the newest snapshot (else it rebuilds). */
    @WithDefault("true")
    boolean snapshotRestore();

    /** Longest query text (in characters) that is searched; longer input is cut. */
    @WithDefault("64")
    int maxQueryLength();
}
