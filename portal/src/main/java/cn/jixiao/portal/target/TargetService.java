package cn.jixiao.portal.target;

import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.access.DepartmentGate;
import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.department.Department;
import cn.jixiao.portal.project.Project;
import cn.jixiao.portal.target.dto.IndicatorInput;
import cn.jixiao.portal.target.dto.ReviewInput;
import cn.jixiao.portal.target.dto.ReviseInput;
import cn.jixiao.portal.target.dto.StepInput;
import cn.jixiao.portal.target.dto.TargetInput;
import cn.jixiao.portal.target.dto.TargetSummary;
import cn.jixiao.portal.target.dto.TargetView;
import cn.jixiao.portal.web.Paged;
import cn.jixiao.portal.web.Refusals;
import cn.jixiao.portal.web.SortOrder;
import cn.jixiao.portal.web.Versions;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Target tables (绩效目标表): the department's editors draft and submit them, a finance reviewer approves
 * or returns them, and a change after approval is a new version with its reason. Every step is a dated,
 * attributed {@link TargetEvent} and an audit entry.
 */
@ApplicationScoped
public class TargetService {
    static final String ENTITY = "PerformanceTarget";
    public static final String NOT_FOUND = "绩效目标表不存在 (target table not found)";
    static final Map<String, String> SORT_COLUMNS = Map.of(
            "year", "year",
            "status", "status",
            "department", "departmentId",
            "version", "versionNo",
            "id", "id");

    @Inject
    Access access;

    @Inject
    DepartmentGate departments;

    @Inject
    AuditTrail audit;

    /**
     * Hides every version but the current one of each table (subject and year): the approved version, or
     * when none is approved the newest one still worked on. Superseded versions and a revision waiting
     * beside its approved version are then reached from the table's own page.
     */
    static final String CURRENT_ONLY = "id not in (select t.id from PerformanceTarget t where t.status = :superseded"
            + " or (t.status <> :approved and exists (select 1 from PerformanceTarget o"
            + " where o.departmentId = t.departmentId and o.year = t.year"
            + " and (o.projectId = t.projectId or (o.projectId is null and t.projectId is null))"
            + " and (o.status = :approved or (o.status <> :superseded and o.versionNo > t.versionNo)))))";

    // ---------- reading ----------

    /**
     * One page of the tables this user may read. Only each table's current version unless {@code
     * allVersions} or a status is asked for (asking for 已被新版本替代 means the old versions).
     */
    @Transactional
    public Paged<TargetSummary> page(
            Long departmentId,
            Integer year,
            TargetStatus status,
            boolean allVersions,
            int page,
            int size,
            String sort) {
        var where = access.listScope(departmentId)
                .where("departmentId", "projectId")
                .and("year = :year", "year", year)
                .and("status = :status", "status", status);
        if (!allVersions && status == null) {
            where.and(CURRENT_ONLY, "superseded", TargetStatus.SUPERSEDED)
                    .parameters()
                    .and("approved", TargetStatus.APPROVED);
        }
        String order = SortOrder.orderBy(sort, SORT_COLUMNS, "-year", "id");
        List<PerformanceTarget> rows = PerformanceTarget.<PerformanceTarget>find(
                        where.query() + " order by " + order, where.parameters())
                .page(Page.of(page, size))
                .list();
        long total = PerformanceTarget.count(where.query(), where.parameters());
        Map<Long, String> departmentNames = departmentNames();
        Map<Long, String> projectNames = projectNames(rows);
        Map<Long, Long> counts = indicatorCounts(rows);
        var items = rows.stream()
                .map(t -> TargetSummary.of(
                        t,
                        subjectName(t, departmentNames, projectNames),
                        departmentNames.getOrDefault(t.departmentId, "—"),
                        counts.getOrDefault(t.id, 0L)))
                .toList();
        return new Paged<>(items, total, page, size, sort == null ? "-year" : sort);
    }

