package cn.jixiao.portal.tabular;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A sheet's layout: its name (the XLSX tab and the file name) and its columns in order. */
public final class TableSpec {
    private final String name;
    private final List<Column> columns;
    private final Map<String, Integer> index = new HashMap<>();

    public TableSpec(String name, List<Column> columns) {
        this.name = name;
        this.columns = List.copyOf(columns);
        for (int i = 0; i < this.columns.size(); i++) {
            if (index.put(this.columns.get(i).key(), i) != null) {
                throw new IllegalArgumentException(
                        "duplicate column key " + this.columns.get(i).key());
            }
        }
    }

    public String name() {
        return name;
    }

    public List<Column> columns() {
        return columns;
    }

    public int size() {
        return columns.size();
    }

    /** The column's position, or -1. */
    public int indexOf(String key) {
        return index.getOrDefault(key, -1);
    }

    public Column column(String key) {
        int i = indexOf(key);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + key + " in " + name);
        }
        return columns.get(i);
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }
}
