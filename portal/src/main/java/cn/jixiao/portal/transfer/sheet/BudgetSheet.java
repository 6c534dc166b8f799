package cn.jixiao.portal.transfer.sheet;

import cn.jixiao.portal.tabular.Column;
import cn.jixiao.portal.tabular.ParsedRow;
import cn.jixiao.portal.tabular.ParsedTable;
import cn.jixiao.portal.tabular.TableSpec;
import cn.jixiao.portal.transfer.ImportPlan;
import cn.jixiao.portal.transfer.Jdbc;
import cn.jixiao.portal.transfer.TransferFilter;
import cn.jixiao.portal.transfer.TransferRights;
import cn.jixiao.portal.transfer.TransferSheet;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 部门预算: one row per department and year, the columns of department_budget in 万元. Matched on
 * (部门编码, 年度): a new pair creates the budget, a known one updates the money columns the file
 * has; columns the file lacks are left as they are, and an empty cell clears a value (the four
 * budget columns that cannot be empty become 0).
 */
@ApplicationScoped
public class BudgetSheet implements TransferSheet {
    /** money column → header; the column name is the key in snake_case. */
    private static final Map<String, String> MONEY = new LinkedHashMap<>();

    static {
        MONEY.put("current_year_income", "本年收入（万元）");
        MONEY.put("carry_over", "上年结转（万元）");
        MONEY.put("basic_expenditure", "基本支出（万元）");
        MONEY.put("project_expenditure", "项目支出（万元）");
        MONEY.put("final_accounts", "决算数（万元）");
        MONEY.put("actual_basic_expenditure", "基本支出决算（万元）");
        MONEY.put("actual_project_expenditure", "项目支出决算（万元）");
        MONEY.put("three_public_budget", "三公经费预算（万元）");
        MONEY.put("three_public_actual", "三公经费决算（万元）");
        MONEY.put("three_public_last_year_actual", "上年三公经费决算（万元）");
        MONEY.put("public_funds_budget", "公用经费预算（万元）");
        MONEY.put("public_funds_actual", "公用经费决算（万元）");
        MONEY.put("procurement_budget", "政府采购预算（万元）");
        MONEY.put("procurement_actual", "政府采购实际（万元）");
        MONEY.put("fixed_assets_book_value", "固定资产账面价值（万元）");
        MONEY.put("fixed_assets_in_use", "固定资产在用（万元）");
    }

    /** Not null in the table (default 0): an empty cell means 0. */
    private static final List<String> ZERO_WHEN_EMPTY =
            List.of("current_year_income", "carry_over", "basic_expenditure", "project_expenditure");

    private static final TableSpec SPEC = buildSpec();

    private static TableSpec buildSpec() {
        var columns = new ArrayList<Column>();
        columns.add(
                Column.text("department_code", "部门编码").required().maxLength(32).aliases("单位编码"));
        columns.add(Column.text("department_name", "部门名称").exportOnly());
        columns.add(Column.integer("year", "年度", 2000, 2100).required().aliases("预算年度", "年份"));
        MONEY.forEach(
                (column, header) -> columns.add(Column.money(column, header).aliases(header.replace("（万元）", ""))));
        return new TableSpec("部门预算", columns);
    }

    @Override
    public String slug() {
        return "budgets";
    }

    @Override
    public String table() {
        return "department_budget";
    }

    @Override
    public String entity() {
        return "DepartmentBudget";
    }

    @Override
    public TableSpec spec() {
        return SPEC;
    }

    @Override
    public String matchedBy() {
        return "部门编码 + 年度";
    }

    @Override
    public boolean mayImport(TransferRights rights) {
        return rights.mayImport(true);
    }

    @Override
    public void export(Connection c, TransferFilter filter, TransferRights rights, RowSink sink)
            throws SQLException, IOException {
        var scope = rights.scope().sql("b.department_id", null);
        String sql = "select d.code as department_code, d.name as department_name, b.year, b."
                + String.join(", b.", MONEY.keySet())
                + " from department_budget b join department d on d.id = b.department_id"
                + " where " + scope.sql() + " and (?::int is null or b.year = ?)"
                + " order by b.year, d.code";
        Jdbc.each(c, sql, row -> sink.row(Jdbc.values(SPEC, row)), scope.with(filter.year(), filter.year()));
    }

    @Override
    public ImportPlan plan(Connection c, ParsedTable table, TransferFilter filter, TransferRights rights)
            throws SQLException {
        var plan = new ImportPlan(table);
        var departments = DepartmentCodes.load(c);
        var existing = new HashMap<String, Map<String, Object>>();
        for (var row : Jdbc.query(c, "select * from department_budget")) {
            existing.put(row.get("department_id") + "/" + row.get("year"), row);
        }
        var seen = new HashMap<String, Integer>();
        for (ParsedRow row : table.rows()) {
            if (!row.valid()) {
                plan.skipInvalid(row);
                continue;
            }
            String code = row.text("department_code");
            var department = departments.byCode(code).orElse(null);
            if (department == null) {
                plan.reject(row, "部门编码", DepartmentCodes.unknown(code));
                continue;
            }
            if (!rights.mayWrite(department.id(), true)) {
                plan.reject(row, "部门编码", DepartmentCodes.FOREIGN);
                continue;
            }
            String key = department.id() + "/" + row.integer("year");
            Integer first = seen.putIfAbsent(key, row.number());
            if (first != null) {
                plan.reject(
                        row,
                        null,
                        "与第 " + first + " 行重复：同一部门同一年度只能有一行 (duplicate of row " + first
                                + ": one row per department and year)");
                continue;
            }
            plan.match(row, existing.get(key), write(table, row, department.id()), defaults());
        }
        return plan;
    }

    private static Map<String, Object> write(ParsedTable table, ParsedRow row, long departmentId) {
        var write = new LinkedHashMap<String, Object>();
        write.put("department_id", departmentId);
        write.put("year", row.integer("year"));
        for (String column : MONEY.keySet()) {
            if (table.has(column)) {
                BigDecimal value = row.decimal(column);
                write.put(column, value == null && ZERO_WHEN_EMPTY.contains(column) ? zero() : value);
            }
        }
        return write;
    }

    private static Map<String, Object> defaults() {
        var defaults = new LinkedHashMap<String, Object>();
        ZERO_WHEN_EMPTY.forEach(column -> defaults.put(column, zero()));
        return defaults;
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(Column.MONEY_SCALE);
    }
}
