package cn.jixiao.portal.evaluation.service;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.evaluation.Evaluation;
import cn.jixiao.portal.web.Refusals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

/**
 * Who may start, read and edit an evaluation (on {@link Access}'s rules). Another region's evaluation is
 * a 404 exactly like a missing one; one the user may not read is a 403.
 *
 * <ul>
 *   <li>read: whole-region readers (finance reviewers, the region's admins), the subject's department,
 *       and the evaluator assigned to its project;
 *   <li>start and edit: SELF by the subject's department editors; THIRD_PARTY by the evaluator assigned
 *       to the project, or the department's editors; FINANCE_REVIEW by finance reviewers;
 *   <li>edit only while the evaluation is a draft or returned (409 after submission).
 * </ul>
 */
@ApplicationScoped
public class EvaluationRights {
    public static final String NOT_FOUND = "绩效评价不存在 (evaluation not found)";
    public static final String LOCKED = "已提交，不能修改 (the evaluation has been submitted and cannot be changed)";

    @Inject
    Access access;

    @Transactional(Transactional.TxType.MANDATORY)
    public Evaluation readable(long id) {
        Evaluation evaluation = find(id);
        if (!canRead(evaluation)) {
            throw new ForbiddenException("无权查看该绩效评价 (you may not read this evaluation)");
        }
        return evaluation;
    }

    /** Readable, changeable by this user, and in a state that may change (draft or returned). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Evaluation editable(long id) {
        Evaluation evaluation = readable(id);
        requireEditor(evaluation);
        requireEditableState(evaluation);
        return evaluation;
    }

    public boolean canRead(Evaluation e) {
        return e.projectId == null
                ? access.canReadDepartment(e.departmentId)
                : access.canReadProject(e.projectId, e.departmentId);
    }

    /** Whether this user edits the evaluation's kind for its subject (state aside). */
    public boolean canEdit(Evaluation e) {
        return mayWork(e.kind, e.departmentId, e.projectId);
    }

    /** Whether this user may start or fill an evaluation of this kind for this subject. */
    public boolean mayWork(EvaluationKind kind, long departmentId, Long projectId) {
        return switch (kind) {
            case SELF -> access.canEditDepartment(departmentId);
            case THIRD_PARTY ->
                access.canEditDepartment(departmentId)
                        || (projectId != null
                                && access.isEvaluator()
                                && access.canReadProject(projectId, departmentId));
            case FINANCE_REVIEW -> access.isFinanceReviewer();
        };
    }

    public void requireEditor(Evaluation e) {
        if (!canEdit(e)) {
            throw new ForbiddenException(
                    switch (e.kind) {
                        case SELF -> "只有本部门的填报人可以修改自评 (only the department's editors may change a self-evaluation)";
                        case THIRD_PARTY ->
                            "只有指派的第三方评价人员或本部门填报人可以修改 (only the assigned evaluator or the department's editors may change it)";
                        case FINANCE_REVIEW -> "只有财政审核人可以修改财政评价 (only finance reviewers may change a finance review)";
                    });
        }
    }

    /** 409 unless the evaluation is a draft or returned: nothing is edited after submission. */
    public static void requireEditableState(Evaluation e) {
        if (!e.status.editable()) {
            throw Refusals.conflict("locked", LOCKED);
        }
    }

    static Evaluation find(long id) {
        return Evaluation.<Evaluation>findByIdOptional(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }
}
