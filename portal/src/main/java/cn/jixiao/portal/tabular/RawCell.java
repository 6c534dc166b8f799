package cn.jixiao.portal.tabular;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A cell as read, before its column's type is applied: the text a person sees, and for an Excel
 * number cell also the exact number and, when the number is a valid Excel date serial, that date.
 */
public record RawCell(String text, BigDecimal number, LocalDate serialDate) {
    public static final RawCell EMPTY = new RawCell("", null, null);

    public static RawCell text(String text) {
        return text == null || text.isEmpty() ? EMPTY : new RawCell(text, null, null);
    }

    public boolean isBlank() {
        return number == null && text.isBlank();
    }
}
