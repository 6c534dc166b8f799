package cn.jixiao.tenantadmin.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Values the templates compute for display. Dates are shown in China's time zone. */
@TemplateExtension
public class ViewExtensions {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private ViewExtensions() {}

    /** {time.isoDate}: 2026-05-01. */
    static String isoDate(Instant time) {
        return time == null ? "" : LocalDate.ofInstant(time, CHINA).toString();
    }

    /** {time.chineseDate}: 2026年5月1日. */
    static String chineseDate(Instant time) {
        if (time == null) {
            return "";
        }
        var date = LocalDate.ofInstant(time, CHINA);
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
