package cn.jixiao.portal.project.service;

import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.people.PeopleDirectory;
import cn.jixiao.portal.people.PeopleUnavailableException;
import cn.jixiao.portal.people.Person;
import cn.jixiao.portal.project.Project;
import cn.jixiao.portal.project.ProjectAssignment;
import cn.jixiao.portal.project.dto.AssignmentInput;
import cn.jixiao.portal.project.dto.AssignmentView;
import cn.jixiao.portal.web.Refusals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * A finance reviewer assigns third-party evaluators to a project; they then read it (and only it). Only
 * an evaluator of the project's region can be assigned: a member of the region's organization in
 * Keycloak with the realm role evaluator.
 */
@ApplicationScoped
public class AssignmentService {
    static final String ENTITY = "ProjectAssignment";
    static final String NOT_AN_EVALUATOR = "只能指派本地区的评价人（本地区成员且具有评价人角色） "
            + "(only an evaluator of this region can be assigned: a member of the region with the evaluator role)";
    static final String CANNOT_CHECK =
            "暂时无法核实评价人，未作指派，请稍后重试 " + "(the evaluator cannot be checked now, so nothing was assigned; try again later)";

    @Inject
    ProjectLookup lookup;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    PeopleDirectory people;

    @Transactional
    public List<AssignmentView> list(long projectId) {
        Project project = lookup.readable(projectId);
        return ProjectAssignment.listForProject(project.id).stream()
                .map(a -> AssignmentView.of(a, people.person(a.username)))
                .toList();
    }

    @Transactional
    public AssignmentView assign(long projectId, AssignmentInput input) {
        Project project = lookup.readable(projectId);
        access.requireApprover();
        Person evaluator = regionEvaluator(input.username().strip());
        String username = evaluator.username();
        if (ProjectAssignment.exists(project.id, username)) {
            throw Refusals.conflict("already_assigned", "该评价人已指派到本项目 (this evaluator is already assigned)");
        }
        var assignment = new ProjectAssignment();
        assignment.projectId = project.id;
        assignment.username = username;
        assignment.persist();
        var after = AssignmentView.of(assignment, evaluator);
        audit.record("CREATE", ENTITY, assignment.id, null, after);
        return after;
    }

    /** The region's evaluator with this username, as Keycloak spells it; a 400 for anyone else. */
    private Person regionEvaluator(String username) {
        String region = access.user().region().orElseThrow().slug();
        try {
            return people.evaluator(username, region).orElseThrow(() -> Refusals.invalid("username", NOT_AN_EVALUATOR));
        } catch (PeopleUnavailableException e) {
            throw Refusals.unavailable("people_unavailable", CANNOT_CHECK);
        }
    }
}
