package cn.jixiao.portal.evaluation;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.web.Refusals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

/**
 * The one place that decides who may start, read, fill and sign an evaluation (on {@link Access}'s
 * rules); the API, the review steps, the pages and the self-evaluation table all ask it. Another
 * region's evaluation is a 404 exactly like a missing one; one the user may not read is a 403.
 *
 * <ul>
 *   <li>read: whole-region readers (finance reviewers, the region's admins), the subject's department,
 *       the evaluators assigned to its project, and for a third-party evaluation the evaluators of the
 *       firm it names;
 *   <li>start and fill (indicators, items, evaluation group, submission): SELF by the subject's
 *       department editors; THIRD_PARTY by the assigned evaluator (project or firm) or the department's
 *       editors; FINANCE_REVIEW by finance reviewers;
 *   <li>sign the project unit's and the competent department's opinions: the department's editors;
 *   <li>change only while the evaluation is a draft or returned (409 after submission).
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
        Evaluation evaluation =
                Evaluation.<Evaluation>findByIdOptional(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!canRead(evaluation)) {
            throw new ForbiddenException("无权查看该绩效评价 (you may not read this evaluation)");
        }
        return evaluation;
    }

    /** Readable, fillable by this user, and in a state that may change (draft or returned). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Evaluation editable(long id) {
        Evaluation evaluation = readable(id);
        requireEditor(evaluation);
        requireEditableState(evaluation);
        return evaluation;
    }

    public boolean canRead(Evaluation e) {
        return (e.projectId == null
                        ? access.canReadDepartment(e.departmentId)
                        : access.canReadProject(e.projectId, e.departmentId))
                || isAssignedFirm(e);
    }

    /** Whether this user fills the evaluation (indicators, items, evaluators) and submits it, state aside. */
    public boolean canEdit(Evaluation e) {
        return mayWork(e.kind, e.departmentId, e.projectId)
                || (e.kind == EvaluationKind.THIRD_PARTY && isAssignedFirm(e));
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

    /** Signs the opinions of the project unit and the competent department. */
    public boolean signsForDepartment(Evaluation e) {
        return access.canEditDepartment(e.departmentId);
    }

    /** An evaluator of the firm a third-party evaluation names (whatever projects they are assigned). */
    private boolean isAssignedFirm(Evaluation e) {
        return e.kind == EvaluationKind.THIRD_PARTY
                && e.evaluatorAlias != null
                && access.isEvaluator()
                && access.firms().contains(e.evaluatorAlias);
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
}