    @Transactional
    public TargetView view(long id) {
        return viewOf(readable(id));
    }

    /** The approved target table of a subject and year, for an evaluation to start from. */
    @Transactional
    public java.util.Optional<TargetView> approvedView(long departmentId, Long projectId, int year) {
        return PerformanceTarget.approved(departmentId, projectId, year).map(t -> {
            access.requireReadDepartment(t.departmentId);
            return viewOf(t);
        });
    }

    /** Whether the user may draft target tables: a department editor of their own department. */
    @Transactional
    public boolean canCreate() {
        return access.ownDepartmentId().map(access::canEditDepartment).orElse(false);
    }

    /** What a new target table may be about: the editor's department and its projects (403 for anyone else). */
    @Transactional
    public NewTargetChoices newTargetChoices() {
        long own = access.ownDepartmentId()
                .orElseThrow(() -> new jakarta.ws.rs.ForbiddenException(
                        "只有部门填报人可以新建目标表 (only a department editor may draft a target table)"));
        Department department = departments.editable(own);
        var projects = Project.listForDepartment(own).stream()
                .map(p -> new NewTargetChoices.ProjectChoice(p.id, p.name, p.year))
                .toList();
        return new NewTargetChoices(department.id, department.name, projects);
    }

    /** The departments a whole-region reader may filter by (empty for others: they see their own). */
    @Transactional
    public List<NewTargetChoices.DepartmentChoice> departmentFilter() {
        if (!access.readsWholeRegion()) {
            return List.of();
        }
        return Department.<Department>listAll().stream()
                .map(d -> new NewTargetChoices.DepartmentChoice(d.id, d.name))
                .sorted(java.util.Comparator.comparing(NewTargetChoices.DepartmentChoice::name))
                .toList();
    }

    // ---------- drafting ----------

    @Transactional
    public TargetView create(TargetInput input) {
        Department department = departments.editable(input.departmentId());
        if (input.projectId() != null) {
            Project project = Project.findById(input.projectId());
            if (project == null || !project.departmentId.equals(department.id)) {
                throw Refusals.invalid("projectId", "该项目不属于本部门 (the project is not one of this department's)");
            }
        }
        // one department's target tables are created one at a time: the checks below see every other
        Department.getEntityManager().lock(department, LockModeType.PESSIMISTIC_WRITE);
        List<PerformanceTarget> versions = PerformanceTarget.versions(department.id, input.projectId(), input.year());
        if (versions.stream().anyMatch(v -> v.status.open())) {
            throw Refusals.conflict(
                    "draft_exists",
                    "该项目本年度已有未审核完毕的目标表，请在其上修改 (this subject already has a target table in progress for the year)");
        }
        if (!versions.isEmpty()) {
            throw Refusals.conflict(
                    "already_approved",
                    "该项目本年度的目标表已审核通过，如需调整请提出修订 (this year's target table is approved; revise it instead)");
        }
        TargetRules.check(input, false);
        var target = new PerformanceTarget();
        target.departmentId = department.id;
        target.projectId = input.projectId();
        target.year = input.year();
        target.createdBy = access.actor();
        target.createdAt = OffsetDateTime.now();
        apply(target, input);
        target.persist();
        replaceChildren(target, input);
        event(target, TargetEvent.CREATED, null);
        var after = viewOf(target);
        audit.record("CREATE", ENTITY, target.id, null, after);
        return after;
    }

