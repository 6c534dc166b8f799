package cn.jixiao.tenantadmin.lifecycle;

import cn.jixiao.platform.storage.ObjectStorage;
import cn.jixiao.tenantadmin.web.ConflictException;
import io.agroal.api.AgroalDataSource;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.Result;
import io.minio.messages.Item;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;

/**
 * A region's complete export as one zip, streamed: every table that carries the tenant column as a
 * CSV sheet (UTF-8 with BOM, the database's column names, that region's rows only), every object
 * under the region's prefix in S3 (its evidence files), and each report as text. Runs as the
 * platform role, which reads every tenant's rows on purpose; the tables are found in the catalog,
 * so a new table is exported without a code change, and a table the role cannot read stops the
 * export before anything is written (an export that silently missed a table would not be complete).
 */
@ApplicationScoped
public class TenantExport {
    private static final String TENANT_TABLES = """
            select c.relname,
                   has_table_privilege(c.oid, 'SELECT') as granted,
                   (not c.relrowsecurity) or exists (
                       select 1 from pg_policy p
                        where p.polrelid = c.oid and p.polcmd in ('r', '*')
                          and (p.polroles = '{0}' or (select oid from pg_roles where rolname = current_user) = any (p.polroles))
                   ) as readable,
                   exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'id' and not a.attisdropped) as has_id
              from pg_class c
             where c.relkind in ('r', 'p') and c.relnamespace = current_schema()::regnamespace
               and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
             order by c.relname""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectStorage storage;

    /** The tables to export; refuses when one of them cannot be read by this app's role. */
    public List<Table> tables() {
        var tables = new ArrayList<Table>();
        var unreadable = new ArrayList<String>();
        try (Connection connection = dataSource.getConnection();
                var statement = connection.prepareStatement(TENANT_TABLES);
                var rows = statement.executeQuery()) {
            while (rows.next()) {
                if (rows.getBoolean(2) && rows.getBoolean(3)) {
                    tables.add(new Table(rows.getString(1), rows.getBoolean(4)));
                } else {
                    unreadable.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("listing the tenant tables failed", e);
        }
        if (!unreadable.isEmpty()) {
            throw new ConflictException("平台角色无法读取这些地区数据表，导出不完整，已停止：" + String.join("、", unreadable)
                    + " (the platform role cannot read these tenant tables; grant it SELECT and a policy)");
        }
        return tables;
    }

    public record Table(String name, boolean hasId) {}

    /** What was written: the archive's size and SHA-256, rows per table, files and reports. */
    public record Written(long size, String sha256, Map<String, Long> tables, int files, int reports) {}

    /** Writes the archive of region {@code code} to {@code out} (not closed). */
    public Written write(String code, String regionName, List<Table> tables, OutputStream out) throws IOException {
        if (!code.matches("^[0-9]{6}$")) {
            throw new IllegalArgumentException("not a division code: " + code);
        }
        var digest = new DigestingStream(out);
        var zip = new ZipOutputStream(digest, StandardCharsets.UTF_8);
        Map<String, Long> counts = new LinkedHashMap<>();
        int reports;
        try (Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (Table table : tables) {
                zip.putNextEntry(new ZipEntry("sheets/" + table.name() + ".csv"));
                zip.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                String sql = "copy (select * from \"" + table.name() + "\" where tenant_id = '" + code + "'"
                        + (table.hasId() ? " order by id" : "") + ") to stdout with (format csv, header)";
                counts.put(table.name(), copy.copyOut(sql, new Unclosable(zip)));
                zip.closeEntry();
            }
            reports = writeReports(connection, code, zip);
        } catch (SQLException e) {
            throw new IOException("reading the region's rows failed", e);
        }
        int files = writeFiles(code, zip);
        zip.putNextEntry(new ZipEntry("README.txt"));
        zip.write(readme(code, regionName, counts, files, reports).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
        zip.flush();
        return new Written(digest.count, digest.hex(), counts, files, reports);
    }

    private int writeReports(Connection connection, String code, ZipOutputStream zip) throws SQLException, IOException {
        int count = 0;
        try (var statement = connection.prepareStatement(
                "select id, index_no, title, publisher, published_on, status, summary, body from report"
                        + " where tenant_id = ? order by id")) {
            statement.setString(1, code);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    String name = "reports/" + rows.getLong(1) + "-" + safe(rows.getString(2)) + ".md";
                    zip.putNextEntry(new ZipEntry(name));
                    String text = "# " + rows.getString(3) + "\n\n索引号：" + rows.getString(2) + "\n发布机构："
                            + rows.getString(4) + "\n发布日期：" + rows.getString(5) + "\n状态：" + rows.getString(6)
                            + "\n\n## 摘要\n\n" + rows.getString(7) + "\n\n" + rows.getString(8) + "\n";
                    zip.write(text.getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                    count++;
                }
            }
        }
        return count;
    }

    /** Every object under {@code <code>/}: the prefix all of a region's evidence files are stored under. */
    private int writeFiles(String code, ZipOutputStream zip) throws IOException {
        int count = 0;
        var client = storage.client();
        Iterable<Result<Item>> objects = client.listObjects(ListObjectsArgs.builder()
                .bucket(storage.bucket())
                .prefix(code + "/")
                .recursive(true)
                .build());
        try {
            for (Result<Item> result : objects) {
                Item item = result.get();
                if (item.isDir()) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry("files/" + item.objectName()));
                try (InputStream in = client.getObject(GetObjectArgs.builder()
                        .bucket(storage.bucket())
                        .object(item.objectName())
                        .build())) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
                count++;
            }
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("reading the region's files from object storage failed", e);
        }
        return count;
    }

    private static String readme(String code, String name, Map<String, Long> counts, int files, int reports) {
        var text = new StringBuilder()
                .append("地区数据导出 Region export\n")
                .append("地区：")
                .append(name)
                .append("（行政区划代码 ")
                .append(code)
                .append("）\n导出时间：")
                .append(Instant.now())
                .append("\n\nsheets/  每张含地区列（tenant_id）的数据表一个 CSV 文件（UTF-8，首行为列名）\n")
                .append("files/   对象存储中该地区的全部证明材料（按存储路径）\n")
                .append("reports/ 该地区的全部报告（正文）\n\n数据表及行数 Tables and rows:\n");
        counts.forEach(
                (table, rows) -> text.append(table).append(": ").append(rows).append('\n'));
        text.append("\n文件 Files: ")
                .append(files)
                .append("\n报告 Reports: ")
                .append(reports)
                .append('\n');
        return text.toString();
    }

    private static String safe(String text) {
        return text == null ? "" : text.replaceAll("[^0-9A-Za-z\\p{IsHan}._-]", "_");
    }

    /** Counts and digests what passes through. */
    private static final class DigestingStream extends FilterOutputStream {
        private final MessageDigest sha;
        long count;

        DigestingStream(OutputStream out) {
            super(out);
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            sha.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            sha.update(b, off, len);
            count += len;
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }

    /** COPY closes nothing, but keep the zip open whatever a writer does. */
    private static final class Unclosable extends FilterOutputStream {
        Unclosable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
