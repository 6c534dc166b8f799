package cn.jixiao.portal.finding.years;

import static cn.jixiao.portal.finding.FindingDraft.evidence;

import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A rectification item promised in last year's evaluation of the same subject that this year neither
 * carries (an item of this year's evaluation continuing it), nor reports as done (status 已整改 with a
 * date and what was done) or dropped with a reason, nor mentions in this year's problems, suggestions,
 * rectification items or report text.
 */
public class RectificationNotReported implements YearRule {
    public static final String CODE = "RECTIFICATION_NOT_REPORTED";

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
        return "上年整改事项未报告：上年评价提出的整改事项，本年评价既未带入，也未说明已整改（附整改情况）或在“存在问题”“建议与整改”中报告"
                + " (a rectification item promised last year is not reported on this year)";
    }

    @Override
    public List<FindingDraft> run(YearInput input) {
        LastYear last = input.lastYear();
        List<String> texts = input.allTexts();
        var found = new ArrayList<FindingDraft>();
        for (ItemFact item : last.items()) {
            if (!item.rectification() || item.accountedFor()) {
                continue;
            }
            boolean carried = input.items().stream()
                    .anyMatch(i -> item.id() != null && item.id().equals(i.carriedFromId()));
            if (carried || Mentions.anyMentions(texts, item.text())) {
                continue;
            }
            var about = new ArrayList<String>();
            if (item.owner() != null && !item.owner().isBlank()) {
                about.add("责任人" + item.owner());
            }
            if (item.dueOn() != null) {
                about.add("整改期限" + item.dueOn());
            }
            if (item.statusLabel() != null) {
                about.add("状态“" + item.statusLabel() + "”");
            }
            found.add(new FindingDraft(
                    "years:item:" + item.id(),
                    last.label() + "提出的整改事项“" + item.text() + "”"
                            + (about.isEmpty() ? "" : "（" + String.join("，", about) + "）") + "在" + input.year()
                            + "年度评价中既未带入，也未报告整改情况"
                            + " (last year's rectification item is neither carried nor reported on)",
                    evidence(
                            "item", item.text(),
                            "itemId", item.id(),
                            "owner", item.owner(),
                            "dueOn", item.dueOn() == null ? null : item.dueOn().toString(),
                            "status", item.statusLabel(),
                            "lastYear", last.year(),
                            "lastYearEvaluationId", last.evaluationId())));
        }
        return found;
    }
}
