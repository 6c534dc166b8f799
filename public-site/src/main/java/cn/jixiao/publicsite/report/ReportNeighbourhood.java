package cn.jixiao.publicsite.report;

import cn.jixiao.platform.publication.ReportStatus;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads what surrounds a report on its page, with a few indexed queries (the public role sees only
 * published and withdrawn reports, so drafts never show up as neighbours).
 */
@ApplicationScoped
public class ReportNeighbourhood {
    private static final int RELATED = 5;
    private static final String LINK = "select id, title, publisher, published_on, status, corrects_id from report ";
    private static final String PREVIOUS = LINK + """
            where tenant_id = ? and status = 'PUBLISHED' and (published_on, id) < (?, ?)
            order by published_on desc, id desc limit 1""";
    private static final String NEXT = LINK + """
            where tenant_id = ? and status = 'PUBLISHED' and (published_on, id) > (?, ?)
            order by published_on, id limit 1""";
    // same publisher first, then the same kind and scope in the region; cheap: indexed by tenant
    private static final String RELATED_SQL = LINK + """
            where tenant_id = ? and status = 'PUBLISHED' and id <> ? and (publisher = ? or (kind = ? and scope = ?))
            order by (publisher = ?) desc, published_on desc, id desc limit ?""";
    // every version linked through corrects_id, both ways
    private static final String HISTORY = """
            with recursive older(id, corrects_id) as (
                select id, corrects_id from report where id = ?
                union
                select r.id, r.corrects_id from report r join older o on r.id = o.corrects_id),
            chain(id) as (
                select id from older
                union
                select r.id from report r join chain c on r.corrects_id = c.id)
            """ + LINK + " where id in (select id from chain) order by published_on, id";
    private static final String ATTACHMENTS = """
            select report_id, position, title, file_name, media_type, size_bytes, object_key
              from report_attachment where report_id = ? order by position""";

    @Inject
    AgroalDataSource dataSource;

    public ReportSurroundings of(Report report) {
        try (Connection connection = dataSource.getConnection()) {
            return new ReportSurroundings(
                    attachments(connection, report.id()),
                    first(links(connection, PREVIOUS, report.tenantId(), report.publishedOn(), report.id())),
                    first(links(connection, NEXT, report.tenantId(), report.publishedOn(), report.id())),
                    links(
                            connection,
                            RELATED_SQL,
                            report.tenantId(),
                            report.id(),
                            report.publisher(),
                            report.kind().name(),
                            report.scope().name(),
                            report.publisher(),
                            RELATED),
                    links(connection, HISTORY, report.id()));
        } catch (SQLException e) {
            throw new ReportStoreException(e);
        }
    }

    /** One attachment of a published report; empty for withdrawn reports and unknown positions. */
    public Optional<ReportAttachment> attachment(long reportId, int position) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        select a.report_id, a.position, a.title, a.file_name, a.media_type, a.size_bytes, a.object_key
                          from report_attachment a join report r on r.id = a.report_id
                         where a.report_id = ? and a.position = ? and r.status = 'PUBLISHED'""")) {
            statement.setLong(1, reportId);
            statement.setInt(2, position);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(attachment(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new ReportStoreException(e);
        }
    }

    private static List<ReportAttachment> attachments(Connection connection, long reportId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ATTACHMENTS)) {
            statement.setLong(1, reportId);
            try (ResultSet rows = statement.executeQuery()) {
                var attachments = new ArrayList<ReportAttachment>();
                while (rows.next()) {
                    attachments.add(attachment(rows));
                }
                return attachments;
            }
        }
    }

    private static ReportAttachment attachment(ResultSet rows) throws SQLException {
        return new ReportAttachment(
                rows.getLong(1),
                rows.getInt(2),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                rows.getLong(6),
                rows.getString(7));
    }

    private static List<ReportLink> links(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i];
                statement.setObject(
                        i + 1, parameter instanceof java.time.LocalDate date ? java.sql.Date.valueOf(date) : parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                var links = new ArrayList<ReportLink>();
                while (rows.next()) {
                    links.add(new ReportLink(
                            rows.getLong(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getDate(4).toLocalDate(),
                            ReportStatus.valueOf(rows.getString(5)),
                            rows.getObject(6, Long.class)));
                }
                return links;
            }
        }
    }

    private static Optional<ReportLink> first(List<ReportLink> links) {
        return links.stream().findFirst();
    }
}
