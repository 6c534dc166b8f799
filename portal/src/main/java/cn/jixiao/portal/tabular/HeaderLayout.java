package cn.jixiao.portal.tabular;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which file column holds which sheet column, found from the header row. The header row is the
 * first row with at least one known header, so a title row above it ("2021年部门预算表") is fine.
 */
final class HeaderLayout {
    /** file column position → sheet column position */
    final Map<Integer, Integer> positions = new LinkedHashMap<>();

    final Set<String> presentKeys = new LinkedHashSet<>();
    final List<String> notes = new ArrayList<>();

    /** Null when the row names no column of the sheet (so it is not the header row). */
    static HeaderLayout match(TableSpec spec, RawRow row, ErrorList errors) {
        var layout = new HeaderLayout();
        var unknown = new ArrayList<String>();
        for (int i = 0; i < row.cells().size(); i++) {
            String typed = row.cell(i).text().strip();
            if (typed.isEmpty()) {
                continue;
            }
            int found = find(spec, typed);
            if (found < 0) {
                unknown.add(typed);
                continue;
            }
            Column column = spec.columns().get(found);
            if (!layout.presentKeys.add(column.key())) {
                errors.add(row.number(), column.header(), "表头重复出现 (the column appears twice)");
                continue;
            }
            if (!column.isExportOnly()) {
                layout.positions.put(i, found);
            }
        }
        if (layout.presentKeys.isEmpty()) {
            return null;
        }
        for (Column column : spec.columns()) {
            if (column.isRequired() && !layout.presentKeys.contains(column.key())) {
                errors.add(row.number(), column.header(), "缺少必填列 (required column is missing)");
            }
        }
        if (!unknown.isEmpty()) {
            layout.notes.add("已忽略无法识别的列：" + String.join("、", unknown) + " (unknown columns ignored)");
        }
        return layout;
    }

    private static int find(TableSpec spec, String typed) {
        for (int i = 0; i < spec.size(); i++) {
            if (spec.columns().get(i).matches(typed)) {
                return i;
            }
        }
        return -1;
    }
}
