package cn.jixiao.portal.transfer;

import cn.jixiao.portal.tabular.TableSpec;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain JDBC on the request's connection (row-level security keeps it inside the tenant). Rows
 * come back as maps keyed by column name, with values normalised for comparison with parsed
 * cells: money as BigDecimal with 6 decimals, whole numbers as Long, dates as LocalDate.
 */
public final class Jdbc {
    private static final int FETCH_SIZE = 1000;

    private Jdbc() {}

    public static List<Map<String, Object>> query(Connection c, String sql, Object... params) throws SQLException {
        var rows = new ArrayList<Map<String, Object>>();
        try {
            each(c, sql, rows::add, params);
        } catch (IOException e) {
            throw new IllegalStateException(e); // adding to a list does no I/O
        }
        return rows;
    }

    /** A row handler that may write (an export streams rows straight into the file). */
    @FunctionalInterface
    public interface RowHandler {
        void accept(Map<String, Object> row) throws IOException;
    }

    /** The row's values in the sheet's column order, by column key (the key is the SQL column label). */
    public static Object[] values(TableSpec spec, Map<String, Object> row) {
        Object[] values = new Object[spec.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(spec.columns().get(i).key());
        }
        return values;
    }

    /** Streams the rows (the driver fetches them in pages inside the transaction). */
    public static void each(Connection c, String sql, RowHandler consumer, Object... params)
            throws SQLException, IOException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setFetchSize(FETCH_SIZE);
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    var row = new LinkedHashMap<String, Object>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i), normalize(rs.getObject(i)));
                    }
                    consumer.accept(row);
                }
            }
        }
    }

    public static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            if (params[i] == null) {
                s.setNull(i + 1, Types.NULL);
            } else {
                s.setObject(i + 1, params[i]);
            }
        }
    }

    static Object normalize(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof BigDecimal d && d.scale() < 6) {
            return d.setScale(6);
        }
        return value;
    }
}
