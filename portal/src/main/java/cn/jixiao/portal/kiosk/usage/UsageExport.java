package cn.jixiao.portal.kiosk.usage;

import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.tabular.Column;
import cn.jixiao.portal.tabular.TableFormat;
import cn.jixiao.portal.tabular.TableSpec;
import cn.jixiao.portal.tabular.TableWriter;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Streams daily counts from the database straight into the response (a region's year is tens of
 * millions of rows): a cursor in its own read transaction, written by the spreadsheet writers the other
 * exports use (CSV, or XLSX up to the rows a sheet holds, with a note sheet saying so when there were more).
 */
@ApplicationScoped
public class UsageExport {
    private static final int FETCH = 10_000;

    /** What to export: the tenant, the readable-devices condition on {@code d}, and the optional year and point. */
    public record Query(String tenant, String readableSql, Integer year, Long pointId) {}

    @FunctionalInterface
    private interface Writer {
        /** Writes one row; false when the file is full. */
        boolean row(String code, LocalDate day, int transactions) throws IOException;
    }

    @Inject
    AgroalDataSource dataSource;

    public StreamingOutput body(Query query, TableFormat format) {
        return out -> {
            try {
                Tenancy.runAs(
                        query.tenant(),
                        () -> QuarkusTransaction.requiringNew().timeout(3600).call(() -> write(query, format, out)));
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException("usage export failed", e);
            }
        };
    }

    /** The export's sheet: the three columns the import reads, the count as a number. */
    static final TableSpec SPEC = new TableSpec(
            "办件量",
            List.of(
                    Column.text("code", UsageFile.CODE),
                    Column.date("day", UsageFile.DAY),
                    Column.integer("transactions", UsageFile.COUNT, 0, Integer.MAX_VALUE)));

    private boolean write(Query query, TableFormat format, OutputStream out) throws IOException, SQLException {
        try (TableWriter writer = TableWriter.open(format, SPEC, out)) {
            each(query, (code, day, transactions) -> {
                writer.row(new Object[] {code, day, transactions});
                return !writer.full();
            });
        }
        return true;
    }

    /** Runs the query with a cursor; false when the writer stopped early. */
    private boolean each(Query query, Writer writer) throws IOException, SQLException {
        String sql = "select d.code, u.day, u.transactions from device_usage u join device d on d.id = u.device_id"
                + " where " + query.readableSql()
                + " and (?::int is null or (u.day >= make_date(?::int, 1, 1) and u.day < make_date(?::int + 1, 1, 1)))"
                + " and (?::bigint is null or d.point_id = ?)"
                + " order by u.device_id, u.day";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setFetchSize(FETCH);
            s.setObject(1, query.year());
            s.setObject(2, query.year());
            s.setObject(3, query.year());
            s.setObject(4, query.pointId());
            s.setObject(5, query.pointId());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (!writer.row(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getInt(3))) {
                        return false;
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return true;
    }
}
