package cn.jixiao.platform.database;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;

/** Which failures mean "the database is away, try again" (503) and which stay server faults (500). */
class DatabaseOutageTest {

    @Test
    void aRefusedOrBrokenConnectionIsAnOutage() {
        assertTrue(DatabaseOutage.causedBy(new PSQLException(
                "Connection to localhost:55482 refused.",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                new ConnectException("Connection refused"))));
        assertTrue(DatabaseOutage.causedBy(new PSQLException(
                "An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE)));
        assertTrue(DatabaseOutage.causedBy(
                new PSQLException("This connection has been closed.", PSQLState.CONNECTION_DOES_NOT_EXIST)));
        assertTrue(DatabaseOutage.causedBy(new SQLTransientConnectionException("gone", "08006")));
    }

    @Test
    void theServerShuttingDownOrStartingIsAnOutage() {
        assertTrue(DatabaseOutage.causedBy(new PSQLException(new ServerErrorMessage(
                "SFATAL\0VFATAL\0C57P01\0Mterminating connection due to administrator command\0"))));
        assertTrue(DatabaseOutage.causedBy(new PSQLException(
                new ServerErrorMessage("SFATAL\0VFATAL\0C57P03\0Mthe database system is starting up\0"))));
        assertTrue(DatabaseOutage.causedBy(new PSQLException(
                new ServerErrorMessage("SFATAL\0VFATAL\0C57P03\0Mthe database system is shutting down\0"))));
    }

    @Test
    void agroalsAcquisitionTimeoutIsAnOutage() {
        assertTrue(DatabaseOutage.causedBy(new SQLException("Sorry, acquisition timeout!")));
        assertTrue(DatabaseOutage.causedBy(new SQLException(
                "Acquisition timeout while waiting for new connection",
                new PSQLException("Connection to localhost:55482 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT))));
    }

    @Test
    void theOutageIsFoundHoweverDeeplyItIsWrapped() {
        var refused = new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        // as Hibernate (JDBCConnectionException < PersistenceException) and our JDBC code wrap it
        var wrapped = new IllegalStateException(
                "tenant lookup failed", new RuntimeException("Unable to acquire JDBC Connection", refused));
        assertTrue(DatabaseOutage.causedBy(wrapped));
        var suppressed = new RuntimeException("commit failed");
        suppressed.addSuppressed(new SQLException("Sorry, acquisition timeout!"));
        assertTrue(DatabaseOutage.causedBy(suppressed));
        var chained = new SQLException("batch failed", "XX000");
        chained.setNextException(new PSQLException("closed", PSQLState.CONNECTION_DOES_NOT_EXIST));
        assertTrue(DatabaseOutage.causedBy(chained));
    }

    @Test
    void otherDatabaseErrorsAreNotAnOutage() {
        assertFalse(DatabaseOutage.causedBy(new PSQLException(
                new ServerErrorMessage("SERROR\0VERROR\0C23505\0Mduplicate key value violates unique constraint\0"))));
        assertFalse(DatabaseOutage.causedBy(
                new PSQLException(new ServerErrorMessage("SERROR\0VERROR\0C42P01\0Mrelation \"x\" does not exist\0"))));
        assertFalse(DatabaseOutage.causedBy(new PSQLException(
                new ServerErrorMessage("SERROR\0VERROR\0C57014\0Mcanceling statement due to statement timeout\0"))));
        assertFalse(DatabaseOutage.causedBy(new SQLException("something else")));
        assertFalse(DatabaseOutage.causedBy(new IllegalStateException("no cause")));
        assertFalse(DatabaseOutage.causedBy(null));
    }

    @Test
    void aCycleInTheCausesEnds() {
        var a = new RuntimeException("a");
        var b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(DatabaseOutage.causedBy(a));
    }
}
