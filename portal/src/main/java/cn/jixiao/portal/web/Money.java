package cn.jixiao.portal.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts are exact {@link BigDecimal}s in 万元 (the schema keeps six decimals). For JSON they lose
 * the schema's padding zeros (983.160000 becomes 983.16, 28.000000 becomes 28); on screen they show
 * at least two decimals and the unit.
 */
public final class Money {
    public static final String UNIT = "万元";

    private Money() {}

    /** The value without padding zeros and never in exponent form; null stays null. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    /** Zero for an amount not recorded, where a sum needs a number. */
    public static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** "983.16", "28.00", "1.2345": at least two decimals, as finance forms print amounts. */
    public static String figure(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        BigDecimal plain = plain(value);
        return (plain.scale() < 2 ? plain.setScale(2, RoundingMode.UNNECESSARY) : plain).toPlainString();
    }

    /** "983.16 万元", or "未填" when the figure was not recorded. */
    public static String wan(BigDecimal value) {
        return value == null ? "未填" : figure(value) + " " + UNIT;
    }

    /** The text an edit form shows for a stored amount: no padding zeros, empty when not recorded. */
    public static String input(BigDecimal value) {
        return value == null ? "" : plain(value).toPlainString();
    }
}
