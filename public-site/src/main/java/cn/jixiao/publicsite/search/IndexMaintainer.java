package cn.jixiao.publicsite.search;

import cn.jixiao.publicsite.report.PublicationEvent;
import cn.jixiao.publicsite.report.PublicationEventLog;
import cn.jixiao.publicsite.report.Report;
import cn.jixiao.publicsite.report.ReportRepository;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the search index current, on one scheduled thread: first it checks the index found on disk
 * (rebuilding it from the database when empty, outdated or out of step), then it follows the
 * publication_event log and re-indexes or removes each report an event names.
 */
@ApplicationScoped
public class IndexMaintainer {

    @Inject
    SearchIndex index;

    @Inject
    ReportRepository reports;

    @Inject
    PublicationEventLog events;

    @Inject
    SearchConfig config;

    @Inject
    SnapshotRestorer snapshots;

    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    private io.micrometer.core.instrument.Counter backlogRebuilds;

    private static final int BATCHES_PER_COMMIT = 10;

    private final Clock clock = Clock.systemUTC();
    private EventCursor cursor;
    private boolean failing;
    private String origin;
    private long preparing;

    @Inject
    ListenConnections listenConnections;

    private volatile boolean stopping;
    /** Released by the listener when a publication commits: the loop then runs at once. */
    private final Semaphore wake = new Semaphore(0);

    private ExecutorService loop;
    private PublicationListener listener;
    /** Reads the next batch of a catch-up while the maintainer's thread indexes the current one. */
    private ExecutorService reader;

