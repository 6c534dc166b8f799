package cn.jixiao.publicsite.report;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Reads reports with plain JDBC as the public role: row-level security lets it see published and
 * withdrawn reports (never drafts) of every tenant, and update nothing but the view count.
 */
@ApplicationScoped
public class ReportRepository {
    static final String SELECT = """
            select r.id, r.tenant_id, g.name as region_name,
                   concat_ws(' ', g2.name, g1.name, g.name) as region_path,
                   r.title, r.publisher, r.index_no, r.catalog, r.published_on, r.doc_no, r.keywords, r.views,
                   r.fiscal_year, r.kind, r.scope, r.score, r.grade, r.summary, r.body, r.status, r.withdrawn_reason,
                   r.withdrawn_at, r.corrects_id, r.budget_yuan, r.execution_rate
            from report r
            join region g on g.code = r.tenant_id
            left join region g1 on g1.code = g.parent_code
            left join region g2 on g2.code = g1.parent_code
            """;

    /** Receives reports one at a time, so a rebuild never holds every report in memory. */
    @FunctionalInterface
    public interface Sink {
        void accept(Report report) throws Exception;
    }

    @Inject
    AgroalDataSource dataSource;

    /** A published or withdrawn report; drafts and unknown ids are empty. */
    public Optional<Report> find(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(SELECT + " where r.id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(ReportRows.report(rows)) : Optional.empty();
            }
        }
    }

    /** The published or withdrawn reports among the ids, in one query (drafts and unknown ids are left out). */
    public java.util.List<Report> findAll(java.util.Collection<Long> ids) throws SQLException {
        var found = new java.util.ArrayList<Report>(ids.size());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(SELECT + " where r.id = any(?)")) {
            statement.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(ReportRows.report(rows));
                }
            }
        }
        return found;
    }

    public long countPublished() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("select count(*) from report where status = 'PUBLISHED'");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Streams every published report, in id order, through a server-side cursor. */
    public void forEachPublished(Sink sink) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false); // PostgreSQL only streams inside a transaction
            try (PreparedStatement statement =
                    connection.prepareStatement(SELECT + " where r.status = 'PUBLISHED' order by r.id")) {
                statement.setFetchSize(100);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        sink.accept(ReportRows.report(rows));
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        }
    }
}
