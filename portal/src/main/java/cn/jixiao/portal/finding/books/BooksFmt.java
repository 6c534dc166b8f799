package cn.jixiao.portal.finding.books;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.time.LocalDate;

/** How the books findings write figures: amounts in 元 with 万元 beside, dates in Chinese and ISO. */
final class BooksFmt {
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private BooksFmt() {}

    /** 万元 as "1,860,480 元（186.048 万元）". */
    static String money(BigDecimal wan) {
        if (wan == null) {
            return "（未录入）";
        }
        BigDecimal yuan =
                wan.multiply(TEN_THOUSAND).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return new DecimalFormat("#,##0.##").format(yuan) + " 元（" + wan(wan) + " 万元）";
    }

    static String wan(BigDecimal wan) {
        return wan.stripTrailingZeros().toPlainString();
    }

    /** 2022年3月1日 */
    static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
