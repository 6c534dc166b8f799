package cn.jixiao.portal.transfer;

import cn.jixiao.portal.tabular.ParsedTable;
import cn.jixiao.portal.tabular.TableSpec;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * One kind of sheet finance staff keep in Excel (部门预算, 支出明细, 合同): its columns, how its rows
 * are read out of the tables, and how a file's rows are matched with the records they create or
 * update. Works on the tables with JDBC in the caller's transaction and tenant.
 */
public interface TransferSheet {

    /** The name in URLs: budgets, expenditures, contracts. */
    String slug();

    /** The name people see, also the XLSX tab and the file name: 部门预算. */
    default String title() {
        return spec().name();
    }

    /** The table written to. */
    String table();

    /** The entity name in the audit log, as the domain names it (DepartmentBudget). */
    String entity();

    TableSpec spec();

    /** What the sheet's rows are matched on, for people (shown on the page). */
    String matchedBy();

    /** Whether the user may import this sheet at all (rows are checked one by one as well). */
    boolean mayImport(TransferRights rights);

    void export(Connection connection, TransferFilter filter, TransferRights rights, RowSink sink)
            throws SQLException, IOException;

    ImportPlan plan(Connection connection, ParsedTable table, TransferFilter filter, TransferRights rights)
            throws SQLException;

    /** Who may import this sheet, said when someone else tries (after 无权导入「…」：). */
    default String whoMayImport() {
        return "只有部门填报人可以导入本部门的数据，财政审核人可以导入各部门的部门预算 (only department editors may import "
                + "their department's data; finance reviewers may import budgets)";
    }

    /** Whether an export can be narrowed to a year (the /transfer page offers the field only then). */
    default boolean filtersByYear() {
        return true;
    }

    /**
     * Writes what goes with the rows just saved (e.g. a device's lifecycle events), in the same
     * transaction; {@code ids} are the created and updated records by row number.
     */
    default void afterWrite(Connection connection, ImportPlan plan, Map<Integer, Long> ids, TransferRights rights)
            throws SQLException {}

    @FunctionalInterface
    interface RowSink {
        void row(Object[] values) throws IOException;
    }
}
