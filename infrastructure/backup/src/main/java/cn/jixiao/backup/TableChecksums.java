package cn.jixiao.backup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A checksum of every table of every database of a PostgreSQL server, found at run time (tables added by
 * later migrations are covered without being named): per table its row count and the MD5 of its rows'
 * text in sorted order; per sequence its last value. Read as a superuser, so row-level security hides
 * nothing.
 */
public final class TableChecksums {
    private TableChecksums() {}

    /** "database/schema.table" → "rows:md5" and "database/schema.sequence" → "sequence:last value". */
    public static SortedMap<String, String> of(String jdbcBase, String user, String password, List<String> databases)
            throws SQLException {
        SortedMap<String, String> sums = new TreeMap<>();
        for (String database : databases) {
            try (Connection c = DriverManager.getConnection(jdbcBase + database, user, password)) {
                sums.putAll(of(c, database));
            }
        }
        return sums;
    }

    static SortedMap<String, String> of(Connection c, String database) throws SQLException {
        SortedMap<String, String> sums = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("""
                        select format('%I.%I', n.nspname, t.relname) from pg_class t
                        join pg_namespace n on n.oid = t.relnamespace
                        where t.relkind = 'r' and n.nspname <> 'information_schema'
                          and n.nspname not like 'pg\\_%'
                        order by 1""")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        for (String table : tables) {
            try (Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("select count(*), md5(coalesce(string_agg(t::text, E'\\n'"
                            + " order by t::text), '')) from " + table + " t")) {
                rows.next();
                sums.put(database + "/" + table, rows.getLong(1) + ":" + rows.getString(2));
            }
        }
        try (Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select format('%I.%I', schemaname, sequencename), last_value"
                        + " from pg_sequences where schemaname not like 'pg\\_%' order by 1")) {
            while (rows.next()) {
                sums.put(database + "/" + rows.getString(1), "sequence:" + rows.getString(2));
            }
        }
        return sums;
    }

    /** What differs between two sets of checksums (or objects), one line each; empty when they are equal. */
    public static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
        List<String> lines = new ArrayList<>();
        var names = new TreeSet<String>(expected.keySet());
        names.addAll(actual.keySet());
        for (String name : names) {
            String want = expected.get(name);
            String got = actual.get(name);
            if (want == null) {
                lines.add(name + ": only in the restore");
            } else if (got == null) {
                lines.add(name + ": missing from the restore");
            } else if (!want.equals(got)) {
                lines.add(name + ": " + want + " ≠ " + got);
            }
        }
        return lines;
    }
}
