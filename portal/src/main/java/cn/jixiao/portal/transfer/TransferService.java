package cn.jixiao.portal.transfer;

import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.tabular.ParsedTable;
import cn.jixiao.portal.tabular.TableFormat;
import cn.jixiao.portal.tabular.TableParser;
import cn.jixiao.portal.tabular.TableWriter;
import cn.jixiao.portal.tabular.TabularConfig;
import cn.jixiao.portal.tabular.UnreadableFileException;
import cn.jixiao.portal.web.Refusals;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;

/**
 * Export and import of the sheets. Each call is one transaction on the request's tenant: an
 * import reads the file, matches every row with the database, and writes only when the whole
 * file is free of errors — all rows or none, plus the audit log in the same transaction.
 */
@ApplicationScoped
public class TransferService {
    private static final String UNIQUE_VIOLATION = "23505";
    /** 50,000 rows take about 15 s on two cores; the default 60 s leaves too little room on a slow machine. */
    static final int IMPORT_TIMEOUT_SECONDS = 300;

    private static final List<String> ORDER =
            List.of("departments", "budgets", "expenditures", "contracts", "service-points", "devices");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TabularConfig config;

    @Inject
    TransferRights rights;

    @Inject
    AuditTrail audit;

    @Inject
    ObjectMapper json;

    @Inject
    Instance<TransferSheet> sheets;

    /** What an import writes to the audit log as a whole. */
    public record ImportSummary(
            String sheet,
            String entity,
            String fileName,
            String format,
            int rows,
            long created,
            long updated,
            long unchanged) {}

    public List<TransferSheet> sheets() {
        return sheets.stream()
                .sorted(Comparator.comparingInt(s -> ORDER.indexOf(s.slug())))
                .toList();
    }

    public TransferSheet sheet(String slug) {
        return sheets.stream()
                .filter(s -> s.slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(
                        "没有名为「" + slug + "」的表格，可选：" + String.join("、", ORDER) + " (no such sheet)"));
    }

    @Transactional(rollbackOn = Exception.class)
    public void export(TransferSheet sheet, TableFormat format, TransferFilter filter, OutputStream out)
            throws IOException, SQLException {
        try (Connection c = dataSource.getConnection()) {
            requireVisibleProject(c, filter);
            try (TableWriter writer = TableWriter.open(format, sheet.spec(), out)) {
                sheet.export(c, filter, rights, writer::row);
            }
        }
    }

    /** Refuses, before reading the file, a user who may not import this sheet at all. */
    public void requireImport(TransferSheet sheet) {
        if (!sheet.mayImport(rights)) {
            throw new ForbiddenException("无权导入「" + sheet.title() + "」：" + sheet.whoMayImport());
        }
    }

    /**
     * Reads and checks the file and matches its rows; with {@code commit} and no error anywhere,
     * writes them all. Returns what was (or would be) done and every problem found.
     */
    @Transactional(rollbackOn = Exception.class)
    @TransactionConfiguration(timeout = IMPORT_TIMEOUT_SECONDS)
    public ImportReport importFile(TransferSheet sheet, Upload upload, boolean commit, String token)
            throws IOException, SQLException {
        requireImport(sheet);
        long size = Files.size(upload.file());
        if (size > config.maxUploadSize().asLongValue()) {
            throw new UnreadableFileException(
                    413,
                    "文件太大（" + megabytes(size) + "），上限为 "
                            + megabytes(config.maxUploadSize().asLongValue()) + " (the file is too large)");
        }
        TableFormat format = TableFormat.sniff(upload.file());
        upload.declared().filter(declared -> declared != format).ifPresent(declared -> {
            throw new UnreadableFileException(
                    415,
                    "文件内容是 " + format.extension.toUpperCase() + "，与指定的格式 " + declared.extension + " 不符 (the content is "
                            + format.extension + ", not " + declared.extension + ")");
        });
        ParsedTable table =
                new TableParser(config.maxRows(), config.maxListedErrors()).parse(sheet.spec(), format, upload.file());
        try (Connection c = dataSource.getConnection()) {
            requireVisibleProject(c, upload.filter());
            ImportPlan plan = sheet.plan(c, table, upload.filter(), rights);
            boolean write = commit && plan.valid();
            if (write) {
                apply(c, sheet, plan);
                audit.record(
                        "IMPORT",
                        sheet.title(),
                        null,
                        null,
                        new ImportSummary(
                                sheet.title(),
                                sheet.entity(),
                                upload.fileName(),
                                format.extension,
                                table.rows().size(),
                                plan.count(Action.CREATE),
                                plan.count(Action.UPDATE),
                                plan.count(Action.UNCHANGED)));
            }
            return ImportReport.of(sheet, plan, commit, write, upload.fileName(), config.previewRows(), token);
        }
    }

    private void apply(Connection c, TransferSheet sheet, ImportPlan plan) throws SQLException {
        try {
            var ids = new RowWriter(c, Tenancy.current().orElseThrow(), rights.username(), json)
                    .apply(sheet.table(), sheet.entity(), plan.rows());
            sheet.afterWrite(c, plan, ids, rights);
        } catch (SQLException e) {
            if (isUniqueViolation(e)) {
                // someone created the same record while this import ran: nothing is saved, try again
                throw Refusals.staleVersion();
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void requireVisibleProject(Connection c, TransferFilter filter) throws SQLException {
        if (filter.projectId() != null
                && Jdbc.query(c, "select id from project where id = ?", filter.projectId())
                        .isEmpty()) {
            throw new NotFoundException("项目不存在 (project not found)");
        }
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
