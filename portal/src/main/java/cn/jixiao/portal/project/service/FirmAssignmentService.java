package cn.jixiao.portal.project.service;

import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.people.EvaluationFirm;
import cn.jixiao.portal.people.PeopleDirectory;
import cn.jixiao.portal.people.PeopleUnavailableException;
import cn.jixiao.portal.project.Project;
import cn.jixiao.portal.project.ProjectFirmAssignment;
import cn.jixiao.portal.project.dto.FirmAssignmentInput;
import cn.jixiao.portal.project.dto.FirmAssignmentView;
import cn.jixiao.portal.web.Refusals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * A finance reviewer assigns an evaluation firm to a project: the firm's evaluators who also belong to
 * the region read it, whoever the firm sends. Firms are Keycloak organizations of their own.
 */
@ApplicationScoped
public class FirmAssignmentService {
    static final String ENTITY = "ProjectFirmAssignment";

    @Inject
    ProjectLookup lookup;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    PeopleDirectory people;

    @Transactional
    public List<FirmAssignmentView> list(long projectId) {
        Project project = lookup.readable(projectId);
        return ProjectFirmAssignment.listForProject(project.id).stream()
                .map(FirmAssignmentView::of)
                .toList();
    }

    public List<EvaluationFirm> firms() {
        access.requireApprover();
        return ask();
    }

    @Transactional
    public FirmAssignmentView assign(long projectId, FirmAssignmentInput input) {
        Project project = lookup.readable(projectId);
        access.requireApprover();
        String alias = input.firm().strip();
        EvaluationFirm firm = ask().stream()
                .filter(f -> f.alias().equals(alias))
                .findFirst()
                .orElseThrow(() -> Refusals.invalid("firm", "没有这家评价机构 (no such evaluation firm)"));
        if (ProjectFirmAssignment.exists(project.id, firm.alias())) {
            throw Refusals.conflict("already_assigned", "该评价机构已指派到本项目 (this firm is already assigned)");
        }
        var assignment = new ProjectFirmAssignment();
        assignment.projectId = project.id;
        assignment.firmAlias = firm.alias();
        assignment.firmName = firm.name();
        assignment.persist();
        var after = FirmAssignmentView.of(assignment);
        audit.record("CREATE", ENTITY, assignment.id, null, after);
        return after;
    }

    private List<EvaluationFirm> ask() {
        try {
            return people.firms();
        } catch (PeopleUnavailableException e) {
            throw Refusals.unavailable("people_unavailable", "暂时无法读取评价机构，请稍后重试 (the firms cannot be read now)");
        }
    }
}
