package cn.jixiao.tenantadmin.audit;

import cn.jixiao.platform.audit.AuditVerification;
import cn.jixiao.platform.audit.AuditVerifier;
import cn.jixiao.tenantadmin.web.OperatorAudit;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Verifies and exports one region's audit log, or the platform's own ({@link AuditVerifier#PLATFORM}: the
 * operators' log), as the platform role (which reads every region and the platform log, and may only add
 * entries). The check or export is then itself written to the chain it read.
 */
@ApplicationScoped
public class AuditAdminService {
    static final String HEADER =
            "序号 seq,编号 id,时间 at (UTC),操作人 actor,操作 action,对象 entity,对象编号 entity_id,修改前 before,修改后 after,"
                    + "前一条哈希 prev_hash,哈希 hash";

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** Where the exported chain starts (anchor) and ends (head). */
    public record Ends(long anchorSeq, String anchorHash, long headSeq, String headHash) {}

    public record Export(Path path, Ends ends) {}

    /** Where exported rows go: a CSV or a workbook. */
    private interface Sink extends AutoCloseable {
        void row(String[] cells) throws IOException;

        @Override
        void close() throws IOException;
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OperatorAudit audit;

    @Inject
    PlatformAudit platformAudit;

    public AuditVerification verify(String region, String actor) {
        AuditVerification result;
        try (Connection c = dataSource.getConnection()) {
            result = AuditVerifier.verify(c, region);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit log of " + region, e);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("ok", result.ok());
        after.put("entries", result.entries());
        after.put("headSeq", result.headSeq());
        after.put("headHash", result.headHash());
        if (!result.ok()) {
            after.put("brokenSeq", result.brokenSeq());
            after.put("reason", result.reason());
        }
        QuarkusTransaction.requiringNew().run(() -> record(region, actor, "VERIFY", after));
        return result;
    }

    /** Writes the region's log as {@code csv} or {@code xlsx} into a temporary file the caller sends and deletes. */
    public Export export(String region, String actor, String format) {
        Path file;
        Ends ends;
        long rows;
        try {
            file = Files.createTempFile("jixiao-audit-" + region + "-", "." + format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = dataSource.getConnection();
                Sink sink = "xlsx".equals(format) ? xlsx(file) : csv(file)) {
            ends = ends(c, region);
            rows = rows(c, region, sink);
        } catch (IOException | SQLException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the temporary file stays; nothing was sent
            }
            throw new IllegalStateException("could not export the audit log of " + region, e);
        }
        long count = rows;
        QuarkusTransaction.requiringNew()
                .run(() -> record(
                        region,
                        actor,
                        "EXPORT",
                        Map.of(
                                "format",
                                format,
                                "entries",
                                count,
                                "headSeq",
                                ends.headSeq(),
                                "headHash",
                                ends.headHash())));
        return new Export(file, ends);
    }

    private void record(String chain, String actor, String action, Map<String, ?> after) {
        if (isPlatform(chain)) {
            platformAudit.record(actor, action, "AuditLog", after);
        } else {
            audit.record(chain, actor, action, "AuditLog", null, after);
        }
    }

    private static boolean isPlatform(String chain) {
        return AuditVerifier.PLATFORM.equals(chain);
    }

    private static Sink csv(Path file) throws IOException {
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write('\uFEFF'); // Excel on Windows reads UTF-8 only with it
        out.write(HEADER);
        out.write("\r\n");
        return new Sink() {
            @Override
            public void row(String[] cells) throws IOException {
                for (int i = 0; i < cells.length; i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    out.write(cell(cells[i]));
                }
                out.write("\r\n");
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }

    /** Numbers (seq, id, entity_id) as numbers, the rest as text; a bold frozen header. */
    private static Sink xlsx(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        Workbook workbook = new Workbook(out, "jixiao", "1.0");
        Worksheet sheet = workbook.newWorksheet("审计日志");
        String[] headers = HEADER.split(",");
        for (int c = 0; c < headers.length; c++) {
            sheet.value(0, c, headers[c]);
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
        return new Sink() {
            private int next = 1;

            @Override
            public void row(String[] cells) throws IOException {
                int r = next++;
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] == null || cells[c].isEmpty()) {
                        continue;
                    }
                    if (c == 0 || c == 1 || c == 6) {
                        sheet.value(r, c, Long.parseLong(cells[c]));
                    } else {
                        sheet.value(r, c, cells[c]);
                    }
                }
                if (r % 1000 == 0) {
                    sheet.flush();
                }
            }

            @Override
            public void close() throws IOException {
                workbook.finish();
                out.close();
            }
        };
    }

    private static Ends ends(Connection c, String region) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                isPlatform(region)
                        ? "select anchor_seq, anchor_hash, head_seq, head_hash from operator_audit_chain where chain = ?"
                        : "select anchor_seq, anchor_hash, head_seq, head_hash from audit_chain where tenant_id = ?")) {
            s.setString(1, region);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    return new Ends(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4));
                }
            }
        }
        String zero = "0".repeat(64);
        return new Ends(0, zero, 0, zero);
    }

    private static long rows(Connection c, String region, Sink out) throws SQLException, IOException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false); // a cursor: a long log is streamed, not held
        long count = 0;
        try (PreparedStatement s = c.prepareStatement(
                "select seq, id, at, actor, action, entity, entity_id, before::text, after::text, prev_hash, hash"
                        + (isPlatform(region)
                                ? " from operator_audit_log where ? = 'platform' order by seq"
                                : " from audit_log where tenant_id = ? order by seq"))) {
            s.setFetchSize(1000);
            s.setString(1, region);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long entityId = r.getLong(7);
                    String entity = r.wasNull() ? "" : Long.toString(entityId);
                    String[] cells = {
                        Long.toString(r.getLong(1)),
                        Long.toString(r.getLong(2)),
                        AT.format(r.getObject(3, OffsetDateTime.class)),
                        r.getString(4),
                        r.getString(5),
                        r.getString(6),
                        entity,
                        r.getString(8),
                        r.getString(9),
                        r.getString(10),
                        r.getString(11)
                    };
                    out.row(cells);
                    count++;
                }
            }
        } finally {
            c.rollback();
            c.setAutoCommit(autoCommit);
        }
        return count;
    }

    /** RFC 4180 quoting; text Excel would run as a formula gets an apostrophe, as the portal's sheets do. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
