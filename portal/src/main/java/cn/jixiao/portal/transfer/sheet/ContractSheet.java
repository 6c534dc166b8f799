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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 合同: contracts with procurement method and acceptance. Matched on 记录ID when it exists, else on
 * 合同编号, else on (部门编码, 合同名称, 供应商); no match creates the contract. Optional columns the file lacks are left as they
 * are; an import never deletes. A contract's project must belong to the contract's department.
 */
@ApplicationScoped
public class ContractSheet implements TransferSheet {
    private static final List<String> OPTIONAL = List.of(
            "contract_no", "signed_on", "work_started_on", "acceptance_terms", "accepted_on", "acceptance_result");

    private static final TableSpec SPEC = new TableSpec(
            "合同",
            List.of(
                    Column.text("contract_no", "合同编号").maxLength(60).aliases("合同号"),
                    Column.text("department_code", "部门编码")
                            .required()
                            .maxLength(32)
                            .aliases("单位编码"),
                    Column.text("department_name", "部门名称").exportOnly(),
                    Column.text(ProjectIndex.BUDGET_CODE, ProjectIndex.CODE_HEADER)
                            .maxLength(40)
                            .aliases("预算编码"),
                    Column.integer(ProjectIndex.PROJECT_ID, ProjectIndex.ID_HEADER, 1, Long.MAX_VALUE)
                            .aliases("项目编号"),
                    Column.text("title", "合同名称").required().maxLength(300).aliases("名称", "采购项目名称"),
                    Column.text("vendor", "供应商").required().maxLength(200).aliases("供应商名称", "中标单位", "乙方"),
                    Column.money("amount", "金额（万元）").required().aliases("金额", "合同金额（万元）", "合同金额"),
                    Column.date("signed_on", "签订日期").aliases("合同签订日期"),
                    Column.choice("procurement_method", "采购方式", Labels.PROCUREMENT_METHODS)
                            .required(),
                    Column.date("work_started_on", "开工日期").aliases("开始实施日期"),
                    Column.text("acceptance_terms", "验收条款").maxLength(500).aliases("验收要求"),
                    Column.date("accepted_on", "验收日期"),
                    Column.choice("acceptance_result", "验收结果", Labels.ACCEPTANCE_RESULTS),
                    Column.choice("purchased_service", "政府购买服务", Labels.YES_NO).aliases("是否政府购买服务"),
                    Column.integer("id", "记录ID", 1, Long.MAX_VALUE)));

    @Override
    public String slug() {
        return "contracts";
    }

    @Override
    public String table() {
        return "contract";
    }

    @Override
    public String entity() {
        return "Contract";
    }

    @Override
    public TableSpec spec() {
        return SPEC;
    }

    @Override
    public String matchedBy() {
        return "记录ID，或 合同编号，或 部门编码 + 合同名称 + 供应商";
    }

    @Override
    public boolean mayImport(TransferRights rights) {
        return rights.mayImport(false);
    }

    @Override
    public void export(Connection c, TransferFilter filter, TransferRights rights, RowSink sink)
            throws SQLException, IOException {
        var scope = rights.scope().sql("k.department_id", "k.project_id");
        String sql = """
                select k.contract_no, d.code as department_code, d.name as department_name,
                       p.budget_code as project_budget_code, k.project_id, k.title, k.vendor, k.amount, k.signed_on,
                       k.procurement_method, k.work_started_on, k.acceptance_terms, k.accepted_on,
                       k.acceptance_result, k.purchased_service, k.id
                  from contract k join department d on d.id = k.department_id left join project p on p.id = k.project_id
                 where %s
                   and (?::bigint is null or k.project_id = ?)
                   and (?::int is null or coalesce(extract(year from k.signed_on)::int, p.year) = ?)
                 order by d.code, k.contract_no nulls last, k.id""".formatted(scope.sql());
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
        var departments = DepartmentCodes.load(c);
        var projects = ProjectIndex.load(c);
        var existing = new Existing(Jdbc.query(c, "select * from contract order by id"));
        var seen = new HashMap<String, Integer>();
        var claimed = new HashMap<Long, Integer>();
        for (ParsedRow row : table.rows()) {
            if (!row.valid()) {
                plan.skipInvalid(row);
                continue;
            }
            var department = departments.byCode(row.text("department_code")).orElse(null);
            if (department == null) {
                plan.reject(row, "部门编码", DepartmentCodes.unknown(row.text("department_code")));
                continue;
            }
            if (!rights.mayWrite(department.id(), false)) {
                plan.reject(row, "部门编码", DepartmentCodes.FOREIGN);
                continue;
            }
            var project = projects.resolve(table, row, plan, null, false);
            if (!project.ok()) {
                continue;
            }
            if (project.project() != null && project.project().departmentId() != department.id()) {
                plan.reject(
                        row,
                        ProjectIndex.CODE_HEADER,
                        "该项目属于其他部门，不能关联到本部门的合同 " + "(the project belongs to another department)");
                continue;
            }
            var write = write(table, row, department.id(), project.project());
            String key = key(table, row, department.id());
            Integer first = seen.putIfAbsent(key, row.number());
            if (first != null) {
                plan.reject(row, null, "与第 " + first + " 行是同一份合同 (the same contract as row " + first + ")");
                continue;
            }
            var match = existing.find(table, row, department.id());
            Integer claimedBy = match.record() == null
                    ? null
                    : claimed.putIfAbsent((Long) match.record().get("id"), row.number());
            if (match.error() != null) {
                plan.reject(row, match.header(), match.error());
            } else if (claimedBy != null) {
                plan.reject(row, null, "与第 " + claimedBy + " 行是同一份合同 (the same contract as row " + claimedBy + ")");
            } else if (match.record() != null
                    && !rights.mayWrite((Long) match.record().get("department_id"), false)) {
                plan.reject(row, "部门编码", "该合同属于其他部门，无权修改 (the contract belongs to another department)");
            } else {
                plan.match(row, match.record(), write, Map.of());
            }
        }
        return plan;
    }

