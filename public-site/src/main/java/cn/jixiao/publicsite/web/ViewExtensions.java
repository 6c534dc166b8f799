package cn.jixiao.publicsite.web;

import cn.jixiao.publicsite.report.BodyBlock;
import cn.jixiao.publicsite.report.Report;
import cn.jixiao.publicsite.report.ReportBody;
import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** Values the templates compute from reports and hits. */
@TemplateExtension
public class ViewExtensions {

    /** 2022年7月12日 */
    static String chinese(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 85.27, or 95 for 95.00 */
    static String points(BigDecimal score) {
        return score == null ? "" : score.stripTrailingZeros().toPlainString();
    }

    /** The body as headings, paragraphs and lists. */
    static List<BodyBlock> blocks(Report report) {
        return ReportBody.parse(report.body());
    }

    /** For query strings in links. */
    static String urlEncode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
