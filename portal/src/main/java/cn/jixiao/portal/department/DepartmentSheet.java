package cn.jixiao.portal.department;

import cn.jixiao.portal.tabular.Column;
import cn.jixiao.portal.tabular.ParsedRow;
import cn.jixiao.portal.tabular.ParsedTable;
import cn.jixiao.portal.tabular.TableSpec;
import cn.jixiao.portal.transfer.Action;
import cn.jixiao.portal.transfer.ImportPlan;
import cn.jixiao.portal.transfer.Jdbc;
import cn.jixiao.portal.transfer.PlannedRow;
import cn.jixiao.portal.transfer.TransferFilter;
import cn.jixiao.portal.transfer.TransferRights;
import cn.jixiao.portal.transfer.TransferSheet;
import cn.jixiao.portal.transfer.sheet.CodedRows;
import cn.jixiao.portal.transfer.sheet.DepartmentCodes;
import cn.jixiao.portal.transfer.sheet.Labels;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 部门: the region's departments and units, matched on 部门编码 (created when new, updated otherwise;
 * never deleted). 上级部门 names a department by code or name, already saved or further up or down the
 * same file; the parents are set after every row is written, so a file may list a unit before its
 * department. Everyone may export; the region's admin imports.
 */
@ApplicationScoped
public class DepartmentSheet implements TransferSheet {
    static final String PARENT = "上级部门";

    private static final TableSpec SPEC = new TableSpec(
            "部门",
            List.of(
                    Column.text("code", "部门编码").required().maxLength(32).aliases("编码", "单位编码", "部门代码"),
                    Column.text("name", "名称").required().maxLength(100).aliases("部门名称", "单位名称"),
                    Column.text("short_name", "简称").maxLength(40),
                    Column.choice("kind", "类型", Labels.DEPARTMENT_KINDS).aliases("部门类型", "单位类型"),
                    Column.text("parent", PARENT).maxLength(100).aliases("所属部门", "主管部门"),
                    Column.text("budget_code", "预算编码").maxLength(32).aliases("预算单位编码", "单位预算编码"),
                    Column.choice("active", "状态", Labels.ACTIVE).aliases("是否在用")));

    @Override
    public String slug() {
        return "departments";
    }

    @Override
    public String table() {
        return "department";
    }

    @Override
    public String entity() {
        return DepartmentKeeper.ENTITY;
    }

    @Override
    public TableSpec spec() {
        return SPEC;
    }

    @Override
    public String matchedBy() {
        return "部门编码";
    }

    @Override
    public boolean filtersByYear() {
        return false;
    }

    @Override
    public boolean mayImport(TransferRights rights) {
        return rights.mayKeepDepartments();
    }

    @Override
    public String whoMayImport() {
        return "只有地区管理员可以维护部门 (only the region's admin keeps departments)";
    }

    @Override
    public void export(Connection c, TransferFilter filter, TransferRights rights, RowSink sink)
            throws SQLException, IOException {
        String sql = """
                select d.code, d.name, d.short_name, d.kind, p.code as parent, d.budget_code, d.active
                  from department d left join department p on p.id = d.parent_id
                 order by d.code""";
        Jdbc.each(c, sql, row -> sink.row(Jdbc.values(SPEC, row)));
    }