    private static String key(ParsedTable table, ParsedRow row, long departmentId) {
        if (table.has("id") && row.integer("id") != null) {
            return "id:" + row.integer("id");
        }
        if (table.has("contract_no") && row.text("contract_no") != null) {
            return "no:" + row.text("contract_no");
        }
        return "triple:" + List.of(departmentId, row.text("title"), row.text("vendor"));
    }

    private static Map<String, Object> write(
            ParsedTable table, ParsedRow row, long departmentId, ProjectIndex.Ref project) {
        var write = new LinkedHashMap<String, Object>();
        write.put("department_id", departmentId);
        if (table.has(ProjectIndex.BUDGET_CODE) || table.has(ProjectIndex.PROJECT_ID)) {
            write.put("project_id", project == null ? null : project.id());
        }
        write.put("title", row.text("title"));
        write.put("vendor", row.text("vendor"));
        write.put("amount", row.decimal("amount"));
        write.put("procurement_method", row.value("procurement_method"));
        for (String column : OPTIONAL) {
            if (table.has(column)) {
                write.put(column, row.value(column));
            }
        }
        if (table.has("purchased_service")) {
            // a boolean column: 是 is true, 否 or an empty cell false
            write.put("purchased_service", "true".equals(row.value("purchased_service")));
        }
        return write;
    }

    /** The region's contracts by id, by number and by (department, title, vendor). */
    private static final class Existing {
        record Match(Map<String, Object> record, String header, String error) {}

        final Map<Long, Map<String, Object>> byId = new HashMap<>();
        final Map<String, List<Map<String, Object>>> byNo = new HashMap<>();
        final Map<List<Object>, List<Map<String, Object>>> byTriple = new HashMap<>();

        Existing(List<Map<String, Object>> rows) {
            for (var r : rows) {
                byId.put((Long) r.get("id"), r);
                if (r.get("contract_no") != null) {
                    byNo.computeIfAbsent((String) r.get("contract_no"), k -> new ArrayList<>())
                            .add(r);
                }
                byTriple.computeIfAbsent(
                                List.of(r.get("department_id"), r.get("title"), r.get("vendor")),
                                k -> new ArrayList<>())
                        .add(r);
            }
        }

        Match find(ParsedTable table, ParsedRow row, long departmentId) {
            Long id = table.has("id") ? row.integer("id") : null;
            if (id != null && byId.containsKey(id)) {
                return new Match(byId.get(id), null, null);
            }
            // no id, or the contract is gone (deleted, or from another system): match by number or content
            String no = table.has("contract_no") ? row.text("contract_no") : null;
            if (no != null) {
                return one(byNo.getOrDefault(no, List.of()), "合同编号", "合同编号「" + no + "」");
            }
            return one(
                    byTriple.getOrDefault(List.of(departmentId, row.text("title"), row.text("vendor")), List.of()),
                    "合同名称",
                    "该部门、合同名称和供应商");
        }

        private static Match one(List<Map<String, Object>> found, String header, String what) {
            if (found.size() > 1) {
                return new Match(
                        null,
                        header,
                        what + "对应多份已有合同，请填写记录ID以指明是哪一份 " + "(several contracts match; give the record id)");
            }
            return new Match(found.isEmpty() ? null : found.get(0), null, null);
        }
    }
}
