package cn.jixiao.publicsite.search;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every {@code jixiao.search.snapshot-interval} (10 min) one replica uploads a snapshot of its index,
 * when it is newer than the latest in S3: the replicas take turns through a PostgreSQL advisory lock
 * (whoever holds it uploads, the others skip this round), so a new replica can restore instead of rebuild.
 */
@ApplicationScoped
public class SnapshotWriter {
    /** The advisory lock key (any bigint; hashtextextended('search-snapshot', 0) would do as well). */
    static final long LOCK_KEY = 0x6a6978696f5f7331L;

    /** What one round did. */
    public enum Outcome {
        WRITTEN,
        UNCHANGED,
        NOT_READY,
        LOCKED,
        FAILED
    }

    @Inject
    SearchIndex index;

    @Inject
    IndexSnapshots snapshots;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry metrics;

    private final AtomicLong lastWrittenEvent = new AtomicLong();
    private final AtomicLong lastBytes = new AtomicLong();

    @PostConstruct
    void registerGauges() {
        Gauge.builder("jixiao.search.snapshot.last.event", lastWrittenEvent, AtomicLong::get)
                .description("The last publication event of the newest snapshot this replica uploaded")
                .register(metrics);
        Gauge.builder("jixiao.search.snapshot.bytes", lastBytes, AtomicLong::get)
                .description("Size of the newest snapshot archive this replica uploaded")
                .baseUnit("bytes")
                .register(metrics);
    }

    @Scheduled(
            identity = "search-snapshot",
            every = "${jixiao.search.snapshot-interval:10m}",
            delayed = "${jixiao.search.snapshot-interval:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        writeIfChanged();
    }

    /** Uploads a snapshot when this replica's index is ready and newer than the latest in S3, and no other replica is uploading. */
    public Outcome writeIfChanged() {
        Outcome outcome;
        try {
            outcome = attempt();
        } catch (Exception e) {
            Log.warnf("search snapshot failed: %s", e.toString());
            outcome = Outcome.FAILED;
        }
        metrics.counter(
                        "jixiao.search.snapshot.writes",
                        "outcome",
                        outcome.name().toLowerCase())
                .increment();
        return outcome;
    }

    private Outcome attempt() throws Exception {
        if (!index.ready()) {
            return Outcome.NOT_READY;
        }
        long indexed = index.lastEventId().orElse(0);
        if (indexed <= lastWrittenEvent.get()) {
            return Outcome.UNCHANGED;
        }
        // a transaction's advisory lock: released at the rollback below, or when the connection is lost
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!tryLock(connection)) {
                    Log.debug("search snapshot skipped: another replica is writing one");
                    return Outcome.LOCKED;
                }
                return writeLocked();
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private Outcome writeLocked() throws Exception {
        long started = System.nanoTime();
        SnapshotManifest manifest = index.withLatestCommit((folder, commit) -> {
            long committed = Long.parseLong(commit.getUserData().get(SearchIndex.LAST_EVENT));
            var latest = snapshots.latest();
            if (latest.isPresent() && latest.get().lastEventId() >= committed) {
                lastWrittenEvent.set(latest.get().lastEventId());
                return null;
            }
            try (var reader = org.apache.lucene.index.DirectoryReader.open(commit)) {
                return snapshots.write(folder, commit, reader.numDocs());
            }
        });
        if (manifest == null) {
            return Outcome.UNCHANGED;
        }
        long nanos = System.nanoTime() - started;
        Timer.builder("jixiao.search.snapshot.duration")
                .description("Time to upload (write) or download and open (restore) an index snapshot")
                .tag("operation", "write")
                .register(metrics)
                .record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        lastWrittenEvent.set(manifest.lastEventId());
        lastBytes.set(manifest.archiveBytes());
        Log.infof(
                "search snapshot written: %s (%d reports, event %d, %d files, %d bytes) in %d ms",
                manifest.archive(),
                manifest.reports(),
                manifest.lastEventId(),
                manifest.files().size(),
                manifest.archiveBytes(),
                nanos / 1_000_000);
        return Outcome.WRITTEN;
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            statement.setLong(1, LOCK_KEY);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }
}
