package cn.jixiao.portal.project.service;

import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.audit.AuditView;
import cn.jixiao.portal.project.EconomicClasses;
import cn.jixiao.portal.project.Expenditure;
import cn.jixiao.portal.project.FundingLevel;
import cn.jixiao.portal.project.Funds;
import cn.jixiao.portal.project.Project;
import cn.jixiao.portal.project.Project.ProjectSort;
import cn.jixiao.portal.project.ProjectChange;
import cn.jixiao.portal.project.ProjectFund;
import cn.jixiao.portal.project.dto.FundLine;
import cn.jixiao.portal.project.dto.FundsView;
import cn.jixiao.portal.project.dto.ProjectInput;
import cn.jixiao.portal.project.dto.ProjectStanding;
import cn.jixiao.portal.project.dto.ProjectSummary;
import cn.jixiao.portal.project.dto.ProjectView;
import cn.jixiao.portal.project.web.ProjectForm;
import cn.jixiao.portal.web.Paged;
import cn.jixiao.portal.web.Paging;
import cn.jixiao.portal.web.Refusals;
import cn.jixiao.portal.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Projects and their funds: reads for everyone allowed, changes for the department's editors, audited. */
@ApplicationScoped
public class ProjectService {
    static final String ENTITY = "Project";

    @Inject
    ProjectLookup lookup;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Transactional
    public Paged<ProjectSummary> page(Long departmentId, Integer year, int page, int size, String sort) {
        var filter = lookup.scope(departmentId, year);
        var order = ProjectSort.parse(sort);
        Map<Long, String> names = lookup.departmentNames();
        var items = Project.listPage(filter, order, page, size).stream()
                .map(p -> ProjectSummary.of(p, names.getOrDefault(p.departmentId, "—")))
                .toList();
        return new Paged<>(
                items, Project.countMatching(filter), page, size, order.name().toLowerCase());
    }

    @Transactional
    public ProjectView view(long id) {
        return viewOf(lookup.readable(id));
    }

    /** Whether the user may create projects: a department editor of their own department. */
    @Transactional
    public boolean canCreate() {
        return access.ownDepartmentId().map(access::canEditDepartment).orElse(false);
    }

    /** The department a new project of the current user belongs to: their own, as its editor (else 403). */
    @Transactional
    public ProjectForm.Department newProjectDepartment() {
        long own = access.ownDepartmentId()
                .orElseThrow(() -> new jakarta.ws.rs.ForbiddenException(
                        "只有部门填报人可以新建项目 (only a department editor may create a project)"));
        access.requireEditDepartment(own);
        return new ProjectForm.Department(own, lookup.departmentName(own));
    }

    /** A project as its editor opens it for changing (403 for anyone else). */
    @Transactional
    public ProjectView forEditing(long id) {
        return viewOf(lookup.editable(id));
    }

    /** The projects a contract of the department may belong to, newest year first. */
    @Transactional
    public List<ProjectSummary> ofDepartment(long departmentId) {
        access.requireReadDepartment(departmentId);
        return Project.listPage(lookup.scope(departmentId, null), ProjectSort.parse("year"), 0, Paging.MAX_SIZE)
                .stream()
                .map(p -> ProjectSummary.of(p, lookup.departmentName(p.departmentId)))
                .toList();
    }

    @Transactional
    public ProjectView create(ProjectInput input) {
        access.requireEditDepartment(input.departmentId());
        checkRules(input, null);
        var project = new Project();
        project.departmentId = input.departmentId();
        apply(project, input);
        project.persist();
        if (input.funds() != null) {
            replaceFunds(project, input.funds());
        }
        var after = viewOf(project);
        audit.record("CREATE", ENTITY, project.id, null, after);
        return after;
    }

