package cn.jixiao.publicsite.search;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A new replica's shortcut: the newest snapshot of this schema version, downloaded, checked against its
 * manifest and opened as the index; the maintainer then catches up from its last event.
 */
@ApplicationScoped
public class SnapshotRestorer {

    @Inject
    IndexSnapshots snapshots;

    @Inject
    SearchIndex index;

    @Inject
    SearchConfig config;

    @Inject
    MeterRegistry metrics;

    /**
     * Restores the newest usable snapshot into the (not yet ready) index; empty when there is none, it is
     * ahead of the database's event log (the database was reset), or it fails its checks.
     */
    Optional<SnapshotManifest> restoreLatest(long logEnd) {
        if (!config.snapshotRestore()) {
            return Optional.empty();
        }
        long started = System.nanoTime();
        Path download = config.indexDir().resolveSibling(config.indexDir().getFileName() + ".restore");
        try {
            Optional<SnapshotManifest> latest = snapshots.latest();
            if (latest.isEmpty()) {
                Log.infof("no search snapshot under %s", snapshots.folder());
                count("none");
                return Optional.empty();
            }
            SnapshotManifest manifest = latest.get();
            if (manifest.lastEventId() > logEnd) {
                throw new IndexSnapshots.InvalidSnapshotException("snapshot at event " + manifest.lastEventId()
                        + " is ahead of the database's last event " + logEnd);
            }
            long found = System.nanoTime();
            snapshots.download(manifest, download);
            long downloaded = System.nanoTime();
            if (!index.replaceFiles(download)) {
                throw new IndexSnapshots.InvalidSnapshotException("the files do not open as an index");
            }
            long nanos = System.nanoTime() - started;
            Timer.builder("jixiao.search.snapshot.duration")
                    .description("Time to upload (write) or download and open (restore) an index snapshot")
                    .tag("operation", "restore")
                    .register(metrics)
                    .record(nanos, TimeUnit.NANOSECONDS);
            count("restored");
            Log.infof(
                    "search index restored from snapshot %s (%d reports, event %d, made %s) in %d ms"
                            + " (manifest %d ms; %d bytes downloaded and checked in %d ms; opened in %d ms)",
                    manifest.archive(),
                    manifest.reports(),
                    manifest.lastEventId(),
                    manifest.createdAt(),
                    nanos / 1_000_000,
                    (found - started) / 1_000_000,
                    manifest.archiveBytes(),
                    (downloaded - found) / 1_000_000,
                    (System.nanoTime() - downloaded) / 1_000_000);
            return latest;
        } catch (IndexSnapshots.InvalidSnapshotException e) {
            Log.warnf("search snapshot not usable, rebuilding instead: %s", e.getMessage());
            count("invalid");
            return Optional.empty();
        } catch (Exception e) {
            Log.warnf("search snapshot could not be restored, rebuilding instead: %s", e.toString());
            count("failed");
            return Optional.empty();
        } finally {
            try {
                IndexSnapshots.deleteFolder(download);
            } catch (java.io.IOException e) {
                Log.debugf("could not remove %s: %s", download, e.getMessage());
            }
        }
    }

    private void count(String outcome) {
        metrics.counter("jixiao.search.snapshot.restores", "outcome", outcome).increment();
    }
}
