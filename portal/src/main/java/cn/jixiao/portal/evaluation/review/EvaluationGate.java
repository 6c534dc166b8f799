package cn.jixiao.portal.evaluation.review;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.evaluation.Evaluation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

/**
 * Who may read, fill and sign an evaluation. Other regions' evaluations are not found (the tenancy
 * locks); inside a region the finance reviewer and admin read every one, a department its own, and a
 * third-party evaluator the evaluations of the projects (or firm) assigned to them. A self-evaluation
 * is filled by its department's editors, a third-party one by the assigned evaluator (or the
 * department's editors), a finance review by the finance reviewer: the same rules as the evaluation
 * service's EvaluationRights, which the lead may put in place of this class at merge.
 */
@RequestScoped
public class EvaluationGate {
    static final String NOT_FOUND = "绩效评价不存在 (evaluation not found)";

    @Inject
    Access access;

    public Access access() {
        return access;
    }

    public Evaluation readable(long id) {
        Evaluation e = Evaluation.<Evaluation>findByIdOptional(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!canRead(e)) {
            throw new ForbiddenException("无权查看该绩效评价 (you may not read this evaluation)");
        }
        return e;
    }

    public boolean canRead(Evaluation e) {
        return (e.projectId == null
                        ? access.canReadDepartment(e.departmentId)
                        : access.canReadProject(e.projectId, e.departmentId))
                || isAssignedEvaluator(e);
    }

    /** May fill it in (indicators, items, evaluators) and submit it, whatever its state. */
    public boolean canFill(Evaluation e) {
        return switch (e.kind) {
            case SELF -> access.canEditDepartment(e.departmentId);
            case THIRD_PARTY -> access.canEditDepartment(e.departmentId) || isAssignedEvaluator(e);
            case FINANCE_REVIEW -> access.isFinanceReviewer();
        };
    }

    /** Signs the opinions of the project unit and the competent department. */
    public boolean signsForDepartment(Evaluation e) {
        return access.canEditDepartment(e.departmentId);
    }

    public boolean isAssignedEvaluator(Evaluation e) {
        if (!access.isEvaluator() || e.kind != EvaluationKind.THIRD_PARTY) {
            return false;
        }
        if (e.evaluatorAlias != null && access.firms().contains(e.evaluatorAlias)) {
            return true;
        }
        return e.projectId != null && access.canReadProject(e.projectId, e.departmentId);
    }

    public void requireFill(Evaluation e) {
        if (!canFill(e)) {
            throw new ForbiddenException(
                    "只有被评价部门的填报人（第三方评价为受托评价人）可以填报和提交 (only the evaluated department's editors, or the assigned evaluator, may fill in and submit this evaluation)");
        }
    }
}