    @Transactional
    public ProjectView update(long id, ProjectInput input) {
        Project project = lookup.editable(id);
        Versions.require(input.version(), project.version);
        if (!project.departmentId.equals(input.departmentId())) {
            throw Refusals.invalid("departmentId", "项目所属部门不可更改 (a project cannot move to another department)");
        }
        checkRules(input, project.id);
        var before = viewOf(project);
        if (input.funds() != null) {
            // the funds belong to the project: changing them makes a new version of the project
            Project.getEntityManager().lock(project, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        apply(project, input);
        if (input.funds() != null) {
            replaceFunds(project, input.funds());
        }
        Project.getEntityManager().flush();
        var after = viewOf(project);
        audit.record("UPDATE", ENTITY, project.id, before, after);
        return after;
    }

    @Transactional
    public FundsView funds(long id) {
        Project project = lookup.readable(id);
        return fundsOf(project.id);
    }

    @Transactional
    public ProjectStanding standing(long id) {
        Project project = lookup.readable(id);
        FundsView funds = fundsOf(project.id);
        BigDecimal approved =
                ProjectChange.lastApprovedTotal(project.id).map(c -> c.newTotal).orElse(null);
        return ProjectStanding.of(
                ProjectChange.countPending(project.id), funds.total().planned(), approved);
    }

    /** The audit trail of the project record itself (funds included), newest first. */
    @Transactional
    public List<AuditView> history(long id, int page, int size) {
        Project project = lookup.readable(id);
        return audit.history(ENTITY, project.id, page, size);
    }

    static FundsView fundsOf(long projectId) {
        var recorded = ProjectFund.listForProject(projectId).stream()
                .map(f -> new Funds.LevelAmounts(f.level, f.planned, f.arrived, f.spent))
                .toList();
        return Funds.summarize(projectId, recorded, Expenditure.totalForProject(projectId));
    }

    private ProjectView viewOf(Project project) {
        return ProjectView.of(
                project, lookup.departmentName(project.departmentId), ProjectFund.listForProject(project.id));
    }

    private static void checkRules(ProjectInput input, Long projectId) {
        if (input.startsOn() != null && input.endsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            throw Refusals.invalid("endsOn", "结束日期不能早于开始日期 (endsOn must not be before startsOn)");
        }
        String code = blankToNull(input.budgetCode());
        if (code != null && Project.budgetCodeTaken(code, input.year(), projectId)) {
            throw Refusals.invalid("budgetCode", "本年度已有项目使用该预算编码 (another project of this year has this budget code)");
        }
        if (input.funds() != null) {
            var levels = new HashSet<FundingLevel>();
            for (FundLine line : input.funds()) {
                if (!levels.add(line.level())) {
                    throw Refusals.invalid("funds", "每个资金级次只能填写一行 (one line per funding level)");
                }
            }
        }
    }

    private static void apply(Project project, ProjectInput input) {
        project.name = input.name().strip();
        project.budgetCode = blankToNull(input.budgetCode());
        project.ownerName = blankToNull(input.ownerName());
        project.contact = blankToNull(input.contact());
        project.address = blankToNull(input.address());
        project.startsOn = input.startsOn();
        project.endsOn = input.endsOn();
        project.goals = blankToNull(input.goals());
        project.year = input.year();
        if (input.economicClasses() != null) {
            List<String> classes = EconomicClasses.normalizeAll("economicClasses", input.economicClasses());
            project.economicClasses = classes.isEmpty() ? null : classes;
        }
        if (input.status() != null) {
            project.status = input.status();
        }
    }

    private static void replaceFunds(Project project, List<FundLine> lines) {
        Map<FundingLevel, ProjectFund> existing = new EnumMap<>(FundingLevel.class);
        ProjectFund.listForProject(project.id).forEach(f -> existing.put(f.level, f));
        for (FundLine line : lines) {
            ProjectFund fund = existing.remove(line.level());
            if (fund == null) {
                fund = new ProjectFund();
                fund.projectId = project.id;
                fund.level = line.level();
            }
            fund.planned = line.planned();
            fund.arrived = line.arrived();
            fund.spent = line.spent();
            fund.persist();
        }
        existing.values().forEach(ProjectFund::delete);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
