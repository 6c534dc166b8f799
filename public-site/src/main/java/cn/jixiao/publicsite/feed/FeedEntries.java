package cn.jixiao.publicsite.feed;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Published reports for feeds and the sitemap, read as the public role. */
@ApplicationScoped
public class FeedEntries {
    private static final String COLUMNS = """
            select r.id, r.title, r.publisher, g.name, r.summary, r.published_on, r.updated_at
              from report r join region g on g.code = r.tenant_id
             where r.status = 'PUBLISHED'""";

    /** Receives entries one at a time, so the sitemap of 100,000 reports never sits in memory. */
    @FunctionalInterface
    public interface Sink {
        void accept(FeedEntry entry) throws Exception;
    }

    @Inject
    AgroalDataSource dataSource;

    /** The newest published reports, of one region or (null) of all. */
    public List<FeedEntry> latest(String region, int limit) {
        String sql = COLUMNS
                + (region == null ? "" : " and r.tenant_id = ?")
                + " order by r.published_on desc, r.id desc limit ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            if (region != null) {
                statement.setString(i++, region);
            }
            statement.setInt(i, limit);
            try (ResultSet rows = statement.executeQuery()) {
                var entries = new ArrayList<FeedEntry>();
                while (rows.next()) {
                    entries.add(entry(rows));
                }
                return entries;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the feed failed", e);
        }
    }

    public long countPublished() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("select count(*) from report where status = 'PUBLISHED'");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("counting reports failed", e);
        }
    }

    /** Published reports in id order, {@code limit} of them after the first {@code skip}, through a server-side cursor. */
    public void forEachPublished(long skip, long limit, Sink sink) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false); // PostgreSQL only streams inside a transaction
            try (PreparedStatement statement =
                    connection.prepareStatement(COLUMNS + " order by r.id offset ? limit ?")) {
                statement.setLong(1, skip);
                statement.setLong(2, limit);
                statement.setFetchSize(500);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        sink.accept(entry(rows));
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static FeedEntry entry(ResultSet rows) throws SQLException {
        return new FeedEntry(
                rows.getLong(1),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                rows.getDate(6).toLocalDate(),
                rows.getObject(7, OffsetDateTime.class));
    }
}
