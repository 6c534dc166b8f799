package cn.jixiao.platform.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a database that is away (restarting, stopped, unreachable) from every other failure: the first
 * is answered 503 "try again shortly", the second stays a logged 500. All three apps share the rule, as
 * the failure reaches them differently wrapped (Hibernate's JDBCConnectionException, a
 * PersistenceException, a transaction's RollbackException, our own store exceptions, a bare
 * SQLException from Agroal), so the whole cause chain is read.
 */
public final class DatabaseOutage {
    /** Agroal's own words when no connection came within the acquisition timeout (it sets no SQLState). */
    private static final String[] AGROAL_TIMEOUTS = {"Sorry, acquisition timeout", "Acquisition timeout"};

    private DatabaseOutage() {}

    /** True when {@code failure}, or anything that caused it, says the database cannot be reached now. */
    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return visit(failure, seen);
    }

    private static boolean visit(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (t instanceof SQLException sql && (unavailableState(sql.getSQLState()) || agroalTimeout(sql))) {
            return true;
        }
        if (t instanceof ConnectException) {
            return true;
        }
        if (t instanceof SQLException sql && visit(sql.getNextException(), seen)) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (visit(suppressed, seen)) {
                return true;
            }
        }
        return visit(t.getCause(), seen);
    }

    /**
     * SQLState class 08 (connection exception: refused, broken, closed), 57P01–57P03 (the server shuts down
     * or is still starting: admin_shutdown, crash_shutdown, cannot_connect_now).
     */
    static boolean unavailableState(String state) {
        return state != null
                && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }

    private static boolean agroalTimeout(SQLException e) {
        String message = e.getMessage();
        if (e.getSQLState() != null || message == null) {
            return false;
        }
        for (String words : AGROAL_TIMEOUTS) {
            if (message.startsWith(words)) {
                return true;
            }
        }
        return false;
    }
}
