package cn.jixiao.portal.evaluation.service;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.department.Department;
import cn.jixiao.portal.evaluation.Evaluation;
import cn.jixiao.portal.evaluation.EvaluationRights;
import cn.jixiao.portal.evaluation.EvaluationStatus;
import cn.jixiao.portal.finding.EvaluationChecks;
import cn.jixiao.portal.project.Project;
import cn.jixiao.portal.web.Paged;
import cn.jixiao.portal.web.Refusals;
import cn.jixiao.portal.web.Versions;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluations for the signed-in user: start, list, read, and the evaluation's own fields. Filling
 * indicators and items is {@link EvaluationEditing}. Every save rescores the evaluation and runs the
 * checks in the same transaction, and is audited (entity {@code Evaluation}).
 *
 * <p>For the review step (another package): {@link #editable} and {@link #readable} give the row with
 * the rights checked, {@link #requireEditableState} refuses a submitted one, {@link #saved} rescores,
 * rechecks and audits after a change, and {@link #view} answers.
 */
@ApplicationScoped
public class EvaluationService {
    public static final String ENTITY = "Evaluation";

    @Inject
    Access access;

    @Inject
    EvaluationRights rights;

    @Inject
    EvaluationStarter starter;

    @Inject
    EvaluationScorer scorer;

    @Inject
    EvaluationChecks checks;

    @Inject
    EvaluationAudit audit;

    @Transactional
    public EvaluationView start(StartInput input) {
        Department department = Department.<Department>findByIdOptional(input.departmentId())
                .orElseThrow(() -> new NotFoundException("部门不存在 (department not found)"));
        if (input.projectId() != null) {
            Project project = Project.<Project>findByIdOptional(input.projectId())
                    .orElseThrow(() -> new NotFoundException("项目不存在 (project not found)"));
            if (!project.departmentId.equals(department.id)) {
                throw Refusals.invalid("projectId", "该项目不属于所选部门 (the project belongs to another department)");
            }
        }
        if (!rights.mayWork(input.kind(), department.id, input.projectId())) {
            throw new ForbiddenException(startRefusal(input.kind()));
        }
        Evaluation evaluation = starter.start(
                actor(), department.id, input.projectId(), input.year(), input.kind(), input.templateId());
        return saved("CREATE", evaluation, null, actor());
    }

    @Transactional
    public Paged<EvaluationSummary> page(
            Integer year,
            Long departmentId,
            EvaluationStatus status,
            EvaluationKind kind,
            String sort,
            boolean descending,
            int page,
            int size) {
        var where = access.listScope(departmentId).where("departmentId", "projectId");
        where.and("year = :year", "year", year);
        where.and("status = :status", "status", status);
        where.and("kind = :kind", "kind", kind);
        Sort order = switch (sort == null ? "year" : sort) {
            case "score" ->
                Sort.by(
                        "totalScore",
                        descending ? Sort.Direction.Descending : Sort.Direction.Ascending,
                        Sort.NullPrecedence.NULLS_LAST);
            case "status" -> Sort.by("status", descending ? Sort.Direction.Descending : Sort.Direction.Ascending);
            case "year" -> Sort.by("year", Sort.Direction.Descending); // newest first
            default ->
                throw Refusals.invalid("sort", "sort 只能是 year、score 或 status (sort must be year, score or status)");
        };
        order = order.and("departmentId").and("id");
        var rows = Evaluation.<Evaluation>find(where.query(), order, where.parameters())
                .page(Page.of(page, size))
                .list();
        long total = Evaluation.count(where.query(), where.parameters());
        Map<Long, String> departments = EvaluationViews.departmentNames();
        Map<Long, String> projects = new HashMap<>();
        var projectIds = rows.stream()
                .map(e -> e.projectId)
                .filter(p -> p != null)
                .distinct()
                .toList();
        if (!projectIds.isEmpty()) {
            Project.<Project>list("id in ?1", projectIds).forEach(p -> projects.put(p.id, p.name));
        }
        List<EvaluationSummary> items = rows.stream()
                .map(e -> EvaluationViews.summary(e, departments, projects))
                .toList();
        return new Paged<>(items, total, page, size, sort == null ? "year" : sort);
    }

    @Transactional
    public EvaluationView view(long id) {
        Evaluation evaluation = rights.readable(id);
        return EvaluationViews.of(evaluation, scorer.read(evaluation), editableBy(evaluation));
    }

    @Transactional
    public EvaluationView update(long id, EvaluationInput input) {
        Evaluation evaluation = rights.editable(id);
        Versions.require(input.version(), evaluation.version);
        var before = brief(evaluation);
        evaluation.overallGoal = text(input.overallGoal());
        evaluation.goalAchieved = text(input.goalAchieved());
        evaluation.evaluatorName = text(input.evaluatorName());
        evaluation.reportDate = input.reportDate();
        return saved("UPDATE", evaluation, before, actor());
    }

    /** The evaluation, readable by this user (404 / 403). For the review step. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Evaluation readable(long id) {
        return rights.readable(id);
    }

    /** The evaluation, changeable by this user now: a draft or returned one (404 / 403 / 409). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Evaluation editable(long id) {
        return rights.editable(id);
    }

    /** 409 "已提交，不能修改" unless the evaluation is a draft or returned. */
    public void requireEditableState(Evaluation evaluation) {
        EvaluationRights.requireEditableState(evaluation);
    }

    /** Whether the signed-in user may change it now (state and rights). */
    public boolean editableBy(Evaluation evaluation) {
        return evaluation.status.editable() && rights.canEdit(evaluation);
    }

    /**
     * After any change: rescore, run the checks, stamp the change, audit it, and answer with the
     * evaluation as it now stands. Runs in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EvaluationView saved(String action, Evaluation evaluation, Object before, Actor actor) {
        evaluation.updatedAt = OffsetDateTime.now();
        var scored = scorer.rescore(evaluation);
        checks.recheck(evaluation.id);
        Evaluation.getEntityManager().flush();
        audit.record(actor, action, ENTITY, evaluation.id, before, brief(evaluation));
        return EvaluationViews.of(evaluation, scored, actor == Actor.DEMO ? false : editableBy(evaluation));
    }

    public Actor actor() {
        var user = access.user();
        return new Actor(user.username(), user.displayName());
    }

    /** What the audit keeps of the evaluation itself. */
    public record Brief(
            long id,
            long departmentId,
            Long projectId,
            int year,
            String kind,
            String status,
            String overallGoal,
            String goalAchieved,
            String evaluatorName,
            java.time.LocalDate reportDate,
            java.math.BigDecimal totalScore,
            String grade,
            int version) {}

    public static Brief brief(Evaluation e) {
        return new Brief(
                e.id,
                e.departmentId,
                e.projectId,
                e.year,
                e.kind.name(),
                e.status.name(),
                e.overallGoal,
                e.goalAchieved,
                e.evaluatorName,
                e.reportDate,
                e.totalScore,
                e.grade == null ? null : e.grade.name(),
                e.version);
    }

    private static String startRefusal(EvaluationKind kind) {
        return switch (kind) {
            case SELF -> "只有本部门的填报人可以发起自评 (only the department's editors may start its self-evaluation)";
            case THIRD_PARTY ->
                "只有指派到该项目的第三方评价人员或本部门填报人可以发起第三方评价 (only the evaluator assigned to the project or the department's editors may start it)";
            case FINANCE_REVIEW -> "只有财政审核人可以发起财政评价 (only finance reviewers may start a finance review)";
        };
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
