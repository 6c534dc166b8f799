package cn.jixiao.portal.kiosk.usage;

import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.tabular.TableFormat;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Streams daily counts from the database straight into the response (a region's year is tens of
 * millions of rows): a cursor in its own read transaction, written as CSV, or as XLSX up to the
 * 1,048,575 data rows a sheet holds, with a note sheet saying so when there were more.
 */
@ApplicationScoped
public class UsageExport {
    /** Excel's rows per sheet, less the header. */
    static final int XLSX_MAX_ROWS = 1_048_575;

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
                        () -> QuarkusTransaction.requiringNew()
                                .timeout(3600)
                                .call(() -> format == TableFormat.XLSX ? xlsx(query, out) : csv(query, out)));
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException("usage export failed", e);
            }
        };
    }

    private boolean csv(Query query, OutputStream out) throws IOException, SQLException {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write('\uFEFF'); // Excel reads UTF-8 CSV right only with the mark
        writer.write(UsageFile.CODE + "," + UsageFile.DAY + "," + UsageFile.COUNT + "\r\n");
        each(query, (code, day, transactions) -> {
            writer.write(csvText(code));
            writer.write(',');
            writer.write(day.toString());
            writer.write(',');
            writer.write(Integer.toString(transactions));
            writer.write("\r\n");
            return true;
        });
        writer.flush();
        return true;
    }

    private boolean xlsx(Query query, OutputStream out) throws IOException, SQLException {
        var workbook = new Workbook(out, "jixiao", "1.0");
        Worksheet sheet = workbook.newWorksheet("办件量");
        String[] headers = {UsageFile.CODE, UsageFile.DAY, UsageFile.COUNT};
        for (int c = 0; c < headers.length; c++) {
            sheet.value(0, c, headers[c]);
            sheet.style(0, c).bold().set();
        }
        sheet.width(0, 24);
        sheet.width(1, 12);
        int[] next = {1};
        boolean complete = each(query, (code, day, transactions) -> {
            if (next[0] > XLSX_MAX_ROWS) {
                return false;
            }
            int r = next[0]++;
            sheet.value(r, 0, code);
            sheet.value(r, 1, day);
            sheet.style(r, 1).format("yyyy-mm-dd").set();
            sheet.value(r, 2, transactions);
            if (r % 1000 == 0) {
                sheet.flush();
            }
            return true;
        });
        sheet.finish();
        if (!complete) {
            Worksheet note = workbook.newWorksheet("说明");
            note.value(
                    0,
                    0,
                    "数据超过 Excel 单表上限，只导出了前 " + XLSX_MAX_ROWS + " 行；请导出 CSV，或按年度、服务点分批导出 "
                            + "(more rows than an Excel sheet holds; only the first " + XLSX_MAX_ROWS
                            + " were written: export CSV "
                            + "or narrow by year or point)");
            note.finish();
        }
        workbook.finish();
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

    private static String csvText(String text) {
        String guarded = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (guarded.indexOf(',') < 0
                && guarded.indexOf('"') < 0
                && guarded.indexOf('\n') < 0
                && guarded.indexOf('\r') < 0) {
            return guarded;
        }
        return '"' + guarded.replace("\"", "\"\"") + '"';
    }
}
