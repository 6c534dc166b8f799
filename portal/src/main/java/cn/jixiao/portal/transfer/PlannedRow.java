package cn.jixiao.portal.transfer;

import java.util.Map;

/**
 * One row of the file matched against the database: what to do, the record it changes (id and
 * the version read, for optimistic locking), the columns to write, and the record before and
 * after (for the audit log; keyed by column).
 */
public record PlannedRow(
        int row,
        Action action,
        Long id,
        Integer version,
        Map<String, Object> write,
        Map<String, Object> before,
        Map<String, Object> after) {

    static PlannedRow invalid(int row) {
        return new PlannedRow(row, Action.INVALID, null, null, Map.of(), null, null);
    }
}
