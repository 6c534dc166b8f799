package cn.jixiao.portal.project;

import java.math.BigDecimal;

/** Amounts in 万元 as stored (numeric(16,6)) and as shown: exact, without trailing zeros. */
public final class Money {
    public static final String UNIT = "万元";

    private Money() {}

    /** 358.392000 → 358.392, 100.000000 → 100 (never 1E+2). */
    public static BigDecimal plain(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
