package cn.jixiao.portal.audit;

import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.tabular.Column;
import cn.jixiao.portal.tabular.TableFormat;
import cn.jixiao.portal.tabular.TableSpec;
import cn.jixiao.portal.tabular.TableWriter;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The region's whole audit log as a sheet, in chain order, with each entry's previous hash and hash
 * and the time in the canonical form, so anyone can rebuild the chain with their own tools
 * (infrastructure/deploy/README.md, "Audit"). For the finance bureau: finance reviewers and region
 * admins; row-level security keeps it to their own region.
 */
@ApplicationScoped
public class AuditExport {
    static final String REFUSED =
            "只有财政审核人员和地区管理员可以导出审计日志 (only finance reviewers and region admins export the audit log)";

    static final TableSpec SPEC = new TableSpec(
            "审计日志",
            List.of(
                    Column.integer("seq", "序号 seq", 1, Long.MAX_VALUE),
                    Column.integer("id", "编号 id", 1, Long.MAX_VALUE),
                    Column.text("at", "时间 at (UTC)"),
                    Column.text("actor", "操作人 actor"),
                    Column.text("action", "操作 action"),
                    Column.text("entity", "对象 entity"),
                    Column.integer("entityId", "对象编号 entity_id", Long.MIN_VALUE, Long.MAX_VALUE),
                    Column.text("before", "修改前 before"),
                    Column.text("after", "修改后 after"),
                    Column.text("prevHash", "前一条哈希 prev_hash"),
                    Column.text("hash", "哈希 hash")));

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** The chain's ends, sent with the file (headers) so a reader knows where it starts and ends. */
    public record Ends(long anchorSeq, String anchorHash, long headSeq, String headHash) {}

    /** A written file and the chain's ends. */
    public record File(Path path, Ends ends) {}

    @Inject
    Access access;

    @Inject
    AgroalDataSource dataSource;

    public void requireExporter() {
        if (!access.isFinanceReviewer() && !access.isRegionAdmin()) {
            throw new ForbiddenException(REFUSED);
        }
    }

    /** Writes the region's log into a temporary file the caller sends and deletes. */
    public File write(TableFormat format) throws IOException, SQLException {
        requireExporter();
        Path file = Files.createTempFile("jixiao-audit-", "." + format.extension);
        try (Connection c = dataSource.getConnection()) {
            Ends ends = ends(c);
            try (OutputStream out = Files.newOutputStream(file);
                    TableWriter writer = TableWriter.open(format, SPEC, out)) {
                rows(c, writer);
            }
            return new File(file, ends);
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private static Ends ends(Connection c) throws SQLException {
        try (PreparedStatement s =
                        c.prepareStatement("select anchor_seq, anchor_hash, head_seq, head_hash from audit_chain");
                ResultSet r = s.executeQuery()) {
            if (r.next()) {
                return new Ends(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4));
            }
            String zero = "0".repeat(64);
            return new Ends(0, zero, 0, zero);
        }
    }

    private static void rows(Connection c, TableWriter writer) throws SQLException, IOException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false); // a cursor, so a long log is streamed
        try (PreparedStatement s = c.prepareStatement(
                "select seq, id, at, actor, action, entity, entity_id, before::text, after::text, prev_hash, hash"
                        + " from audit_log order by seq")) {
            s.setFetchSize(1000);
            try (ResultSet r = s.executeQuery()) {
                while (r.next() && !writer.full()) {
                    long entityId = r.getLong(7);
                    Long entity = r.wasNull() ? null : entityId;
                    writer.row(new Object[] {
                        r.getLong(1),
                        r.getLong(2),
                        AT.format(r.getObject(3, OffsetDateTime.class)),
                        r.getString(4),
                        r.getString(5),
                        r.getString(6),
                        entity,
                        r.getString(8),
                        r.getString(9),
                        r.getString(10),
                        r.getString(11)
                    });
                }
            }
        } finally {
            c.rollback();
            c.setAutoCommit(autoCommit);
        }
    }
}
