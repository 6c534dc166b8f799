package cn.jixiao.portal.project.service;

import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.project.ChangeKind;
import cn.jixiao.portal.project.ChangeStatus;
import cn.jixiao.portal.project.Project;
import cn.jixiao.portal.project.ProjectChange;
import cn.jixiao.portal.project.dto.ChangeInput;
import cn.jixiao.portal.project.dto.ChangeView;
import cn.jixiao.portal.project.dto.DecisionInput;
import cn.jixiao.portal.web.Refusals;
import cn.jixiao.portal.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Changes to a project's content or total. The department's editor asks; a finance reviewer
 * decides. Approving records the decision only: the department then edits the funds, and the
 * project page shows whether they match the last approved total.
 */
@ApplicationScoped
public class ProjectChangeService {
    static final String ENTITY = "ProjectChange";

    @Inject
    ProjectLookup lookup;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Transactional
    public List<ChangeView> history(long projectId) {
        Project project = lookup.readable(projectId);
        return ProjectChange.historyOf(project.id).stream().map(ChangeView::of).toList();
    }

    @Transactional
    public ChangeView request(long projectId, ChangeInput input) {
        Project project = lookup.editable(projectId);
        if (input.kind() == ChangeKind.TOTAL && input.newTotal() == null) {
            throw Refusals.invalid("newTotal", "总额变更须填写变更后总额 (a TOTAL change needs newTotal)");
        }
        var change = new ProjectChange();
        change.projectId = project.id;
        change.kind = input.kind();
        change.description = input.description().strip();
        if (input.kind() == ChangeKind.TOTAL) {
            change.oldTotal = ProjectService.fundsOf(project.id).total().planned();
            change.newTotal = input.newTotal();
        }
        change.requestedBy = access.actor();
        change.requestedAt = OffsetDateTime.now();
        change.persist();
        var after = ChangeView.of(change);
        audit.record("CREATE", ENTITY, change.id, null, after);
        return after;
    }

    @Transactional
    public ChangeView approve(long projectId, long changeId, DecisionInput decision) {
        if (decision.approvalBody() == null || decision.approvalBody().isBlank()) {
            throw Refusals.invalid("approvalBody", "请填写审批机关，如人大、财政局 (approvalBody is required, e.g. 人大 or 财政局)");
        }
        return decide(projectId, changeId, decision, ChangeStatus.APPROVED, "APPROVE");
    }

    @Transactional
    public ChangeView reject(long projectId, long changeId, DecisionInput decision) {
        return decide(projectId, changeId, decision, ChangeStatus.REJECTED, "REJECT");
    }

    private ChangeView decide(
            long projectId, long changeId, DecisionInput decision, ChangeStatus outcome, String action) {
        Project project = lookup.readable(projectId);
        access.requireApprover();
        ProjectChange change = ProjectChange.findInProject(project.id, changeId)
                .orElseThrow(() -> new NotFoundException("变更申请不存在 (change request not found)"));
        Versions.require(decision.version(), change.version);
        if (change.status != ChangeStatus.REQUESTED) {
            throw Refusals.conflict("already_decided", "该变更已审批，不能再次审批 (this change has already been decided)");
        }
        var before = ChangeView.of(change);
        change.status = outcome;
        change.approvalBody = ProjectService.blankToNull(decision.approvalBody());
        change.decisionNote = ProjectService.blankToNull(decision.note());
        change.decidedBy = access.actor();
        change.decidedAt = OffsetDateTime.now();
        ProjectChange.getEntityManager().flush();
        var after = ChangeView.of(change);
        audit.record(action, ENTITY, change.id, before, after);
        return after;
    }
}
