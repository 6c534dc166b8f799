package cn.jixiao.portal.finding;

import io.quarkus.qute.TemplateData;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A finding as the API and the page show it: what was found, about which evaluation, its state and its
 * latest change (the whole history: {@code GET /api/findings/{id}/history}).
 */
@TemplateData
public record FindingView(
        long id,
        Long evaluationId,
        String subjectName,
        Long departmentId,
        String departmentName,
        Integer year,
        String code,
        String checkLabel,
        String severity,
        String severityLabel,
        String subjectKey,
        String message,
        Map<String, Object> evidence,
        String state,
        String stateLabel,
        boolean explained,
        String explanation,
        String explainedBy,
        OffsetDateTime explainedAt,
        OffsetDateTime firstSeenAt,
        OffsetDateTime lastSeenAt,
        FindingChange lastChange,
        int version) {

    static FindingView of(Finding f, String subjectName, String departmentName, FindingEvent latest) {
        return new FindingView(
                f.id,
                f.evaluationId,
                subjectName,
                f.departmentId,
                departmentName,
                f.year,
                f.code,
                checkLabel(f.code),
                f.severity.name(),
                f.severity.label(),
                f.subjectKey,
                f.message,
                f.evidence,
                f.state.name(),
                f.state.label(),
                f.state == FindingState.EXPLAINED,
                f.explanation,
                f.explainedBy,
                f.explainedAt,
                f.firstSeenAt,
                f.lastSeenAt,
                lastChange(f, latest),
                f.version);
    }

    /** The latest recorded change, or what the finding's own columns say when none was recorded. */
    static FindingChange lastChange(Finding f, FindingEvent latest) {
        if (latest != null) {
            return FindingChange.of(latest);
        }
        return f.state == FindingState.EXPLAINED && f.explainedAt != null
                ? FindingChange.explained(f)
                : FindingChange.opened(f);
    }

    /** Labels of the rules on a report's text (package copies), which are not evaluation checks. */
    static final Map<String, String> REPORT_TEXT_LABELS = Map.of(
            "COPIED_PARAGRAPH", "段落与其他报告雷同", "FOREIGN_BODY_TEXT", "报告出现其他单位的名称或自称", "FOREIGN_THEME", "报告写到本单位没有的工作领域");

    /** The check's description up to its English part, e.g. "预算执行率低却评为优、良". */
    static String checkLabel(String code) {
        return Checks.ruleByCode(code)
                .map(c -> {
                    String d = c.description();
                    int english = d.lastIndexOf(" (");
                    String zh = english > 0 ? d.substring(0, english) : d;
                    int colon = zh.indexOf('：');
                    return colon > 0 ? zh.substring(0, colon) : zh;
                })
                .orElse(REPORT_TEXT_LABELS.getOrDefault(code, code));
    }
}
