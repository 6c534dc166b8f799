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
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 支出明细: the expenditure entries of projects. A row names its project by 项目预算编码 or 项目ID
 * (or the import is for one chosen project). Matched on 记录ID when the row has one that exists
 * (an exported file has), else on (project, 会计凭证号, 支出日期, 金额): a match updates 支出内容 and
 * 资金级次 (and 经济分类, when the file has the column), no match creates an entry (so an export restores deleted entries). Entries missing from
 * the file are kept: an import never deletes.
 */
@ApplicationScoped
public class ExpenditureSheet implements TransferSheet {
    private static final TableSpec SPEC = new TableSpec(
            "支出明细",
            List.of(
                    Column.text(ProjectIndex.BUDGET_CODE, ProjectIndex.CODE_HEADER)
                            .maxLength(40)
                            .aliases("预算编码"),
                    Column.integer(ProjectIndex.PROJECT_ID, ProjectIndex.ID_HEADER, 1, Long.MAX_VALUE)
                            .aliases("项目编号"),
                    Column.text("project_name", "项目名称").exportOnly(),
                    Column.date("spent_on", "支出日期").required().aliases("日期"),
                    Column.text("voucher_no", "会计凭证号").maxLength(60).aliases("凭证号", "凭证编号"),
                    Column.text("content", "支出内容").required().maxLength(500).aliases("内容", "摘要"),
                    Column.money("amount", "金额（万元）").required().positive().aliases("金额", "支出金额（万元）", "支出金额"),
                    Column.choice("level", "资金级次", Labels.FUNDING_LEVELS).aliases("资金来源", "资金来源级次"),
                    Column.choice("economic_class", "经济分类", Labels.ECONOMIC_CLASSES)
                            .aliases("支出经济分类", "政府支出经济分类", "经济分类科目"),
                    Column.integer("id", "记录ID", 1, Long.MAX_VALUE)));

    @Override
    public String slug() {
        return "expenditures";
    }

    @Override
    public String table() {
        return "expenditure";
    }

    @Override
    public String entity() {
        return "Expenditure";
    }

    @Override
    public TableSpec spec() {
        return SPEC;
    }

    @Override
    public String matchedBy() {
        return "记录ID，或 项目 + 会计凭证号 + 支出日期 + 金额";
    }

    @Override
    public boolean mayImport(TransferRights rights) {
        return rights.mayImport(false);
    }

    @Override
    public void export(Connection c, TransferFilter filter, TransferRights rights, RowSink sink)
            throws SQLException, IOException {
        var scope = rights.scope().sql("p.department_id", "p.id");
        String sql = """
                select p.budget_code as project_budget_code, p.id as project_id, p.name as project_name,
                       e.spent_on, e.voucher_no, e.content, e.amount, e.level, e.economic_class, e.id
                  from expenditure e join project p on p.id = e.project_id
                 where %s
                   and (?::bigint is null or e.project_id = ?)
                   and (?::int is null or extract(year from e.spent_on) = ?)
                 order by p.id, e.spent_on, e.id""".formatted(scope.sql());
        Jdbc.each(
                c,
                sql,
                row -> sink.row(Jdbc.values(SPEC, row)),
                scope.with(filter.projectId(), filter.projectId(), filter.year(), filter.year()));
    }

