package cn.jixiao.portal.copies;

import cn.jixiao.portal.report.Report;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hibernate.Session;

/**
 * The {@code paragraph_signature} table (V18), in plain JDBC on the request's connection: its RLS
 * (own region's rows, and published rows of every region) is the only filter, since these rows are not
 * Hibernate entities and the tenant discriminator does not apply.
 */
@ApplicationScoped
public class ParagraphStore {
    /** Replaces the report's rows with these paragraphs and their bands. */
    public void replace(Report report, List<Paragraph> paragraphs, List<long[]> bands) {
        work(conn -> {
            try (PreparedStatement delete =
                    conn.prepareStatement("delete from paragraph_signature where report_id = ?")) {
                delete.setLong(1, report.id);
                delete.executeUpdate();
            }
            if (paragraphs.isEmpty()) {
                return null;
            }
            try (PreparedStatement insert = conn.prepareStatement(
                    "insert into paragraph_signature (tenant_id, report_id, department_id, section, position,"
                            + " paragraph_hash, bands, text, report_status, report_title, publisher, index_no)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < paragraphs.size(); i++) {
                    Paragraph p = paragraphs.get(i);
                    insert.setString(1, report.tenantId);
                    insert.setLong(2, report.id);
                    insert.setObject(3, report.departmentId);
                    insert.setString(4, p.section());
                    insert.setInt(5, p.position());
                    insert.setLong(6, p.hash());
                    insert.setArray(7, array(conn, bands.get(i)));
                    insert.setString(8, p.text());
                    insert.setString(9, report.status.name());
                    insert.setString(10, report.title == null ? "" : report.title);
                    insert.setString(11, report.publisher);
                    insert.setString(12, report.indexNo);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /**
     * The stored paragraphs sharing any of these bands, of reports other than those excluded (the report
     * itself and the reports of its evaluation: a correction repeats what it corrects), and not withdrawn.
     * Through {@code paragraphs_sharing_bands} (V18): under RLS PostgreSQL may not use the GIN index for
     * the non-leakproof {@code &&}, so the function applies the policies' rule itself (the caller's region's
     * rows, and published rows of every region) with the index.
     */
    public List<StoredParagraph> sharingBands(Collection<long[]> bands, Collection<Long> excludedReports) {
        if (bands.isEmpty()) {
            return List.of();
        }
        return work(conn -> {
            var all = new ArrayList<Long>();
            bands.forEach(b -> {
                for (long x : b) {
                    all.add(x);
                }
            });
            try (PreparedStatement q = conn.prepareStatement(
                    "select report_id, tenant_id, region_name, section, position, bands, text, report_status,"
                            + " report_title, publisher, index_no from paragraphs_sharing_bands(?, ?)")) {
                q.setArray(1, conn.createArrayOf("bigint", all.toArray()));
                q.setArray(2, conn.createArrayOf("bigint", excludedReports.toArray()));
                var out = new ArrayList<StoredParagraph>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StoredParagraph(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getInt(5),
                                longs(rs.getArray(6)),
                                rs.getString(7),
                                rs.getString(8),
                                rs.getString(9),
                                rs.getString(10),
                                rs.getString(11)));
                    }
                }
                return out;
            }
        });
    }

    private static Array array(Connection conn, long[] values) throws SQLException {
        Long[] boxed = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return conn.createArrayOf("bigint", boxed);
    }

    private static long[] longs(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = ((Number) values[i]).longValue();
        }
        return out;
    }

    interface Work<T> {
        T run(Connection conn) throws SQLException;
    }

    static <T> T work(Work<T> work) {
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(work::run);
    }
}
