package cn.jixiao.portal.project.web;

import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.contract.ContractService;
import cn.jixiao.portal.people.PeopleDirectory;
import cn.jixiao.portal.project.dto.AssignmentView;
import cn.jixiao.portal.project.dto.FundsView;
import cn.jixiao.portal.project.dto.ProjectView;
import cn.jixiao.portal.project.service.AssignmentService;
import cn.jixiao.portal.project.service.ExpenditureService;
import cn.jixiao.portal.project.service.ProjectChangeService;
import cn.jixiao.portal.project.service.ProjectService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Assembles the project page in one transaction from the services that own each part. */
@ApplicationScoped
public class ProjectDetails {
    static final int HISTORY_SIZE = 20;

    @Inject
    Access access;

    @Inject
    ProjectService projects;

    @Inject
    ExpenditureService expenditures;

    @Inject
    ProjectChangeService changes;

    @Inject
    AssignmentService assignments;

    @Inject
    ContractService contracts;

    @Inject
    PeopleDirectory people;

    @Inject
    cn.jixiao.portal.project.service.FirmAssignmentService firmAssignments;

    @Transactional
    public ProjectDetailView detail(long id) {
        ProjectView project = projects.view(id);
        FundsView funds = projects.funds(id);
        List<AssignmentView> assigned = access.readsWholeRegion() ? assignments.list(id) : List.of();
        return new ProjectDetailView(
                project,
                funds,
                FundsChart.of(funds),
                projects.standing(id),
                expenditures.list(id),
                changes.history(id),
                contracts.forProject(id),
                assigned,
                evaluatorChoices(assigned),
                access.readsWholeRegion() ? firmAssignments.list(id) : List.of(),
                firmChoices(),
                projects.history(id, 0, HISTORY_SIZE),
                access.canEditDepartment(project.departmentId()),
                access.isFinanceReviewer(),
                access.readsWholeRegion());
    }

    /** The firms a finance reviewer may assign; none (and the form hidden) when Keycloak cannot say. */
    private List<cn.jixiao.portal.people.EvaluationFirm> firmChoices() {
        if (!access.isFinanceReviewer()) {
            return List.of();
        }
        try {
            return people.firms();
        } catch (cn.jixiao.portal.people.PeopleUnavailableException e) {
            return List.of();
        }
    }

    /** Only a finance reviewer assigns, so only their page asks Keycloak for the region's evaluators. */
    private EvaluatorChoices evaluatorChoices(List<AssignmentView> assigned) {
        if (!access.isFinanceReviewer()) {
            return EvaluatorChoices.none();
        }
        String region = access.user().region().orElseThrow().slug();
        return EvaluatorChoices.of(people.evaluators(region), assigned);
    }
}
