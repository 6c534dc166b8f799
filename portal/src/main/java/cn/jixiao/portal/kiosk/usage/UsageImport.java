package cn.jixiao.portal.kiosk.usage;

import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.audit.AuditTrail;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * The daily usage import, built for millions of rows: the file is parsed as it streams into a
 * temporary staging table with COPY (the real tables have row-level security, which COPY FROM
 * refuses), checked there with a few set-based queries, and only then merged into device_usage,
 * with device_usage_year moved by exactly the difference, all in one transaction that also holds
 * the region's usage lock. Any error rolls everything back; a preview always does.
 */
@ApplicationScoped
public class UsageImport {
    private static final Logger LOG = Logger.getLogger(UsageImport.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    UsageConfig config;

    @Inject
    AuditTrail audit;

    /**
     * Runs the import. {@code permitSql} is a condition on device alias {@code d} saying which
     * devices the user may import counts for.
     */
    public UsageReport run(Path file, boolean commit, String permitSql, LocalDate today)
            throws IOException, SQLException {
        try {
            return QuarkusTransaction.requiringNew()
                    .timeout(config.timeoutSeconds())
                    .call(() -> {
                        UsageReport report = inTransaction(file, commit, permitSql, today);
                        if (!report.committed()) {
                            throw new RolledBack(report); // a preview, or a file with errors: nothing stays
                        }
                        // one entry per file (who, when, how many rows and days), in the import's transaction
                        audit.record("IMPORT", "DeviceUsage", null, null, report);
                        return report;
                    });
        } catch (RolledBack e) {
            return e.report;
        } catch (QuarkusTransactionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw e;
        }
    }

    /** Carries the report out of a transaction that must not commit. */
    private static final class RolledBack extends RuntimeException {
        final transient UsageReport report;

        RolledBack(UsageReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }

    private UsageReport inTransaction(Path file, boolean commit, String permitSql, LocalDate today)
            throws IOException, SQLException {
        String tenant =
                Tenancy.current().orElseThrow(() -> new IllegalStateException("an import runs inside a tenant"));
        var errors = new Errors(config.maxListedErrors());
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement()) {
                if (commit) {
                    s.execute("select pg_advisory_xact_lock(hashtextextended('device_usage/" + tenant.replace("'", "")
                            + "', 0))");
                }
                s.execute("set local work_mem = '128MB'");
                s.execute(
                        "create temp table usage_staging (line bigint not null, code text not null, day date not null,"
                                + " transactions int not null) on commit drop");
            }
            long started = System.nanoTime();
            var reader = stage(c, file, errors);
            long staged = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("analyze usage_staging");
                s.execute("create temp table usage_device on commit drop as"
                        + " select c.code, c.first_line, c.lines, d.id as device_id, d.delivered_on,"
                        + "        (d.id is not null and coalesce(" + permitSql + ", false)) as permitted"
                        + "   from (select code, min(line) as first_line, count(*) as lines from usage_staging group by code) c"
                        + "   left join device d on d.code = c.code");
                s.execute("analyze usage_device");
            }
            UsageChecks.devices(c, errors);
            UsageChecks.duplicates(c, errors);
            UsageChecks.days(c, today, errors);
            long devices = count(c, "select count(*) from usage_device where permitted");
            long checked = System.nanoTime();
            if (!errors.isEmpty()) {
                return report(
                        commit,
                        false,
                        "发现 " + errors.total + (errors.total > errors.listed().size() ? " 处以上" : " 处")
                                + "错误，未保存任何数据 (problems found; nothing was saved)",
                        reader,
                        devices,
                        0,
                        0,
                        errors);
            }
            long[] changes = commit ? UsageChecks.merge(c, tenant) : UsageChecks.changes(c);
            LOG.infof(
                    "usage %s of %d rows for %s: parse and copy %.1f s, checks %.1f s, %s %.1f s",
                    commit ? "import" : "preview",
                    reader.rows(),
                    tenant,
                    seconds(started, staged),
                    seconds(staged, checked),
                    commit ? "merge" : "count",
                    seconds(checked, System.nanoTime()));
            String message = commit
                    ? "导入成功：新增 " + changes[0] + " 条，更新 " + changes[1] + " 条每日办件量 (imported)"
                    : "检查通过：将新增 " + changes[0] + " 条，更新 " + changes[1] + " 条；预览不保存任何数据 (checked; nothing saved)";
            return report(commit, commit, message, reader, devices, changes[0], changes[1], errors);
        }
    }

    /** Parses the file straight into the staging table. */
    private static UsageFile stage(Connection c, Path file, Errors errors) throws IOException, SQLException {
        var copyApi = c.unwrap(PGConnection.class).getCopyAPI();
        try (var copy =
                new UsageCopy(copyApi.copyIn("copy usage_staging (line, code, day, transactions) from stdin"))) {
            var reader = new UsageFile(copy::row, errors::add);
            reader.read(file);
            copy.end();
            return reader;
        }
    }

    private static UsageReport report(
            boolean commit,
            boolean committed,
            String message,
            UsageFile reader,
            long devices,
            long inserted,
            long updated,
            Errors errors) {
        return new UsageReport(
                commit ? "commit" : "preview",
                committed,
                message,
                reader.rows(),
                devices,
                reader.firstDay(),
                reader.lastDay(),
                inserted,
                updated,
                errors.total,
                errors.listed());
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The errors of one import: all counted, the first by line kept. */
    static final class Errors {
        private final int limit;
        private final List<UsageError> kept = new ArrayList<>();
        long total;

        Errors(int limit) {
            this.limit = limit;
        }

        void add(long line, String column, String message) {
            total++;
            kept.add(new UsageError(line, column, message));
            if (kept.size() > limit * 2) {
                trim();
            }
        }

        /** Errors counted by a query beyond the ones it listed. */
        void more(long unlisted) {
            total += unlisted;
        }

        int limit() {
            return limit;
        }

        boolean isEmpty() {
            return total == 0;
        }

        List<UsageError> listed() {
            trim();
            return List.copyOf(kept);
        }

        private void trim() {
            kept.sort(Comparator.comparingLong(UsageError::line));
            if (kept.size() > limit) {
                kept.subList(limit, kept.size()).clear();
            }
        }
    }
}