    @Override
    public ImportPlan plan(Connection c, ParsedTable table, TransferFilter filter, TransferRights rights)
            throws SQLException {
        var plan = new ImportPlan(table);
        var coded = CodedRows.load(c, "department", "部门编码");
        var saved = DepartmentCodes.load(c);
        var kinds = new HashMap<String, DepartmentKind>();
        var parents = new HashMap<String, String>();
        for (var row : Jdbc.query(
                c,
                "select d.code, d.kind, p.code as parent from department d left join department p on p.id = d.parent_id")) {
            kinds.put((String) row.get("code"), DepartmentKind.valueOf((String) row.get("kind")));
            parents.put((String) row.get("code"), (String) row.get("parent"));
        }
        if (table.has("parent")) {
            for (ParsedRow row : table.rows()) {
                if (row.valid()) {
                    parents.put(row.text("code"), row.text("parent"));
                }
            }
        }
        var inFile = new HashMap<String, DepartmentKind>();
        for (ParsedRow row : table.rows()) {
            if (row.valid()) {
                inFile.put(row.text("code"), kindOf(row, coded.existing(row)));
            }
        }
        var budgetCodes = new HashMap<String, Integer>();
        for (ParsedRow row : table.rows()) {
            if (!row.valid()) {
                plan.skipInvalid(row);
                continue;
            }
            if (!coded.firstInFile(row, plan)) {
                continue;
            }
            DepartmentKind kind = kindOf(row, coded.existing(row));
            String parentCode = null;
            if (table.has("parent") && row.text("parent") != null) {
                String named = row.text("parent");
                var found = saved.byNameOrCode(named);
                parentCode = inFile.containsKey(named)
                        ? named
                        : found.ref() == null ? null : found.ref().code();
                if (parentCode == null) {
                    plan.reject(row, PARENT, found.error() != null ? found.error() : "上级部门不存在 (no such parent)");
                    continue;
                }
                DepartmentKind parentKind = inFile.getOrDefault(parentCode, kinds.get(parentCode));
                if (parentCode.equals(row.text("code"))) {
                    plan.reject(row, PARENT, "部门不能是自己的上级 (a department cannot be its own parent)");
                    continue;
                }
                if (leadsBackTo(row.text("code"), parentCode, parents)) {
                    plan.reject(row, PARENT, "上级部门形成循环 (the parents go round in a circle)");
                    continue;
                }
                if (!kind.parentKinds().contains(parentKind)) {
                    plan.reject(
                            row,
                            PARENT,
                            "「" + kind.label + "」不能设在「" + parentKind.label + "」之下 (this kind cannot sit there)");
                    continue;
                }
            } else if (kind.needsParent() && (table.has("parent") || coded.existing(row) == null)) {
                plan.reject(row, PARENT, "下属单位须填写所属部门 (a unit needs its department)");
                continue;
            }
            String budgetCode = row.text("budget_code");
            if (budgetCode != null) {
                Integer first = budgetCodes.putIfAbsent(budgetCode, row.number());
                if (first != null) {
                    plan.reject(row, "预算编码", "与第 " + first + " 行的预算编码重复 (the same budget code as row " + first + ")");
                    continue;
                }
            }
            plan.match(row, coded.existing(row), write(table, row), defaults());
            if (table.has("parent")) {
                plan.attach(row.number(), parentCode == null ? "" : parentCode);
            }
        }
        return plan;
    }

    /** Sets 上级部门 once every row of the file exists, so the order of the rows does not matter. */
    @Override
    public void afterWrite(Connection c, ImportPlan plan, Map<Integer, Long> ids, TransferRights rights)
            throws SQLException {
        String sql = "update department set parent_id = (select p.id from department p where p.code = ?), "
                + "version = version + 1 where id = ? and parent_id is distinct from "
                + "(select p.id from department p where p.code = ?)";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (PlannedRow row : plan.rows()) {
                Object parent = plan.attached(row.row());
                Long id = ids.getOrDefault(row.row(), row.id());
                if (parent == null || id == null || row.action() == Action.INVALID) {
                    continue;
                }
                String code = parent.toString().isEmpty() ? null : parent.toString();
                s.setString(1, code);
                s.setLong(2, id);
                s.setString(3, code);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Whether walking up from {@code parent} (the file's parents over the saved ones) reaches {@code code}. */
    private static boolean leadsBackTo(String code, String parent, Map<String, String> parents) {
        int steps = 0;
        for (String up = parent; up != null && steps <= parents.size(); up = parents.get(up), steps++) {
            if (up.equals(code)) {
                return true;
            }
        }
        return false;
    }

    private static DepartmentKind kindOf(ParsedRow row, Map<String, Object> existing) {
        Object kind = row.value("kind");
        if (kind != null) {
            return DepartmentKind.valueOf(kind.toString());
        }
        return existing == null ? DepartmentKind.OTHER : DepartmentKind.valueOf((String) existing.get("kind"));
    }

    private static Map<String, Object> write(ParsedTable table, ParsedRow row) {
        var write = new LinkedHashMap<String, Object>();
        write.put("code", row.text("code"));
        write.put("name", row.text("name"));
        for (String column : List.of("short_name", "kind", "budget_code")) {
            if (table.has(column)) {
                write.put(column, row.value(column));
            }
        }
        if (table.has("active")) {
            write.put("active", !"false".equals(row.value("active")));
        }
        return write;
    }

    private static Map<String, Object> defaults() {
        var defaults = new LinkedHashMap<String, Object>();
        defaults.put("kind", DepartmentKind.OTHER.name());
        defaults.put("active", true);
        return defaults;
    }
}
