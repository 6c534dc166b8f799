package cn.jixiao.portal.transfer.sheet;

import cn.jixiao.portal.tabular.ParsedRow;
import cn.jixiao.portal.transfer.ImportPlan;
import cn.jixiao.portal.transfer.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Sheets whose rows are matched on a code unique in the region (服务点编号, 设备编号): the records the
 * codes already name, and the rule that a file names each code once.
 */
public final class CodedRows {
    private final Map<String, Map<String, Object>> existing = new HashMap<>();
    private final Map<String, Integer> firstRowOfCode = new HashMap<>();
    private final String header;

    private CodedRows(String header) {
        this.header = header;
    }

    /** Loads the region's records of {@code table} by their {@code code} column. */
    public static CodedRows load(Connection c, String table, String header) throws SQLException {
        var rows = new CodedRows(header);
        for (var row : Jdbc.query(c, "select * from " + table)) {
            rows.existing.put((String) row.get("code"), row);
        }
        return rows;
    }

    /** The stored record the row's code names, or null for a new one. */
    public Map<String, Object> existing(ParsedRow row) {
        return existing.get(row.text("code"));
    }

    /** Rejects the row and answers false when an earlier row of the file has the same code. */
    public boolean firstInFile(ParsedRow row, ImportPlan plan) {
        Integer first = firstRowOfCode.putIfAbsent(row.text("code"), row.number());
        if (first != null) {
            plan.reject(row, header, "与第 " + first + " 行的" + header + "重复 (the same code as row " + first + ")");
            return false;
        }
        return true;
    }
}
