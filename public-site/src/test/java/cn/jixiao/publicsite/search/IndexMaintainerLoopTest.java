package cn.jixiao.publicsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.publicsite.PublicSiteStack;
import cn.jixiao.publicsite.fixture.ReportFixtures;
import cn.jixiao.publicsite.report.PublicationEventLog;
import cn.jixiao.publicsite.report.ReportRepository;
import cn.jixiao.testing.TestStack;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The maintainer's loop, on a maintainer of its own with an index in a folder of its own (the app's goes on):
 * a publication wakes it at once, and at shutdown it stops before the index closes.
 */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
class IndexMaintainerLoopTest {
    @Inject
    SearchConfig config;

    @Inject
    ReportRepository reports;

    @Inject
    PublicationEventLog events;

    @Inject
    ReportFixtures fixtures;

    @Inject
    ListenConnections listenConnections;

    @Inject
    @io.quarkus.agroal.DataSource("owner")
    AgroalDataSource owner;

    @TempDir
    Path temp;

    /**
     * With a poll interval of an hour, only the notification of the report trigger (LISTEN publication) can
     * bring a new publication into this index within the test's wait.
     */
    @Test
    void aPublicationWakesTheMaintainerWithoutWaitingForThePoll() throws Exception {
        var index = new SearchIndex();
        var maintainer = startedOnItsOwnIndex(index, Duration.ofHours(1));
        try {
            long published = fixtures.report("430600", "PUBLISHED", "唤醒测试的报告", "2026-12-01", "## 唤醒");
            long event = lastEventOf(published);
            PublicSiteStack.awaitValue(
                    () -> index.lastEventId().orElse(0),
                    indexed -> indexed >= event,
                    Duration.ofSeconds(10),
                    "the publication did not wake the maintainer (its poll is an hour away)");
            int found = index.search(searcher -> searcher.count(new TermQuery(ReportDocument.idTerm(published))));
            assertEquals(1, found, "the woken run indexed the publication");
        } finally {
            maintainer.stop(new ShutdownEvent());
            index.close();
            fixtures.withdrawAll(); // the app's own index lets the test's report go
        }
    }

    /**
     * A poll that comes after the shutdown leaves the index as it was (before, a poll running while the index
     * closed failed on the closed writer and then announced the index ready with 0 reports).
     */
    @Test
    void afterShutdownNoPollTouchesTheIndex() throws Exception {
        var index = new SearchIndex();
        var maintainer = startedOnItsOwnIndex(index, Duration.ofMillis(250));
        try {
            long before = index.lastEventId().orElseThrow();
            assertTrue(index.documentCount() > 0, "the rebuild found the published reports");

            maintainer.stop(new ShutdownEvent());
            long event = updatedEventOfADraft();
            assertTrue(event > before);
            maintainer.maintain(); // a poll already scheduled when the shutdown came

            assertEquals(before, index.lastEventId().orElseThrow(), "a poll after the shutdown applied an event");
        } finally {
            index.close();
            fixtures.withdrawAll();
        }
    }

    /** Opens the index in the test's folder and starts a maintainer on it, ready (rebuilt from the database). */
    private IndexMaintainer startedOnItsOwnIndex(SearchIndex index, Duration pollInterval) throws Exception {
        PublicSiteStack.awaitSearchIndex();
        SearchConfig own = ownFolder(temp.resolve("index"), pollInterval);
        index.config = own;
        index.metrics = new SimpleMeterRegistry();
        index.open();
        var maintainer = maintainer(index, own);
        maintainer.start(new StartupEvent());
        PublicSiteStack.awaitValue(
                index::ready, ready -> ready, Duration.ofSeconds(60), "the maintainer's own index was never ready");
        return maintainer;
    }

    private IndexMaintainer maintainer(SearchIndex index, SearchConfig own) {
        var maintainer = new IndexMaintainer();
        maintainer.index = index;
        maintainer.reports = reports;
        maintainer.events = events;
        maintainer.config = own;
        maintainer.metrics = new SimpleMeterRegistry();
        maintainer.listenConnections = listenConnections;
        var restorer = new SnapshotRestorer();
        restorer.config = own; // restores nothing: the index is rebuilt from the database
        maintainer.snapshots = restorer;
        return maintainer;
    }

    /** The app's search configuration with another index folder and poll interval, and no snapshot restore. */
    private SearchConfig ownFolder(Path folder, Duration pollInterval) {
        return (SearchConfig) Proxy.newProxyInstance(
                SearchConfig.class.getClassLoader(), new Class<?>[] {SearchConfig.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "indexDir":
                            return folder;
                        case "snapshotRestore":
                            return false;
                        case "pollInterval":
                            return pollInterval;
                        default:
                            try {
                                return method.invoke(config, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
    }

    private long lastEventOf(long reportId) throws Exception {
        try (Connection c = owner.getConnection();
                PreparedStatement max =
                        c.prepareStatement("select max(id) from publication_event where report_id = ?")) {
            max.setLong(1, reportId);
            try (var rows = max.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private long updatedEventOfADraft() throws Exception {
        long draft = fixtures.report("430600", "DRAFT", "停机测试的草稿", "2026-12-01", "## 草稿");
        try (Connection c = owner.getConnection();
                PreparedStatement event = c.prepareStatement(
                        "insert into publication_event (tenant_id, report_id, kind) values ('430600', ?, 'UPDATED')",
                        new String[] {"id"})) {
            event.setLong(1, draft);
            event.executeUpdate();
            try (var keys = event.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
