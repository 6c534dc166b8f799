package cn.jixiao.tenantadmin.tenant;

import java.util.Arrays;
import java.util.Locale;

/**
 * How the tenant list is ordered: a column key, optionally prefixed with "-" for descending
 * ({@code ?sort=-departments}). Unknown keys fall back to the division code.
 */
public record TenantSort(Column column, boolean descending) {

    /** The sortable columns and the SQL expression each one orders by (never user text). */
    public enum Column {
        CODE("code", "t.code"),
        NAME("name", "r.name"),
        LEVEL("level", "case r.level when 'PROVINCE' then 1 when 'CITY' then 2 else 3 end"),
        PARENT("parent", "p.name"),
        SLUG("slug", "t.slug"),
        STATUS("status", "t.status"),
        ONBOARDED("onboarded", "t.onboarded_at"),
        DEPARTMENTS("departments", "department_count");

        private final String key;
        private final String expression;

        Column(String key, String expression) {
            this.key = key;
            this.expression = expression;
        }

        public String key() {
            return key;
        }
    }

    public static final TenantSort DEFAULT = new TenantSort(Column.CODE, false);

    public static TenantSort parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        String text = value.strip().toLowerCase(Locale.ROOT);
        boolean descending = text.startsWith("-");
        String key = descending ? text.substring(1) : text;
        return Arrays.stream(Column.values())
                .filter(c -> c.key.equals(key))
                .findFirst()
                .map(c -> new TenantSort(c, descending))
                .orElse(DEFAULT);
    }

    /** The ORDER BY clause, always ending with the code so equal values keep a stable order. */
    String orderBy() {
        String direction = descending ? " desc nulls last" : " asc nulls last";
        return column.expression + direction + (column == Column.CODE ? "" : ", t.code asc");
    }

    /** The value for this sort's query parameter, as links carry it. */
    public String value() {
        return (descending ? "-" : "") + column.key;
    }

    /** The link target of a column header: ascending first, a second click reverses. */
    public String toggle(String key) {
        return column.key.equals(key) && !descending ? "-" + key : key;
    }

    /** An arrow beside the header of the sorted column, nothing beside the others. */
    public String arrow(String key) {
        if (!column.key.equals(key)) {
            return "";
        }
        return descending ? "▼" : "▲";
    }
}
