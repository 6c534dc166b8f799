package cn.jixiao.portal.report;

import cn.jixiao.platform.publication.EvaluationKind;
import java.util.Arrays;
import java.util.Optional;

/**
 * 公开目录 of a report and the category letter its 索引号 carries after the organisation code. The
 * seeds' 自评报告 and 评价报告 print no letter ({@code 57980172-X-/2022-0712008}); a rectification report
 * is told apart by Z.
 */
public enum ReportCatalog {
    SELF_REPORT("自评报告", ""),
    EVALUATION_REPORT("评价报告", ""),
    RECTIFICATION_REPORT("整改报告", "Z");

    public final String label;
    public final String letter;

    ReportCatalog(String label, String letter) {
        this.label = label;
        this.letter = letter;
    }

    public static Optional<ReportCatalog> byLabel(String label) {
        return Arrays.stream(values()).filter(c -> c.label.equals(label)).findFirst();
    }

    /** A self-evaluation publishes as 自评报告, a third-party or finance evaluation as 评价报告. */
    public static ReportCatalog forKind(EvaluationKind kind) {
        return kind == EvaluationKind.SELF ? SELF_REPORT : EVALUATION_REPORT;
    }
}
