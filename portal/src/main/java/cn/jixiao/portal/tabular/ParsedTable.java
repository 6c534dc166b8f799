package cn.jixiao.portal.tabular;

import java.util.List;
import java.util.Set;

/**
 * A whole file after reading and checking each cell: the columns it has, its data rows, the errors
 * found so far (more may be added when rows are matched with the database), and notes such as
 * ignored columns.
 */
public record ParsedTable(
        TableSpec spec,
        TableFormat format,
        Set<String> presentKeys,
        List<ParsedRow> rows,
        ErrorList errors,
        List<String> notes) {

    public boolean has(String key) {
        return presentKeys.contains(key);
    }
}