    @Override
    public ImportPlan plan(Connection c, ParsedTable table, TransferFilter filter, TransferRights rights)
            throws SQLException {
        var plan = new ImportPlan(table);
        var projects = ProjectIndex.load(c);
        var resolved = new LinkedHashMap<ParsedRow, ProjectIndex.Ref>();
        for (ParsedRow row : table.rows()) {
            if (!row.valid()) {
                plan.skipInvalid(row);
                continue;
            }
            var lookup = projects.resolve(table, row, plan, filter.projectId(), true);
            if (!lookup.ok()) {
                continue;
            }
            if (!rights.mayWrite(lookup.project().departmentId(), false)) {
                plan.reject(row, ProjectIndex.CODE_HEADER, DepartmentCodes.FOREIGN);
                continue;
            }
            resolved.put(row, lookup.project());
        }
        var existing = Existing.load(
                c,
                table,
                resolved.values().stream().map(ProjectIndex.Ref::id).distinct().toList());
        // rows naming a known record id first, so matching by content never takes a record another row names
        var byContent = new ArrayList<Map.Entry<ParsedRow, ProjectIndex.Ref>>();
        for (var e : resolved.entrySet()) {
            ParsedRow row = e.getKey();
            Long id = table.has("id") ? row.integer("id") : null;
            var record = id == null ? null : existing.byId.get(id);
            if (record == null) {
                byContent.add(e); // no id, or the record is gone (deleted, or from another system): match by content
            } else if ((Long) record.get("project_id") != e.getValue().id()) {
                plan.reject(row, "记录ID", "记录ID " + id + " 属于其他项目 (the entry belongs to another project)");
            } else if (!existing.claimed.add(id)) {
                plan.reject(row, "记录ID", "记录ID " + id + " 在文件中出现了不止一次 (the same entry appears twice)");
            } else {
                plan.match(row, record, write(table, row, e.getValue()), Map.of());
            }
        }
        for (var e : byContent) {
            var write = write(table, e.getKey(), e.getValue());
            var candidates = existing.byKey.getOrDefault(existing.key(write), new ArrayDeque<>());
            Map<String, Object> record = null;
            while (record == null && !candidates.isEmpty()) {
                var next = candidates.poll();
                if (existing.claimed.add((Long) next.get("id"))) {
                    record = next;
                }
            }
            plan.match(e.getKey(), record, write, Map.of());
        }
        return plan;
    }

    private static Map<String, Object> write(ParsedTable table, ParsedRow row, ProjectIndex.Ref project) {
        var write = new LinkedHashMap<String, Object>();
        write.put("project_id", project.id());
        write.put("content", row.text("content"));
        write.put("amount", row.decimal("amount"));
        write.put("spent_on", row.date("spent_on"));
        if (table.has("voucher_no")) {
            write.put("voucher_no", row.text("voucher_no"));
        }
        if (table.has("level")) {
            write.put("level", row.value("level"));
        }
        if (table.has("economic_class")) {
            write.put("economic_class", row.value("economic_class"));
        }
        return write;
    }

    /** The entries of the projects the file names, by id and by natural key. */
    private static final class Existing {
        final Map<Long, Map<String, Object>> byId = new HashMap<>();
        final Map<String, ArrayDeque<Map<String, Object>>> byKey = new HashMap<>();
        final HashSet<Long> claimed = new HashSet<>();
        final boolean withVoucher;

        Existing(boolean withVoucher) {
            this.withVoucher = withVoucher;
        }

        static Existing load(Connection c, ParsedTable table, List<Long> projectIds) throws SQLException {
            var existing = new Existing(table.has("voucher_no"));
            if (projectIds.isEmpty()) {
                return existing;
            }
            var ids = c.createArrayOf("bigint", projectIds.toArray());
            for (var row : Jdbc.query(c, "select * from expenditure where project_id = any(?) order by id", ids)) {
                existing.byId.put((Long) row.get("id"), row);
                existing.byKey
                        .computeIfAbsent(existing.key(row), k -> new ArrayDeque<>())
                        .add(row);
            }
            return existing;
        }

        /** (project, voucher, date, amount); without a voucher column, (project, date, amount, content). */
        String key(Map<String, Object> r) {
            var parts = new ArrayList<Object>(List.of(
                    r.get("project_id"),
                    r.get("spent_on"),
                    ((java.math.BigDecimal) r.get("amount"))
                            .stripTrailingZeros()
                            .toPlainString()));
            parts.add(withVoucher ? String.valueOf(r.get("voucher_no")) : r.get("content"));
            return parts.toString();
        }
    }
}
