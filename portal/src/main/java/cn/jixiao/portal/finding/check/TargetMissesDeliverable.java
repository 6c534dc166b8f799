package cn.jixiao.portal.finding.check;

import static cn.jixiao.portal.finding.FindingDraft.evidence;

import cn.jixiao.portal.evaluation.EvaluationIndicator;
import cn.jixiao.portal.finding.Check;
import cn.jixiao.portal.finding.EvaluationContext;
import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.Severity;
import cn.jixiao.portal.finding.SubjectRecords.PlanText;
import cn.jixiao.portal.finding.SubjectRecords.TargetLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Targets that leave out a deliverable the plan names: a count of things built or bought in a plan step's
 * deliverable or the project's goals ("6处政务自助便民服务点", "27台自助设备") that no target indicator
 * states, by the same count and measure word. The targets are the approved target table's indicators, or
 * the evaluation's own targets when it has no table.
 */
public class TargetMissesDeliverable implements Check {
    public static final String CODE = "TARGET_MISSES_DELIVERABLE";
    /** A count of physical things: 处 (sites), 台 (machines), 套, 座, 间, 所, 家, 批. */
    static final Pattern DELIVERABLE = Pattern.compile("(\\d+)\\s*(处|台|套|座|间|所|家|批)([\\u4e00-\\u9fa5A-Za-z]{0,14})");

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "绩效目标遗漏计划产出：实施计划或项目目标列出的建设内容（如 6处服务点），绩效目标中没有对应指标"
                + " (targets that leave out a deliverable the plan names)";
    }

    record Deliverable(String source, String text, BigDecimal count, String word) {}

    static List<Deliverable> deliverables(List<PlanText> plan) {
        var found = new ArrayList<Deliverable>();
        var seen = new LinkedHashSet<String>();
        for (PlanText p : plan) {
            if (p.text() == null) {
                continue;
            }
            Matcher m = DELIVERABLE.matcher(p.text());
            while (m.find()) {
                String key = m.group(1) + m.group(2);
                if (seen.add(key)) {
                    found.add(new Deliverable(p.source(), m.group(), new BigDecimal(m.group(1)), m.group(2)));
                }
            }
        }
        return found;
    }

    @Override
    public List<FindingDraft> run(EvaluationContext context) {
        var plan = deliverables(context.records().plan());
        if (plan.isEmpty()) {
            return List.of();
        }
        var targets = new ArrayList<Stated>();
        for (TargetLine t : context.records().targetLines()) {
            targets.add(new Stated(t.text(), t.targetValue(), t.unit()));
        }
        if (targets.isEmpty()) {
            for (EvaluationIndicator i : context.indicators()) {
                if (i.targetValue != null || !Fmt.blank(i.targetText)) {
                    targets.add(new Stated(
                            String.join(" ", nz(i.name), nz(i.description), nz(i.targetText)), i.targetValue, i.unit));
                }
            }
        }
        if (targets.isEmpty()) {
            return List.of();
        }
        var found = new ArrayList<FindingDraft>();
        for (Deliverable d : plan) {
            if (targets.stream().anyMatch(t -> t.covers(d))) {
                continue;
            }
            found.add(new FindingDraft(
                    "deliverable:" + d.count().toPlainString() + d.word(),
                    d.source() + "列出「" + d.text() + "」，绩效目标中没有 " + d.count().toPlainString() + d.word()
                            + " 的对应指标 (the plan names \"" + d.text() + "\" but no target states it)",
                    evidence(
                            "deliverable",
                            d.text(),
                            "count",
                            d.count(),
                            "unit",
                            d.word(),
                            "source",
                            d.source(),
                            "targets",
                            targets.size())));
        }
        return found;
    }

    private record Stated(String text, BigDecimal value, String unit) {
        boolean covers(Deliverable d) {
            String compact = text == null ? "" : text.replaceAll("\\s", "");
            if (compact.contains(d.count().toPlainString() + d.word())) {
                return true;
            }
            return value != null && value.compareTo(d.count()) == 0 && unit != null && unit.contains(d.word());
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
