package cn.jixiao.portal.project.web;

import cn.jixiao.portal.audit.AuditView;
import cn.jixiao.portal.contract.ContractSummary;
import cn.jixiao.portal.project.ChangeKind;
import cn.jixiao.portal.project.FundingLevel;
import cn.jixiao.portal.project.dto.AssignmentView;
import cn.jixiao.portal.project.dto.ChangeView;
import cn.jixiao.portal.project.dto.ExpenditureView;
import cn.jixiao.portal.project.dto.FundsView;
import cn.jixiao.portal.project.dto.ProjectStanding;
import cn.jixiao.portal.project.dto.ProjectView;
import java.util.List;

/** Everything the project page shows, computed before the template runs. */
public record ProjectDetailView(
        ProjectView project,
        FundsView funds,
        FundsChart chart,
        ProjectStanding standing,
        List<ExpenditureView> expenditures,
        List<ChangeView> changes,
        List<ContractSummary> contracts,
        List<AssignmentView> assignments,
        EvaluatorChoices evaluatorChoices,
        List<cn.jixiao.portal.project.dto.FirmAssignmentView> firms,
        List<cn.jixiao.portal.people.EvaluationFirm> firmChoices,
        List<AuditView> history,
        boolean canEdit,
        boolean canApprove,
        boolean readsWholeRegion) {

    public List<FundingLevel> levels() {
        return List.of(FundingLevel.values());
    }

    /** 政府支出经济分类, for the entry form's choice. */
    public List<cn.jixiao.portal.project.EconomicClasses.Entry> economicClasses() {
        return cn.jixiao.portal.project.EconomicClasses.all();
    }

    public List<ChangeKind> changeKinds() {
        return List.of(ChangeKind.values());
    }
}
