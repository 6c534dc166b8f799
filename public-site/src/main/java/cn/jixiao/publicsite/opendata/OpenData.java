package cn.jixiao.publicsite.opendata;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Streams the open data (published reports and their key figures) through a server-side cursor. */
@ApplicationScoped
public class OpenData {
    private static final String ROWS = """
            select r.id, r.index_no, r.title, r.tenant_id, g.name, r.publisher, r.fiscal_year, r.kind, r.scope,
                   r.score, r.grade, r.budget_yuan, r.execution_rate, r.published_on
              from report r join region g on g.code = r.tenant_id
             where r.status = 'PUBLISHED'
               and (?::varchar is null or r.tenant_id = ?) and (?::int is null or r.fiscal_year = ?)
             order by r.published_on desc, r.id desc""";

    @FunctionalInterface
    public interface Sink {
        void accept(OpenDataRow row) throws Exception;
    }

    @Inject
    AgroalDataSource dataSource;

    /**
     * @param base the site's address, for each report's URL
     */
    public void forEach(OpenDataFilter filter, String base, Sink sink) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false); // PostgreSQL only streams inside a transaction
            try (PreparedStatement statement = connection.prepareStatement(ROWS)) {
                statement.setString(1, filter.region());
                statement.setString(2, filter.region());
                statement.setObject(3, filter.year(), Types.INTEGER);
                statement.setObject(4, filter.year(), Types.INTEGER);
                statement.setFetchSize(500);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        sink.accept(row(rows, base));
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static OpenDataRow row(ResultSet rows, String base) throws SQLException {
        var kind = cn.jixiao.platform.publication.EvaluationKind.valueOf(rows.getString(8));
        var grade = cn.jixiao.platform.publication.Grade.of(rows.getString(11));
        long id = rows.getLong(1);
        return new OpenDataRow(
                id,
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                rows.getString(6),
                rows.getInt(7),
                kind.name(),
                kind.label(),
                rows.getString(9),
                rows.getBigDecimal(10),
                grade == null ? null : grade.name(),
                grade == null ? null : grade.label(),
                rows.getBigDecimal(12),
                rows.getBigDecimal(13),
                rows.getDate(14).toLocalDate(),
                base + "/reports/" + id);
    }
}
