package cn.jixiao.portal.finding.check;

import static cn.jixiao.portal.finding.FindingDraft.evidence;

import cn.jixiao.portal.finding.Check;
import cn.jixiao.portal.finding.EvaluationContext;
import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.Severity;
import cn.jixiao.portal.finding.SubjectRecords.ChangeRecord;
import java.util.List;

/** A change of the project's content or total that was never approved (still asked for, or rejected). */
public class ChangeNotApproved implements Check {
    public static final String CODE = "CHANGE_NOT_APPROVED";

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
        return "项目变更未履行审批手续 (a project change never approved)";
    }

    @Override
    public List<FindingDraft> run(EvaluationContext context) {
        return context.records().unapprovedChanges().stream()
                .map(ChangeNotApproved::draft)
                .toList();
    }

    private static FindingDraft draft(ChangeRecord change) {
        String state = "REJECTED".equals(change.status()) ? "已被驳回" : "至今未获批准";
        return new FindingDraft(
                "change:" + change.id(),
                "项目变更「" + change.description() + "」"
                        + (change.requestedOn() == null ? "" : "（" + change.requestedOn() + " 提出）") + state
                        + " (a project change was never approved)",
                evidence(
                        "changeId",
                        change.id(),
                        "kind",
                        change.kind(),
                        "status",
                        change.status(),
                        "description",
                        change.description()));
    }
}
