package cn.jixiao.portal.project.web;

import cn.jixiao.portal.ratio.Ratio;
import cn.jixiao.portal.web.Money;
import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the project and contract pages print figures: {proj:wan(x)}, {proj:percent(r)}, {proj:date(d)}. */
@TemplateExtension(namespace = "proj")
public class ProjectFormat {
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter CHINESE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private ProjectFormat() {}

    /** An amount in 万元 without trailing zeros, or — when there is none. */
    static String wan(BigDecimal amount) {
        return amount == null ? "—" : Money.plain(amount).toPlainString();
    }

    /** A ratio's percentage ("30.00%"), or 不适用 (null = a zero base). */
    static String percent(BigDecimal percent) {
        return percent == null ? Ratio.NOT_APPLICABLE : percent.toPlainString() + "%";
    }

    static String date(LocalDate date) {
        return date == null ? "—" : date.format(CHINESE_DATE);
    }

    static String time(OffsetDateTime at) {
        return at == null ? "—" : at.atZoneSameInstant(CHINA).format(CHINESE_TIME);
    }
}
