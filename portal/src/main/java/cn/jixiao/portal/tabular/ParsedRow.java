package cn.jixiao.portal.tabular;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One data row after its cells were checked: values by column position (null = blank), the row
 * number as Excel shows it, and for a row with bad cells the text as typed (to show it back).
 */
public final class ParsedRow {
    private final TableSpec spec;
    private final int number;
    private final Object[] values;
    private String[] typed;

    ParsedRow(TableSpec spec, int number) {
        this.spec = spec;
        this.number = number;
        this.values = new Object[spec.size()];
    }

    public int number() {
        return number;
    }

    public boolean valid() {
        return typed == null;
    }

    public Object value(String key) {
        return values[spec.indexOf(key)];
    }

    public Object value(int index) {
        return values[index];
    }

    public String text(String key) {
        return (String) value(key);
    }

    public BigDecimal decimal(String key) {
        return (BigDecimal) value(key);
    }

    public Long integer(String key) {
        return (Long) value(key);
    }

    public LocalDate date(String key) {
        return (LocalDate) value(key);
    }

    /** The text as typed in a cell that failed, else null. */
    public String typed(int index) {
        return typed == null ? null : typed[index];
    }

    void set(int index, Object value) {
        values[index] = value;
    }

    void fail(int index, String text) {
        if (typed == null) {
            typed = new String[values.length];
        }
        typed[index] = text;
    }
}