    @Transactional
    public TargetView update(long id, TargetInput input) {
        PerformanceTarget target = editable(id);
        requireEditableStatus(target);
        Versions.require(input.version(), target.version);
        if (!target.departmentId.equals(input.departmentId())
                || !Objects.equals(target.projectId, input.projectId())
                || target.year != input.year()) {
            throw Refusals.invalid(
                    "projectId", "目标表的部门、项目和年度不可更改 (a target table's department, project and year cannot change)");
        }
        TargetRules.check(input, false);
        var before = viewOf(target);
        // the indicators and steps belong to the table: changing them makes a new version of it
        PerformanceTarget.getEntityManager().lock(target, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        apply(target, input);
        replaceChildren(target, input);
        PerformanceTarget.getEntityManager().flush();
        var after = viewOf(target);
        audit.record("UPDATE", ENTITY, target.id, before, after);
        return after;
    }

    // ---------- review ----------

    @Transactional
    public TargetView submit(long id, ReviewInput input) {
        PerformanceTarget target = editable(id);
        requireEditableStatus(target);
        Versions.require(input.version(), target.version);
        TargetRules.checkComplete(TargetIndicator.ofTarget(target.id));
        var before = viewOf(target);
        target.status = TargetStatus.SUBMITTED;
        target.submittedBy = access.actor();
        target.submittedAt = OffsetDateTime.now();
        return step(target, before, "SUBMIT", TargetEvent.SUBMITTED, blankToNull(input.comment()));
    }

    @Transactional
    public TargetView approve(long id, ReviewInput input) {
        PerformanceTarget target = decidable(id, input);
        var before = viewOf(target);
        for (PerformanceTarget other : PerformanceTarget.versions(target.departmentId, target.projectId, target.year)) {
            if (other.status == TargetStatus.APPROVED && !other.id.equals(target.id)) {
                var otherBefore = viewOf(other);
                other.status = TargetStatus.SUPERSEDED;
                PerformanceTarget.getEntityManager().flush();
                audit.record("SUPERSEDE", ENTITY, other.id, otherBefore, viewOf(other));
            }
        }
        target.status = TargetStatus.APPROVED;
        decided(target, input);
        return step(target, before, "APPROVE", TargetEvent.APPROVED, blankToNull(input.comment()));
    }

    @Transactional
    public TargetView giveBack(long id, ReviewInput input) {
        String comment = blankToNull(input.comment());
        if (comment == null) {
            throw Refusals.invalid("comment", "退回时请写明修改意见 (a comment is required to return a target table)");
        }
        PerformanceTarget target = decidable(id, input);
        var before = viewOf(target);
        target.status = TargetStatus.RETURNED;
        decided(target, input);
        return step(target, before, "RETURN", TargetEvent.RETURNED, comment);
    }

    /** A change after approval: a new DRAFT version (n + 1) with the indicators and steps copied, and the reason. */
    @Transactional
    public TargetView revise(long id, ReviseInput input) {
        String reason = input == null ? null : blankToNull(input.reason());
        PerformanceTarget approved = editable(id);
        if (reason == null) {
            throw Refusals.invalid("reason", "请填写修订原因 (a reason is required to revise an approved target table)");
        }
        if (approved.status != TargetStatus.APPROVED) {
            throw Refusals.conflict(
                    "not_approved",
                    "只有审核通过的目标表可以修订，当前状态：" + approved.status.label()
                            + " (only an approved target table can be revised)");
        }
        Department.getEntityManager().lock(Department.findById(approved.departmentId), LockModeType.PESSIMISTIC_WRITE);
        List<PerformanceTarget> versions =
                PerformanceTarget.versions(approved.departmentId, approved.projectId, approved.year);
        if (versions.stream().anyMatch(v -> v.status.open())) {
            throw Refusals.conflict("draft_exists", "已有一个修订中的版本，请在其上修改 (a revision is already in progress)");
        }
        var draft = new PerformanceTarget();
        draft.departmentId = approved.departmentId;
        draft.projectId = approved.projectId;
        draft.year = approved.year;
        draft.versionNo = versions.stream().mapToInt(v -> v.versionNo).max().orElse(0) + 1;
        draft.previousId = approved.id;
        draft.changeReason = reason;
        draft.overallGoal = approved.overallGoal;
        draft.yearGoal = approved.yearGoal;
        draft.projectNature = approved.projectNature;
        draft.totalFunds = approved.totalFunds;
        draft.fiscalFunds = approved.fiscalFunds;
        draft.otherFunds = approved.otherFunds;
        draft.createdBy = access.actor();
        draft.createdAt = OffsetDateTime.now();
        draft.persist();
        for (TargetIndicator i : TargetIndicator.ofTarget(approved.id)) {
            var copy = new TargetIndicator();
            copy.targetId = draft.id;
            copy.position = i.position;
            copy.level1 = i.level1;
            copy.level2 = i.level2;
            copy.name = i.name;
            copy.comparator = i.comparator;
            copy.targetValue = i.targetValue;
            copy.targetText = i.targetText;
            copy.unit = i.unit;
            copy.persist();
        }
        for (TargetPlanStep s : TargetPlanStep.ofTarget(approved.id)) {
            var copy = new TargetPlanStep();
            copy.targetId = draft.id;
            copy.position = s.position;
            copy.name = s.name;
            copy.deliverable = s.deliverable;
            copy.plannedStart = s.plannedStart;
            copy.plannedFinish = s.plannedFinish;
            copy.actualFinish = s.actualFinish;
            copy.persist();
        }
        event(draft, TargetEvent.REVISED, reason);
        PerformanceTarget.getEntityManager().flush();
        var after = viewOf(draft);
        audit.record("REVISE", ENTITY, draft.id, null, after);
        return after;
    }

    // ---------- helpers ----------

    /** A target table the user may read: another region's is a 404 like a missing one, another department's a 403. */
    PerformanceTarget readable(long id) {
        PerformanceTarget target = PerformanceTarget.<PerformanceTarget>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (target.projectId != null) {
            access.requireReadProject(target.projectId, target.departmentId);
        } else {
            access.requireReadDepartment(target.departmentId);
        }
        return target;
    }

    private PerformanceTarget editable(long id) {
        PerformanceTarget target = readable(id);
        access.requireEditDepartment(target.departmentId);
        return target;
    }

    private PerformanceTarget decidable(long id, ReviewInput input) {
        PerformanceTarget target = readable(id);
        access.requireApprover();
        Versions.require(input.version(), target.version);
        if (target.status != TargetStatus.SUBMITTED) {
            throw Refusals.conflict(
                    "not_submitted",
                    "只能审核已提交的目标表，当前状态：" + target.status.label()
                            + " (only a submitted target table can be approved or returned)");
        }
        return target;
    }

    private static void requireEditableStatus(PerformanceTarget target) {
        if (!target.status.editable()) {
            throw Refusals.conflict(
                    "not_editable",
                    "目标表" + target.status.label() + "，不能修改 (a target table is not edited after submission)");
        }
    }

    private void decided(PerformanceTarget target, ReviewInput input) {
        target.decidedBy = access.actor();
        target.decidedAt = OffsetDateTime.now();
        target.decisionNote = blankToNull(input.comment());
    }

    private TargetView step(
            PerformanceTarget target, TargetView before, String auditAction, String event, String comment) {
        event(target, event, comment);
        PerformanceTarget.getEntityManager().flush();
        var after = viewOf(target);
        audit.record(auditAction, ENTITY, target.id, before, after);
        return after;
    }

    private void event(PerformanceTarget target, String action, String comment) {
        var event = new TargetEvent();
        event.targetId = target.id;
        event.action = action;
        event.actor = access.actor();
        event.at = OffsetDateTime.now();
        event.comment = comment;
        event.persist();
    }

    private static void apply(PerformanceTarget target, TargetInput input) {
        target.overallGoal = blankToNull(input.overallGoal());
        target.yearGoal = blankToNull(input.yearGoal());
        target.projectNature =
                input.projectNature() == null ? null : input.projectNature().name();
        target.totalFunds = input.totalFunds();
        target.fiscalFunds = input.fiscalFunds();
        target.otherFunds = input.otherFunds();
    }

    private static void replaceChildren(PerformanceTarget target, TargetInput input) {
        if (input.indicators() != null) {
            TargetIndicator.delete("targetId", target.id);
            int position = 0;
            for (IndicatorInput row : input.indicators()) {
                var indicator = new TargetIndicator();
                indicator.targetId = target.id;
                indicator.position = position++;
                indicator.level1 = row.level1().strip();
                indicator.level2 = row.level2().strip();
                indicator.name = row.name().strip();
                indicator.comparator = TargetRules.comparator(row.comparator());
                indicator.targetValue = row.targetValue();
                indicator.targetText = blankToNull(row.targetText());
                indicator.unit = blankToNull(row.unit());
                indicator.persist();
            }
        }
        if (input.planSteps() != null) {
            TargetPlanStep.delete("targetId", target.id);
            int position = 0;
            for (StepInput row : input.planSteps()) {
                var step = new TargetPlanStep();
                step.targetId = target.id;
                step.position = position++;
                step.name = row.name().strip();
                step.deliverable = blankToNull(row.deliverable());
                step.plannedStart = row.plannedStart();
                step.plannedFinish = row.plannedFinish();
                step.actualFinish = row.actualFinish();
                step.persist();
            }
        }
    }

    private TargetView viewOf(PerformanceTarget t) {
        String departmentName = Department.<Department>findByIdOptional(t.departmentId)
                .map(d -> d.name)
                .orElse("—");
        String projectName = t.projectId == null
                ? null
                : Project.<Project>findByIdOptional(t.projectId)
                        .map(p -> p.name)
                        .orElse("—");
        String subject = projectName != null ? projectName : departmentName + "部门整体支出";
        boolean ownEditor = access.canEditDepartment(t.departmentId);
        List<PerformanceTarget> versions = PerformanceTarget.versions(t.departmentId, t.projectId, t.year);
        boolean noneOpen = versions.stream().noneMatch(v -> v.status.open());
        var actions = new TargetView.Actions(
                ownEditor && t.status.editable(),
                ownEditor && t.status.editable(),
                access.isFinanceReviewer() && t.status == TargetStatus.SUBMITTED,
                ownEditor && t.status == TargetStatus.APPROVED && noneOpen);
        return TargetView.of(
                t,
                departmentName,
                projectName,
                subject,
                TargetIndicator.ofTarget(t.id),
                TargetPlanStep.ofTarget(t.id),
                TargetEvent.ofTarget(t.id),
                versions,
                actions);
    }

    private static Map<Long, String> departmentNames() {
        Map<Long, String> names = new HashMap<>();
        for (Department d : Department.<Department>listAll()) {
            names.put(d.id, d.name);
        }
        return names;
    }

    private static Map<Long, String> projectNames(List<PerformanceTarget> rows) {
        var ids = rows.stream()
                .map(t -> t.projectId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Project p : Project.<Project>list("id in ?1", ids)) {
                names.put(p.id, p.name);
            }
        }
        return names;
    }

    private static Map<Long, Long> indicatorCounts(List<PerformanceTarget> rows) {
        Map<Long, Long> counts = new HashMap<>();
        if (rows.isEmpty()) {
            return counts;
        }
        var ids = rows.stream().map(t -> t.id).toList();
        List<Object[]> found = TargetIndicator.getEntityManager()
                .createQuery(
                        "select i.targetId, count(i) from TargetIndicator i where i.targetId in :ids group by i.targetId",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList();
        for (Object[] row : found) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    private static String subjectName(
            PerformanceTarget t, Map<Long, String> departmentNames, Map<Long, String> projectNames) {
        if (t.projectId != null) {
            return projectNames.getOrDefault(t.projectId, "—");
        }
        return departmentNames.getOrDefault(t.departmentId, "—") + "部门整体支出";
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
