package cn.jixiao.portal.transfer.sheet;

import cn.jixiao.portal.tabular.ParsedRow;
import cn.jixiao.portal.tabular.ParsedTable;
import cn.jixiao.portal.transfer.ImportPlan;
import cn.jixiao.portal.transfer.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The region's projects by id and by budget code (a code is unique per year, so it can name
 * projects of several years), and how a row names its project: 项目ID, 项目预算编码, or both.
 */
final class ProjectIndex {
    static final String BUDGET_CODE = "project_budget_code";
    static final String PROJECT_ID = "project_id";
    static final String CODE_HEADER = "项目预算编码";
    static final String ID_HEADER = "项目ID";

    record Ref(long id, long departmentId, String budgetCode, long year, String name) {}

    /** A row's project: {@code ok} false when the row was rejected; {@code project} null when it names none. */
    record Lookup(Ref project, boolean ok) {}

    private final Map<Long, Ref> byId = new HashMap<>();
    private final Map<String, List<Ref>> byCode = new HashMap<>();

    static ProjectIndex load(Connection c) throws SQLException {
        var index = new ProjectIndex();
        for (var row : Jdbc.query(c, "select id, department_id, budget_code, year, name from project")) {
            var ref = new Ref(
                    (Long) row.get("id"),
                    (Long) row.get("department_id"),
                    (String) row.get("budget_code"),
                    (Long) row.get("year"),
                    (String) row.get("name"));
            index.byId.put(ref.id(), ref);
            if (ref.budgetCode() != null) {
                index.byCode
                        .computeIfAbsent(ref.budgetCode(), k -> new ArrayList<>())
                        .add(ref);
            }
        }
        return index;
    }

    Ref byId(long id) {
        return byId.get(id);
    }

    /**
     * The project a row names, else the project chosen for the whole import, else none (or a
     * rejection when one is required). A row naming a project other than the chosen one is rejected.
     */
    Lookup resolve(ParsedTable table, ParsedRow row, ImportPlan plan, Long chosen, boolean required) {
        Long id = table.has(PROJECT_ID) ? row.integer(PROJECT_ID) : null;
        String code = table.has(BUDGET_CODE) ? row.text(BUDGET_CODE) : null;
        Ref found;
        if (id != null) {
            found = byId.get(id);
            if (found == null) {
                return reject(plan, row, ID_HEADER, "项目ID " + id + " 不存在 (no such project)");
            }
            if (code != null && !code.equals(found.budgetCode())) {
                return reject(
                        plan,
                        row,
                        CODE_HEADER,
                        "与项目ID " + id + " 的预算编码「" + found.budgetCode() + "」不一致 (does not match the project id)");
            }
        } else if (code != null) {
            List<Ref> candidates = byCode.getOrDefault(code, List.of());
            if (candidates.isEmpty()) {
                return reject(plan, row, CODE_HEADER, "找不到预算编码为「" + code + "」的项目 (no project with this budget code)");
            }
            found = candidates.size() == 1
                    ? candidates.get(0)
                    : candidates.stream()
                            .filter(p -> chosen != null && p.id() == chosen)
                            .findFirst()
                            .orElse(null);
            if (found == null) {
                return reject(
                        plan,
                        row,
                        CODE_HEADER,
                        "预算编码「" + code + "」对应多个年度的项目，请填写项目ID (several projects have this code; give the project id)");
            }
        } else if (chosen != null) {
            found = byId.get(chosen);
        } else if (required) {
            return reject(plan, row, CODE_HEADER, "请填写项目预算编码或项目ID (give the project's budget code or id)");
        } else {
            return new Lookup(null, true);
        }
        if (chosen != null && found.id() != chosen) {
            return reject(
                    plan,
                    row,
                    CODE_HEADER,
                    "该行属于其他项目（" + found.name() + "），与所选项目不符 " + "(the row names another project than the one chosen)");
        }
        return new Lookup(found, true);
    }

    private static Lookup reject(ImportPlan plan, ParsedRow row, String header, String message) {
        plan.reject(row, header, message);
        return new Lookup(null, false);
    }
}
