package cn.jixiao.publicsite.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Wakes the index maintainer as soon as a publication commits: the report trigger (V2) sends
 * {@code pg_notify('publication', id)}, and this replica LISTENs on a connection of its own
 * ({@link ListenConnections}, outside the pool). Without it a
 * publication waited for the next poll (half the poll interval on average). The maintainer still polls,
 * so a lost connection only slows publications down to the poll until this one reconnects.
 */
final class PublicationListener implements AutoCloseable {
    static final String CHANNEL = "publication";
    private static final Logger LOG = Logger.getLogger(PublicationListener.class);
    private static final int WAIT_MILLIS = 1_000;
    private static final long RECONNECT_MILLIS = 2_000;

    private final ListenConnections connections;
    private final Runnable wake;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean listening;

    PublicationListener(ListenConnections connections, Runnable wake) {
        this.connections = connections;
        this.wake = wake;
        this.thread = Thread.ofPlatform().name("search-index-listen").daemon().unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    /** Whether the LISTEN connection is up (publications then wake the maintainer at once). */
    boolean listening() {
        return listening;
    }

    private void run() {
        boolean failing = false;
        while (closed.getCount() > 0) {
            try (Connection connection = connections.open()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                listening = true;
                if (failing) {
                    LOG.info("listening for publications again");
                    failing = false;
                }
                wake.run(); // publications while not listening are found by this run
                while (closed.getCount() > 0) {
                    PGNotification[] arrived = postgres.getNotifications(WAIT_MILLIS);
                    if (arrived != null && arrived.length > 0) {
                        wake.run(); // one run applies every event committed so far, however many arrived
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (closed.getCount() == 0) {
                    return;
                }
                if (!failing) {
                    failing = true;
                    LOG.warnf("not listening for publications (the poll still finds them): %s", e.toString());
                }
                try {
                    closed.await(RECONNECT_MILLIS, TimeUnit.MILLISECONDS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
        listening = false;
    }

    @Override
    public void close() {
        closed.countDown(); // the wait for notifications ends within WAIT_MILLIS, then the connection closes
    }
}
