package cn.jixiao.portal.finding.years;

import static cn.jixiao.portal.finding.FindingDraft.evidence;

import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.Severity;
import cn.jixiao.portal.finding.narrative.FigureKind;
import cn.jixiao.portal.finding.narrative.NarrativeFacts.Recorded;
import cn.jixiao.portal.finding.narrative.StatedFigure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * This year's "last year" figures against last year's recorded actuals: a figure the report's text states
 * for last year (上年预算执行率为…, 2022年…得分…) that last year's evaluation of the same subject or
 * last year's books contradict, at the precision it is written; and a figure this year's records carry
 * for last year (the books' 上年三公经费) that last year's own books contradict.
 */
public class LastYearFigureDiffers implements YearRule {
    public static final String CODE = "LAST_YEAR_FIGURE_DIFFERS";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public String description() {
        return "上年数字与上年记录不符：本年报告或账簿写明的上年数字（执行率、金额、得分、指标完成值、三公经费）与上年评价或上年账簿记录的实际数不一致"
                + " (a figure stated for last year differs from last year's recorded actual)";
    }

    @Override
    public List<FindingDraft> run(YearInput input) {
        LastYear last = input.lastYear();
        var found = new ArrayList<FindingDraft>();
        for (YearInput.ReportText report : input.reports()) {
            Set<String> seen = new LinkedHashSet<>();
            for (PriorYearStatements.Statement s : PriorYearStatements.of(report.figures(), input.year())) {
                Recorded recorded = last.facts().recorded().get(s.key());
                StatedFigure f = s.figure();
                if (recorded == null || agrees(f, recorded)) {
                    continue;
                }
                String stated = f.kind() == FigureKind.GRADE ? f.grade() : f.text();
                String key = "years:report:" + report.reportId() + ":" + f.section() + ":"
                        + Integer.toHexString((s.key() + "|" + stated).hashCode());
                if (!seen.add(key)) {
                    continue; // the same wrong figure repeated is one mistake
                }
                found.add(new FindingDraft(
                        key,
                        report.title(f.section()) + " " + YearRules.quote(f.sentence()) + "写明上年" + recorded.label()
                                + "为"
                                + stated + "，而" + last.label() + "记录的" + recorded.record() + "为 " + recorded.shown()
                                + " (the text states last year's " + recorded.label() + " as " + stated
                                + ", last year's records give " + recorded.shown() + ")",
                        evidence(
                                "sentence", f.sentence(),
                                "section", f.section(),
                                "reportId", report.reportId(),
                                "quantity", recorded.label(),
                                "stated", f.kind() == FigureKind.GRADE ? f.grade() : f.value(),
                                "statedText", f.text(),
                                "recorded", f.kind() == FigureKind.GRADE ? recorded.grade() : recorded.value(),
                                "record", recorded.record(),
                                "lastYear", last.year(),
                                "lastYearEvaluationId", last.evaluationId())));
            }
        }
        for (YearInput.CarriedFigure c : input.carried()) {
            if (c.stated() == null || c.recorded() == null || c.stated().compareTo(c.recorded()) == 0) {
                continue;
            }
            found.add(new FindingDraft(
                    "years:" + c.key(),
                    c.where() + "记载" + c.label() + "为 " + plain(c.stated()) + " 万元，而" + c.record() + "为 "
                            + plain(c.recorded()) + " 万元 (this year's records give last year's figure as "
                            + plain(c.stated()) + ", last year's records give " + plain(c.recorded()) + ")",
                    evidence(
                            "quantity", c.label(),
                            "stated", c.stated(),
                            "where", c.where(),
                            "recorded", c.recorded(),
                            "record", c.record(),
                            "lastYear", last.year(),
                            "lastYearEvaluationId", last.evaluationId())));
        }
        return found;
    }

    static boolean agrees(StatedFigure f, Recorded recorded) {
        if (f.kind() == FigureKind.GRADE) {
            return recorded.grade() == null || recorded.grade().equals(f.grade());
        }
        return recorded.value() == null || f.agrees(recorded.value(), recorded.tolerance());
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
