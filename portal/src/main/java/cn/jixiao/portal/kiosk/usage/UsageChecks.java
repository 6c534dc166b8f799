package cn.jixiao.portal.kiosk.usage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The set-based steps of a usage import on the staging tables (usage_staging: line, code, day,
 * transactions; usage_device: each code of the file with its device, delivery date and whether
 * the user may import for it): the checks, each one query listing its first errors by line, and
 * the merge into device_usage and device_usage_year.
 */
final class UsageChecks {
    private UsageChecks() {}

    /** Codes that name no device of the region, or one the user may not import for: one error per code. */
    static void devices(Connection c, UsageImport.Errors errors) throws SQLException {
        String sql = "select first_line, code, lines, device_id is null as unknown, count(*) over () as total"
                + " from usage_device where not permitted order by first_line limit ?";
        list(c, sql, errors, rs -> {
            String code = rs.getString("code");
            String message = rs.getBoolean("unknown")
                    ? "设备编号「" + code + "」在本地区不存在（文件中共 " + rs.getLong("lines") + " 行） (unknown device code)"
                    : "无权导入设备「" + code + "」的办件量：该设备不是本部门购置，也不在本部门负责的服务点（文件中共 "
                            + rs.getLong("lines")
                            + " 行） (you may import counts only for devices your department bought "
                            + "or keeps)";
            errors.add(rs.getLong("first_line"), UsageFile.CODE, message);
        });
    }

    /** A device and day twice in the file: each repeat is an error naming the first line. */
    static void duplicates(Connection c, UsageImport.Errors errors) throws SQLException {
        String sql = """
                with repeated as (
                    select code, day, min(line) as first_line from usage_staging group by code, day having count(*) > 1)
                select s.line, s.code, s.day, r.first_line, count(*) over () as total
                  from usage_staging s join repeated r on r.code = s.code and r.day = s.day
                 where s.line <> r.first_line
                 order by s.line limit ?""";
        list(
                c,
                sql,
                errors,
                rs -> errors.add(
                        rs.getLong("line"),
                        UsageFile.DAY,
                        "与第 " + rs.getLong("first_line")
                                + " 行重复：设备「" + rs.getString("code") + "」"
                                + rs.getDate("day").toLocalDate()
                                + " 只能有一行 (the same device and day as line " + rs.getLong("first_line") + ")"));
    }

    /** Days after today, or before the device arrived (a device not yet delivered has no use at all). */
    static void days(Connection c, LocalDate today, UsageImport.Errors errors) throws SQLException {
        String sql = """
                select s.line, s.day, u.delivered_on, count(*) over () as total
                  from usage_staging s join usage_device u on u.code = s.code
                 where u.permitted and (s.day > ? or u.delivered_on is null or s.day < u.delivered_on)
                 order by s.line limit ?""";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, today);
            s.setInt(2, errors.limit());
            read(s, errors, rs -> {
                LocalDate day = rs.getDate("day").toLocalDate();
                java.sql.Date delivered = rs.getDate("delivered_on");
                String message = day.isAfter(today)
                        ? "日期不能晚于今天 (the day is in the future)"
                        : delivered == null
                                ? "该设备尚未登记到货日期，不能有办件量 (the device has not been delivered)"
                                : "早于设备的到货日期（" + delivered.toLocalDate() + "） (before the device was delivered)";
                errors.add(rs.getLong("line"), UsageFile.DAY, message);
            });
        }
    }

    /** What a commit would do: {new daily rows, changed daily rows}. */
    static long[] changes(Connection c) throws SQLException {
        String sql = """
                select count(*) filter (where d.device_id is null),
                       count(*) filter (where d.transactions <> s.transactions)
                  from usage_staging s join usage_device u on u.code = s.code
                  left join device_usage d on d.device_id = u.device_id and d.day = s.day""";
        try (PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    /**
     * Moves the yearly totals by what the file changes (read before the daily rows are written:
     * the new count minus the old, and one day more for each day not there before), then upserts
     * the daily rows. Returns {inserted, updated}.
     */
    static long[] merge(Connection c, String tenant) throws SQLException {
        String deltas = """
                with staged as (
                    select u.device_id, s.day, s.transactions, d.transactions as old
                      from usage_staging s join usage_device u on u.code = s.code
                      left join device_usage d on d.device_id = u.device_id and d.day = s.day),
                delta as (
                    select device_id, extract(year from day)::int as year,
                           sum(transactions - coalesce(old, 0)) as transactions,
                           count(*) filter (where old is null) as new_days,
                           count(*) filter (where old <> transactions) as changed
                      from staged group by 1, 2),
                rolled as (
                    insert into device_usage_year (tenant_id, device_id, year, transactions, days)
                    select ?, device_id, year, transactions, new_days from delta where transactions <> 0 or new_days <> 0
                    on conflict (device_id, year) do update
                       set transactions = device_usage_year.transactions + excluded.transactions,
                           days = device_usage_year.days + excluded.days)
                select coalesce(sum(new_days), 0), coalesce(sum(changed), 0) from delta""";
        long[] changes;
        try (PreparedStatement s = c.prepareStatement(deltas)) {
            s.setString(1, tenant);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                changes = new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
        String upsert = """
                insert into device_usage (tenant_id, device_id, day, transactions)
                select ?, u.device_id, s.day, s.transactions
                  from usage_staging s join usage_device u on u.code = s.code
                on conflict (device_id, day) do update set transactions = excluded.transactions
                 where device_usage.transactions <> excluded.transactions""";
        try (PreparedStatement s = c.prepareStatement(upsert)) {
            s.setString(1, tenant);
            s.executeUpdate();
        }
        return changes;
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static void list(Connection c, String sql, UsageImport.Errors errors, RowReader reader)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, errors.limit());
            read(s, errors, reader);
        }
    }

    /** Lists the rows; the window count says how many more there are than listed. */
    private static void read(PreparedStatement s, UsageImport.Errors errors, RowReader reader) throws SQLException {
        long total = 0;
        long listed = 0;
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                total = rs.getLong("total");
                listed++;
                reader.read(rs);
            }
        }
        errors.more(total - listed);
    }
}
