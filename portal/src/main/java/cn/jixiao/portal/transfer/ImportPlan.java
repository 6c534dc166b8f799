package cn.jixiao.portal.transfer;

import cn.jixiao.portal.tabular.ErrorList;
import cn.jixiao.portal.tabular.ParsedRow;
import cn.jixiao.portal.tabular.ParsedTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an import would do, row by row, and every problem found in the file or against the
 * database. It is applied only when it has no errors at all.
 */
public final class ImportPlan {
    private final ParsedTable table;
    private final Map<Integer, PlannedRow> rows = new LinkedHashMap<>();
    private final Map<Integer, Object> attached = new HashMap<>();

    public ImportPlan(ParsedTable table) {
        this.table = table;
    }

    public ParsedTable table() {
        return table;
    }

    public ErrorList errors() {
        return table.errors();
    }

    public boolean valid() {
        return table.errors().isEmpty();
    }

    public List<PlannedRow> rows() {
        return new ArrayList<>(rows.values());
    }

    public Action actionOf(int row) {
        PlannedRow planned = rows.get(row);
        return planned == null ? null : planned.action();
    }

    public long count(Action action) {
        return rows.values().stream().filter(r -> r.action() == action).count();
    }

    /** A problem with a row ({@code header} null for the whole row); the row will not be written. */
    public void reject(ParsedRow row, String header, String message) {
        table.errors().add(row.number(), header, message);
        add(PlannedRow.invalid(row.number()));
    }

    /** Rows whose cells failed are not matched with the database. */
    public void skipInvalid(ParsedRow row) {
        add(PlannedRow.invalid(row.number()));
    }

    /**
     * Creates the record when nothing matched, updates it when a written column differs, leaves it
     * alone otherwise. {@code write} holds only the columns the file has; {@code defaults} the
     * values a new record gets for columns the file lacks.
     */
    public void match(
            ParsedRow row, Map<String, Object> existing, Map<String, Object> write, Map<String, Object> defaults) {
        if (existing == null) {
            var all = new LinkedHashMap<>(defaults);
            all.putAll(write);
            add(new PlannedRow(row.number(), Action.CREATE, null, null, all, null, all));
            return;
        }
        boolean same = write.entrySet().stream().allMatch(e -> same(existing.get(e.getKey()), e.getValue()));
        var after = new LinkedHashMap<>(existing);
        after.putAll(write);
        Long id = ((Number) existing.get("id")).longValue();
        Integer version = ((Number) existing.get("version")).intValue();
        add(new PlannedRow(row.number(), same ? Action.UNCHANGED : Action.UPDATE, id, version, write, existing, after));
    }

    /** Keeps what a sheet needs after the row is written (e.g. a device's lifecycle events), by row number. */
    public void attach(int row, Object value) {
        attached.put(row, value);
    }

    public Object attached(int row) {
        return attached.get(row);
    }

    private void add(PlannedRow planned) {
        rows.put(planned.row(), planned);
    }

    static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof Number x
                && b instanceof Number y
                && !(a instanceof BigDecimal)
                && !(b instanceof BigDecimal)) {
            return x.longValue() == y.longValue();
        }
        return Objects.equals(a, b);
    }
}
