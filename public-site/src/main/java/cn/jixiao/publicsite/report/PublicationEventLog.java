package cn.jixiao.publicsite.report;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Reads the publication_event log by id, the way public-site follows it. */
@ApplicationScoped
public class PublicationEventLog {

    @Inject
    AgroalDataSource dataSource;

    /** The id of the newest event, 0 when the log is empty. */
    public long lastId() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("select coalesce(max(id), 0) from publication_event");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** How many events there are after {@code lastId}: the backlog a replica has to apply. */
    public long countAfter(long lastId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("select count(*) from publication_event where id > ?")) {
            statement.setLong(1, lastId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The ids of the events after {@code after} up to {@code upTo}, oldest first (ids only: cheap for many). */
    public List<Long> idsBetween(long after, long upTo) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select id from publication_event where id > ? and id <= ? order by id")) {
            statement.setLong(1, after);
            statement.setLong(2, upTo);
            statement.setFetchSize(10_000);
            var ids = new ArrayList<Long>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    /**
     * Events after {@code lastId}, plus the given earlier ids (holes in the sequence that a
     * slower transaction may still fill), oldest first.
     */
    public List<PublicationEvent> after(long lastId, Collection<Long> holes, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        select id, report_id, kind from publication_event
                        where id > ? or id = any (?)
                        order by id
                        limit ?""")) {
            Array holeIds = connection.createArrayOf("bigint", holes.toArray());
            statement.setLong(1, lastId);
            statement.setArray(2, holeIds);
            statement.setInt(3, limit);
            var events = new ArrayList<PublicationEvent>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    events.add(new PublicationEvent(rows.getLong(1), rows.getLong(2), rows.getString(3)));
                }
            }
            return events;
        }
    }
}
