package cn.jixiao.portal.transfer;

import cn.jixiao.portal.web.Refusals;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a valid plan into one table in JDBC batches, in the caller's transaction: inserts, then
 * updates guarded by the version read (so an edit made meanwhile is never overwritten: the whole
 * import fails with a conflict), then one audit row per changed record.
 */
final class RowWriter {
    private static final int BATCH = 500;
    private static final Set<String> NOT_AUDITED = Set.of("tenant_id", "version");

    private final Connection connection;
    private final String tenant;
    private final String actor;
    private final ObjectMapper json;

    RowWriter(Connection connection, String tenant, String actor, ObjectMapper json) {
        this.connection = connection;
        this.tenant = tenant;
        this.actor = actor;
        this.json = json;
    }

    /** Applies the plan; returns the ids of the records created and updated, by row number. */
    Map<Integer, Long> apply(String table, String entity, List<PlannedRow> rows) throws SQLException {
        var audit = new ArrayList<Object[]>();
        var ids = new LinkedHashMap<Integer, Long>();
        insert(
                table,
                entity,
                rows.stream().filter(r -> r.action() == Action.CREATE).toList(),
                audit,
                ids);
        update(
                table,
                entity,
                rows.stream().filter(r -> r.action() == Action.UPDATE).toList(),
                audit,
                ids);
        writeAudit(audit);
        return ids;
    }

    private void insert(
            String table, String entity, List<PlannedRow> rows, List<Object[]> audit, Map<Integer, Long> ids)
            throws SQLException {
        for (List<PlannedRow> group : bySignature(rows).values()) {
            List<String> columns = List.copyOf(group.get(0).write().keySet());
            String sql = "insert into " + table + " (tenant_id, " + String.join(", ", columns) + ") values (?"
                    + ", ?".repeat(columns.size()) + ")";
            try (PreparedStatement s = connection.prepareStatement(sql, new String[] {"id"})) {
                for (int from = 0; from < group.size(); from += BATCH) {
                    List<PlannedRow> chunk = group.subList(from, Math.min(group.size(), from + BATCH));
                    for (PlannedRow row : chunk) {
                        s.setString(1, tenant);
                        bindValues(s, 2, columns, row.write());
                        s.addBatch();
                    }
                    s.executeBatch();
                    try (ResultSet keys = s.getGeneratedKeys()) {
                        for (PlannedRow row : chunk) {
                            keys.next();
                            long id = keys.getLong(1);
                            ids.put(row.row(), id);
                            var after = new LinkedHashMap<String, Object>();
                            after.put("id", id);
                            after.putAll(row.after());
                            audit.add(auditRow("CREATE", entity, id, null, after));
                        }
                    }
                }
            }
        }
    }

    private void update(
            String table, String entity, List<PlannedRow> rows, List<Object[]> audit, Map<Integer, Long> ids)
            throws SQLException {
        for (List<PlannedRow> group : bySignature(rows).values()) {
            List<String> columns = List.copyOf(group.get(0).write().keySet());
            String sql = "update " + table + " set " + String.join(" = ?, ", columns)
                    + " = ?, version = version + 1 where id = ? and version = ?";
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                for (int from = 0; from < group.size(); from += BATCH) {
                    List<PlannedRow> chunk = group.subList(from, Math.min(group.size(), from + BATCH));
                    for (PlannedRow row : chunk) {
                        bindValues(s, 1, columns, row.write());
                        s.setLong(columns.size() + 1, row.id());
                        s.setInt(columns.size() + 2, row.version());
                        s.addBatch();
                    }
                    int[] counts = s.executeBatch();
                    for (int i = 0; i < counts.length; i++) {
                        if (counts[i] != 1 && counts[i] != PreparedStatement.SUCCESS_NO_INFO) {
                            // someone changed or deleted the record after we read it
                            throw Refusals.staleVersion();
                        }
                        PlannedRow row = chunk.get(i);
                        ids.put(row.row(), row.id());
                        audit.add(auditRow("UPDATE", entity, row.id(), row.before(), row.after()));
                    }
                }
            }
        }
    }

    /** Rows writing the same columns share one statement. */
    private static Map<List<String>, List<PlannedRow>> bySignature(List<PlannedRow> rows) {
        var groups = new LinkedHashMap<List<String>, List<PlannedRow>>();
        for (PlannedRow row : rows) {
            groups.computeIfAbsent(List.copyOf(row.write().keySet()), k -> new ArrayList<>())
                    .add(row);
        }
        return groups;
    }

    private static void bindValues(PreparedStatement s, int first, List<String> columns, Map<String, Object> values)
            throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            Object value = values.get(columns.get(i));
            if (value == null) {
                s.setNull(first + i, java.sql.Types.NULL);
            } else {
                s.setObject(first + i, value);
            }
        }
    }

    private Object[] auditRow(
            String action, String entity, long id, Map<String, Object> before, Map<String, Object> after) {
        return new Object[] {tenant, actor, action, entity, id, toJson(before), toJson(after)};
    }

    private void writeAudit(List<Object[]> rows) throws SQLException {
        String sql = "insert into audit_log (tenant_id, actor, action, entity, entity_id, before, after)"
                + " values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < rows.size(); i++) {
                Jdbc.bind(s, rows.get(i));
                s.addBatch();
                if ((i + 1) % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    /** The record as the audit log keeps it: camelCase keys as the entities name them, no tenant or version. */
    private String toJson(Map<String, Object> record) {
        if (record == null) {
            return null;
        }
        var view = new LinkedHashMap<String, Object>();
        record.forEach((column, value) -> {
            if (!NOT_AUDITED.contains(column)) {
                view.put(camel(column), value);
            }
        });
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write audit JSON", e);
        }
    }

    static String camel(String column) {
        var out = new StringBuilder(column.length());
        boolean upper = false;
        for (char ch : column.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }
}
