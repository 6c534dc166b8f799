package cn.jixiao.portal.tabular;

/** What a column holds, and so how a cell is read and written. */
public enum ColumnType {
    /** Free text, trimmed. */
    TEXT,
    /** An exact decimal, e.g. money in 万元 with at most 6 decimals. */
    DECIMAL,
    /** A whole number, e.g. a year or a record id. */
    INTEGER,
    /** A calendar date: yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyy年M月d日, or an Excel date cell. */
    DATE,
    /** One of a fixed list, written and read by its Chinese label (e.g. 公开招标); stored as a code. */
    CHOICE
}
