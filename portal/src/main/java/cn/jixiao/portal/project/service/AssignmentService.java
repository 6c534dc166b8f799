package cn.jixiao.portal.project.service;

import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.project.Project;
import cn.jixiao.portal.project.ProjectAssignment;
import cn.jixiao.portal.project.dto.AssignmentInput;
import cn.jixiao.portal.project.dto.AssignmentView;
import cn.jixiao.portal.web.Refusals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** A finance reviewer assigns third-party evaluators to a project; they then read it (and only it). */
@ApplicationScoped
public class AssignmentService {
    static final String ENTITY = "ProjectAssignment";

    @Inject
    ProjectLookup lookup;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Transactional
    public List<AssignmentView> list(long projectId) {
        Project project = lookup.readable(projectId);
        return ProjectAssignment.listForProject(project.id).stream()
                .map(AssignmentView::of)
                .toList();
    }

    @Transactional
    public AssignmentView assign(long projectId, AssignmentInput input) {
        Project project = lookup.readable(projectId);
        access.requireApprover();
        String username = input.username().strip();
        if (ProjectAssignment.exists(project.id, username)) {
            throw Refusals.conflict("already_assigned", "该评价人已指派到本项目 (this evaluator is already assigned)");
        }
        var assignment = new ProjectAssignment();
        assignment.projectId = project.id;
        assignment.username = username;
        assignment.persist();
        var after = AssignmentView.of(assignment);
        audit.record("CREATE", ENTITY, assignment.id, null, after);
        return after;
    }
}
