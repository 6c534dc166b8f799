package cn.jixiao.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A list's {@code sort} parameter, e.g. {@code name,-openedOn}: known keys only (so nothing typed
 * reaches the SQL), a leading '-' for descending, empty values last; always ends on the id so pages
 * do not overlap.
 */
public final class SortOrder {
    private SortOrder() {}

    /** The ORDER BY list for the given keys, mapped to column expressions. */
    public static String orderBy(String spec, Map<String, String> columns, String fallback, String id) {
        String text = spec == null || spec.isBlank() ? fallback : spec;
        List<String> terms = new ArrayList<>();
        for (String part : text.split(",")) {
            String key = part.strip();
            boolean descending = key.startsWith("-");
            key = descending || key.startsWith("+") ? key.substring(1) : key;
            String column = columns.get(key);
            if (column == null) {
                throw Refusals.invalid(
                        "sort",
                        "无法按“" + key + "”排序，可用：" + String.join(", ", columns.keySet()) + " (cannot sort by '" + key
                                + "'; use " + String.join(", ", columns.keySet()) + ")");
            }
            terms.add(column + (descending ? " desc" : " asc") + " nulls last");
        }
        terms.add(id);
        return String.join(", ", terms);
    }
}
