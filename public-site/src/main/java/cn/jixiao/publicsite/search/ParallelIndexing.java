package cn.jixiao.publicsite.search;

import cn.jixiao.publicsite.report.Report;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Analyzes reports on several threads while the source reads the next ones (IndexWriter takes documents
 * from several threads): batches of 64, at most two a thread in flight, so memory stays bounded.
 */
final class ParallelIndexing {
    private static final int BATCH = 64;

    private ParallelIndexing() {}

    static void run(int threads, SearchIndex.Source source, SearchIndex.ReportConsumer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().name("search-index-", 0).factory());
        var inFlight = new Semaphore(threads * 2);
        var pending = new ArrayList<Future<?>>();
        var batch = new ArrayList<Report>(BATCH);
        try {
            source.forEach(report -> {
                batch.add(report);
                if (batch.size() == BATCH) {
                    pending.add(submit(pool, inFlight, List.copyOf(batch), work));
                    batch.clear();
                    pending.removeIf(Future::isDone);
                }
            });
            pending.add(submit(pool, inFlight, List.copyOf(batch), work));
            for (Future<?> task : pending) {
                task.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Future<?> submit(
            ExecutorService pool, Semaphore inFlight, List<Report> reports, SearchIndex.ReportConsumer work)
            throws IOException {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        }
        return pool.submit(() -> {
            try {
                for (Report report : reports) {
                    work.accept(report);
                }
                return null;
            } finally {
                inFlight.release();
            }
        });
    }
}