    /**
     * Follows on its own thread: a run starts as soon as a publication commits ({@link PublicationListener})
     * and at the latest {@code poll-interval} after the last run ended (the Quarkus scheduler cannot run a job
     * more often than once a second, and a publication is to be searchable within one).
     */
    void start(@Observes StartupEvent started) {
        backlogRebuilds = io.micrometer.core.instrument.Counter.builder("jixiao.search.backlog.rebuilds")
                .description("Catch-ups applied as a rebuild, their backlog being most of the index")
                .register(metrics);
        reader = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("search-index-read").daemon().factory());
        loop = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("search-index").daemon().factory());
        loop.execute(this::runUntilStopped);
        listener = new PublicationListener(listenConnections, wake::release);
        io.micrometer.core.instrument.Gauge.builder("jixiao.search.listening", listener, l -> l.listening() ? 1 : 0)
                .description("1 while publications wake the index maintainer at once (LISTEN), 0 while it only polls")
                .register(metrics);
        listener.start();
    }

    private void runUntilStopped() {
        while (!stopping) {
            maintain();
            try {
                wake.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits(); // publications notified during the run: the next run applies them all
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Stops following at shutdown, before the index closes (the shutdown event comes before any bean is
     * destroyed): a run in progress ends after its current batch, as an interrupted write would break the
     * index writer, and no run starts after it. What was applied and not committed is applied again from the
     * last commit at the next start.
     */
    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        stopping = true;
        if (listener != null) {
            listener.close();
        }
        wake.release();
        if (loop != null) {
            loop.shutdown();
            loop.awaitTermination(30, TimeUnit.SECONDS);
        }
        if (reader != null) {
            reader.shutdownNow();
        }
    }

    void maintain() {
        if (stopping) {
            return;
        }
        try {
            if (!index.ready()) {
                if (cursor == null) {
                    preparing = System.nanoTime();
                    prepare();
                }
                // ready only once caught up: a restored snapshot may be hours behind the log
                follow();
                if (stopping) {
                    return;
                }
                if (!"rebuild".equals(origin) && !inStepWithDatabase()) {
                    Log.warnf(
                            "search index (%s) holds %d reports after catching up, the database publishes %d:"
                                    + " rebuilding",
                            origin, index.documentCount(), reports.countPublished());
                    long logEnd = events.lastId();
                    rebuild(logEnd);
                    cursor.reset(logEnd);
                    origin = "rebuild";
                    follow();
                }
                index.markReady(origin);
                Log.infof(
                        "search index ready (%s): %d reports up to event %d, %d ms after the maintainer started"
                                + " (%d ms since the JVM started)",
                        origin,
                        index.documentCount(),
                        cursor.lastId(),
                        (System.nanoTime() - preparing) / 1_000_000,
                        java.lang.management.ManagementFactory.getRuntimeMXBean()
                                .getUptime());
                return;
            }
            follow();
            if (failing) {
                failing = false;
                Log.info("search index maintenance works again");
            }
        } catch (Exception e) {
            // once per outage, not once a second
            if (!failing) {
                failing = true;
                Log.warnf("search index maintenance failed, retrying every poll: %s", e.toString());
            } else {
                Log.debugf("search index maintenance still failing: %s", e.toString());
            }
        }
    }

    /**
     * Chooses where the index starts from: the one on disk when it is current, else the newest snapshot in
     * S3 (caught up afterwards from its last event), else a full rebuild from the database on every core.
     */
    private void prepare() throws Exception {
        var fresh = new EventCursor(config.holeTimeout());
        long logEnd = events.lastId();
        OptionalLong indexed = index.lastEventId();
        if (indexed.isPresent() && indexed.getAsLong() <= logEnd) {
            // caught up from its last commit (after a crash or a restart): checked against the database afterwards
            Log.infof(
                    "search index on disk is at event %d of %d (%d reports): catching up",
                    indexed.getAsLong(), logEnd, index.documentCount());
            fresh.reset(indexed.getAsLong(), index.eventHoles(), clock.instant());
            origin = "disk";
        } else {
            Optional<SnapshotManifest> restored = snapshots.restoreLatest(logEnd);
            if (restored.isPresent()) {
                fresh.reset(restored.get().lastEventId(), restored.get().eventHoles(), clock.instant());
                origin = "snapshot";
                Log.infof(
                        "search index catching up from event %d to %d",
                        restored.get().lastEventId(), logEnd);
            } else {
                rebuild(logEnd);
                fresh.reset(logEnd);
                origin = "rebuild";
            }
        }
        cursor = fresh;
    }

    /**
     * Whether the caught-up index holds as many reports as the database publishes (an index from another
     * database, or damaged, does not); a publication landing in between gets one more catch-up first.
     */
    private boolean inStepWithDatabase() throws Exception {
        if (index.documentCount() == reports.countPublished()) {
            return true;
        }
        follow();
        return index.documentCount() == reports.countPublished();
    }

    /** Indexes every published report; events after {@code logEnd} are applied afterwards (again, harmlessly). */
    private void rebuild(long logEnd) throws Exception {
        long started = System.nanoTime();
        index.replaceAll(consumer -> reports.forEachPublished(consumer::accept), logEnd);
        Log.infof(
                "search index rebuilt: %d reports in %d ms (%d threads)",
                index.documentCount(),
                (System.nanoTime() - started) / 1_000_000,
                config.indexThreads().orElse(Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Applies every event after the cursor, a batch at a time, until none is left: a bulk publication
     * is caught up in one go (each batch's reports read in one query and analyzed on every core). While a
     * batch is analyzed the next one is read on another thread, so the database and the analysis overlap
     * as in a rebuild. Each batch is searchable at once; the commit (segments written and synced) comes every
     * {@link #BATCHES_PER_COMMIT} batches and when caught up, since events after a commit are simply
     * applied again after a crash.
     */
    private void follow() throws Exception {
        int uncommitted = 0;
        Batch batch = read(cursor.lastId(), cursor.holes());
        if (batch.events().size() == config.eventBatchSize() && rebuildIsCheaper()) {
            rebuildForBacklog();
            return;
        }
        while (true) {
            if (batch.events().isEmpty()) {
                cursor.advance(List.of(), clock.instant());
                return;
            }
            List<Long> eventIds =
                    batch.events().stream().map(PublicationEvent::id).toList();
            boolean caughtUp = batch.events().size() < config.eventBatchSize();
            Future<Batch> next = null;
            if (!caughtUp) {
                // where the cursor will stand once this batch is applied, so the next read can start now
                EventCursor ahead = cursor.copy();
                ahead.advance(eventIds, clock.instant());
                next = reader.submit(() -> read(ahead.lastId(), ahead.holes()));
            }
            try {
                apply(batch);
            } catch (Exception e) {
                if (next != null) {
                    next.cancel(false);
                }
                throw e;
            }
            cursor.advance(eventIds, clock.instant());
            if (caughtUp || ++uncommitted >= BATCHES_PER_COMMIT) {
                index.commit(cursor.lastId(), cursor.holes());
                uncommitted = 0;
            } else {
                index.refresh();
            }
            Log.debugf("search index applied %d events up to %d", batch.events().size(), cursor.lastId());
            if (caughtUp) {
                return;
            }
            if (stopping) {
                next.cancel(false);
                Log.infof("search index stops following at event %d: shutting down", cursor.lastId());
                return;
            }
            batch = awaitRead(next);
        }
    }

    /** Whether the backlog is large enough that writing the index anew beats updating it report by report. */
    private boolean rebuildIsCheaper() throws Exception {
        long backlog = events.countAfter(cursor.lastId());
        return backlog >= config.rebuildBacklogMin() && backlog >= config.rebuildBacklogShare() * index.documentCount();
    }

    /**
     * Rebuilds from the database, as at start-up: searches keep the old index until the new one is committed.
     * The events up to the log's end taken first are then marked applied, with the gaps between their ids kept
     * as holes exactly as a catch-up would (a slower transaction's event is asked for again).
     */
    private void rebuildForBacklog() throws Exception {
        long logEnd = events.lastId();
        List<Long> covered = events.idsBetween(cursor.lastId(), logEnd);
        Log.infof(
                "search index is %d events behind (%d reports indexed): rebuilding, cheaper than applying them",
                covered.size(), index.documentCount());
        rebuild(logEnd);
        cursor.advance(covered, clock.instant());
        index.commit(cursor.lastId(), cursor.holes());
        backlogRebuilds.increment();
    }

    /** A batch of events and the current state of the reports they name (absent: deleted). */
    private record Batch(List<PublicationEvent> events, Set<Long> reportIds, List<Report> reports) {}

    private Batch read(long lastId, java.util.Collection<Long> holes) throws Exception {
        List<PublicationEvent> batch = events.after(lastId, holes, config.eventBatchSize());
        Set<Long> reportIds = new LinkedHashSet<>();
        batch.forEach(event -> reportIds.add(event.reportId()));
        List<Report> found = reportIds.isEmpty() ? List.of() : reports.findAll(reportIds);
        return new Batch(batch, reportIds, found);
    }

    private static Batch awaitRead(Future<Batch> next) throws Exception {
        try {
            return next.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** The reports' current state decides, whatever the events said: events may arrive late or twice. */
    private void apply(Batch batch) throws Exception {
        Map<Long, Report> current = new HashMap<>();
        for (Report report : batch.reports()) {
            current.put(report.id(), report);
        }
        for (long reportId : batch.reportIds()) {
            Report report = current.get(reportId);
            if (report == null || !report.published()) {
                index.remove(reportId);
            }
        }
        index.upsertAll(consumer -> {
            for (Report report : current.values()) {
                if (report.published()) {
                    consumer.accept(report);
                }
            }
        });
    }
}
