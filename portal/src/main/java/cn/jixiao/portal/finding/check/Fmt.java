package cn.jixiao.portal.finding.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;

/** How figures read in finding messages: percentages with two decimals, amounts in 元 and 万元. */
final class Fmt {
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private Fmt() {}

    static String percent(BigDecimal value) {
        return value == null ? "（未填）" : value.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static String number(BigDecimal value) {
        return value == null ? "（未填）" : value.stripTrailingZeros().toPlainString();
    }

    static String score(BigDecimal value) {
        return value == null ? "（未评分）" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** 万元 as "1,860,480 元（186.048 万元）". */
    static String wanAsYuan(BigDecimal wan) {
        if (wan == null) {
            return "（未录入）";
        }
        BigDecimal yuan =
                wan.multiply(TEN_THOUSAND).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return new DecimalFormat("#,##0.##").format(yuan) + " 元（" + number(wan) + " 万元）";
    }

    static boolean differs(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
        return a.subtract(b).abs().compareTo(tolerance) > 0;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
