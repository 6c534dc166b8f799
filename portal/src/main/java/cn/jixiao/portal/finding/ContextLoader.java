package cn.jixiao.portal.finding;

import cn.jixiao.platform.calendar.WorkingCalendar;
import cn.jixiao.portal.budget.BudgetAdjustment;
import cn.jixiao.portal.budget.DepartmentBudget;
import cn.jixiao.portal.contract.Contract;
import cn.jixiao.portal.contract.Payment;
import cn.jixiao.portal.contract.ThresholdService;
import cn.jixiao.portal.department.Department;
import cn.jixiao.portal.evaluation.Evaluation;
import cn.jixiao.portal.evaluation.EvaluationIndicator;
import cn.jixiao.portal.evaluation.EvaluationItem;
import cn.jixiao.portal.finding.SubjectRecords.ChangeRecord;
import cn.jixiao.portal.finding.SubjectRecords.ContractRecord;
import cn.jixiao.portal.finding.SubjectRecords.DeviceCounts;
import cn.jixiao.portal.finding.SubjectRecords.FundTotals;
import cn.jixiao.portal.finding.SubjectRecords.PlanText;
import cn.jixiao.portal.finding.SubjectRecords.TargetLine;
import cn.jixiao.portal.indicator.RecordKey;
import cn.jixiao.portal.kiosk.AcceptanceDeadlines;
import cn.jixiao.portal.kiosk.AcceptanceDue;
import cn.jixiao.portal.kiosk.Device;
import cn.jixiao.portal.profile.DepartmentProfile;
import cn.jixiao.portal.project.ChangeStatus;
import cn.jixiao.portal.project.Expenditure;
import cn.jixiao.portal.project.Project;
import cn.jixiao.portal.project.ProjectChange;
import cn.jixiao.portal.ratio.RatioKey;
import cn.jixiao.portal.ratio.RatioSet;
import cn.jixiao.portal.region.CalendarDay;
import cn.jixiao.portal.region.Today;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads an evaluation and the records of its subject once, for all the checks (inside the caller's
 * transaction, under the region's locks). Target tables and evidence rows are read with SQL of its own,
 * so the checks do not wait on the target and evidence features' entities.
 */
@ApplicationScoped
public class ContextLoader {
    static final String NOT_FOUND = "评价不存在 (no such evaluation)";

    @Inject
    ThresholdService threshold;

    @Inject
    CheckConfig config;

    @Inject
    Today today;

    public EvaluationContext load(long evaluationId) {
        Evaluation evaluation = Evaluation.<Evaluation>findByIdOptional(evaluationId)
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        return load(evaluation, settings());
    }

    public EvaluationContext.Settings settings() {
        return new EvaluationContext.Settings(
                threshold.threshold(), config.lowExecutionRate(), config.tolerance(), today.get());
    }

    public EvaluationContext load(Evaluation evaluation, EvaluationContext.Settings settings) {
        List<EvaluationIndicator> indicators = EvaluationIndicator.ofEvaluation(evaluation.id);
        List<EvaluationItem> items = EvaluationItem.ofEvaluation(evaluation.id);
        return new EvaluationContext(
                evaluation,
                indicators,
                items,
                records(evaluation, settings.today()),
                withEvidence(evaluation.id),
                settings);
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }

    private SubjectRecords records(Evaluation e, LocalDate today) {
        Project project = e.projectId == null ? null : Project.findById(e.projectId);
        Department department = Department.findById(e.departmentId);
        String name = project != null ? project.name : department == null ? "" : department.name;
        List<Contract> contracts = project != null
                ? Contract.listForProject(project.id)
                : Contract.list(
                        "departmentId = ?1 and (projectId in (select p.id from Project p where p.year = ?2)"
                                + " or (projectId is null and year(signedOn) = ?2))",
                        e.departmentId,
                        e.year);
        Long targetId = e.targetId != null ? e.targetId : approvedTarget(e).orElse(null);
        var plan = new ArrayList<PlanText>();
        if (project != null && project.goals != null) {
            plan.add(new PlanText("项目目标", project.goals));
        }
        if (e.overallGoal != null) {
            plan.add(new PlanText("预期目标", e.overallGoal));
        }
        if (targetId != null) {
            plan.addAll(planSteps(targetId));
        }
        return new SubjectRecords(
                name,
                project == null ? null : funds(project.id),
                project == null ? null : Expenditure.totalForProject(project.id),
                contracts(contracts),
                devices(project != null ? contracts : null, e.departmentId, today),
                project == null ? List.of() : changes(project.id),
                targetId == null ? List.of() : targetLines(targetId),
                plan,
                project == null ? departmentRatios(e.departmentId, e.year) : Map.of());
    }

    private static FundTotals funds(long projectId) {
        Object[] row = em().createQuery(
                        "select sum(f.planned), sum(f.arrived), sum(f.spent), count(f) from ProjectFund f where f.projectId = :p",
                        Object[].class)
                .setParameter("p", projectId)
                .getSingleResult();
        if (((Number) row[3]).longValue() == 0) {
            return null;
        }
        return new FundTotals((BigDecimal) row[0], (BigDecimal) row[1], (BigDecimal) row[2]);
    }

    private static List<ContractRecord> contracts(List<Contract> contracts) {
        if (contracts.isEmpty()) {
            return List.of();
        }
        var ids = contracts.stream().map(c -> c.id).toList();
        Map<Long, BigDecimal> paid = Payment.totalsFor(ids);
        Map<Long, LocalDate> firstPaid = new HashMap<>();
        em().createQuery(
                        "select p.contractId, min(p.paidOn) from Payment p where p.contractId in :ids group by p.contractId",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> firstPaid.put((Long) r[0], (LocalDate) r[1]));
        return contracts.stream()
                .map(c -> new ContractRecord(
                        c.id,
                        c.title,
                        c.vendor,
                        c.amount,
                        c.signedOn,
                        c.workStartedOn,
                        c.procurementMethod,
                        paid.getOrDefault(c.id, BigDecimal.ZERO),
                        firstPaid.get(c.id),
                        c.acceptanceResult,
                        c.acceptedOn))
                .toList();
    }

    /** A project's devices are those bought under its contracts; a department's, all it bought. */
    private static DeviceCounts devices(List<Contract> projectContracts, long departmentId, LocalDate today) {
        List<Device> devices;
        if (projectContracts != null) {
            if (projectContracts.isEmpty()) {
                return DeviceCounts.NONE;
            }
            devices = Device.list(
                    "contractId in ?1", projectContracts.stream().map(c -> c.id).toList());
        } else {
            devices = Device.list("departmentId", departmentId);
        }
        if (devices.isEmpty()) {
            return DeviceCounts.NONE;
        }
        Map<Long, Contract> contracts = new HashMap<>();
        if (projectContracts != null) {
            projectContracts.forEach(c -> contracts.put(c.id, c));
        } else {
            var ids = devices.stream()
                    .map(d -> d.contractId)
                    .filter(id -> id != null)
                    .distinct()
                    .toList();
            if (!ids.isEmpty()) {
                Contract.<Contract>list("id in ?1", ids).forEach(c -> contracts.put(c.id, c));
            }
        }
        WorkingCalendar calendar = contracts.values().stream()
                        .anyMatch(c -> AcceptanceDeadlines.terms(c).isPresent())
                ? CalendarDay.regionCalendar()
                : WorkingCalendar.weekendsOnly();
        int total = 0, accepted = 0, inUse = 0, overdue = 0;
        for (Device d : devices) {
            if (d.retiredOn != null && !d.retiredOn.isAfter(today)) {
                continue;
            }
            total++;
            boolean isAccepted = d.acceptedOn != null && !d.acceptedOn.isAfter(today);
            if (isAccepted) {
                accepted++;
            }
            if ((d.inServiceOn != null && !d.inServiceOn.isAfter(today))
                    || (d.trialStartedOn != null && !d.trialStartedOn.isAfter(today) && !isAccepted)) {
                inUse++;
            }
            if (!isAccepted
                    && AcceptanceDeadlines.of(d, contracts.get(d.contractId), calendar, today)
                            .map(AcceptanceDue::overdue)
                            .orElse(false)) {
                overdue++;
            }
        }
        return new DeviceCounts(total, accepted, inUse, total - accepted, overdue);
    }

    private static List<ChangeRecord> changes(long projectId) {
        return ProjectChange.<ProjectChange>list(
                        "projectId = ?1 and status = ?2 order by id", projectId, ChangeStatus.REQUESTED)
                .stream()
                .map(c -> new ChangeRecord(
                        c.id,
                        c.kind == null ? null : c.kind.name(),
                        c.description,
                        c.status.name(),
                        c.requestedAt == null ? null : c.requestedAt.toLocalDate()))
                .toList();
    }

    private static Optional<Long> approvedTarget(Evaluation e) {
        List<?> ids = em().createNativeQuery(
                        "select id from performance_target where department_id = ?1 and coalesce(project_id, 0) = ?2"
                                + " and year = ?3 and status = 'APPROVED' order by version_no desc limit 1")
                .setParameter(1, e.departmentId)
                .setParameter(2, e.projectId == null ? 0L : e.projectId)
                .setParameter(3, e.year)
                .getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(((Number) ids.get(0)).longValue());
    }

    @SuppressWarnings("unchecked")
    private static List<TargetLine> targetLines(long targetId) {
        List<Object[]> rows = em().createNativeQuery(
                        "select level1, level2, name, target_value, target_text, unit from target_indicator"
                                + " where target_id = ?1 order by position, id")
                .setParameter(1, targetId)
                .getResultList();
        return rows.stream()
                .map(r -> new TargetLine(
                        (String) r[0], (String) r[1], (String) r[2], (BigDecimal) r[3], (String) r[4], (String) r[5]))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<PlanText> planSteps(long targetId) {
        List<Object[]> rows = em().createNativeQuery(
                        "select name, deliverable from target_plan_step where target_id = ?1 order by position, id")
                .setParameter(1, targetId)
                .getResultList();
        var plan = new ArrayList<PlanText>();
        for (Object[] r : rows) {
            String step = (String) r[0];
            String deliverable = (String) r[1];
            plan.add(new PlanText("实施计划「" + step + "」", deliverable == null ? step : step + " " + deliverable));
        }
        return plan;
    }

    @SuppressWarnings("unchecked")
    private static Set<Long> withEvidence(long evaluationId) {
        List<Number> ids = em().createNativeQuery(
                        "select distinct f.owner_id from evidence_file f join evaluation_indicator i on i.id = f.owner_id"
                                + " where f.owner_kind = 'INDICATOR' and f.current and i.evaluation_id = ?1")
                .setParameter(1, evaluationId)
                .getResultList();
        var set = new HashSet<Long>();
        ids.forEach(n -> set.add(n.longValue()));
        return set;
    }

    private static final Map<RatioKey, RecordKey> RATIOS = Map.of(
            RatioKey.STAFF_CONTROL, RecordKey.STAFF_CONTROL_RATE,
            RatioKey.THREE_PUBLIC_CONTROL, RecordKey.THREE_PUBLIC_CONTROL_RATE,
            RatioKey.PUBLIC_FUNDS_CONTROL, RecordKey.PUBLIC_FUNDS_CONTROL_RATE,
            RatioKey.PROCUREMENT_EXECUTION, RecordKey.PROCUREMENT_EXECUTION_RATE,
            RatioKey.FIXED_ASSET_UTILIZATION, RecordKey.FIXED_ASSET_USE_RATE,
            RatioKey.BUDGET_ADJUSTMENT, RecordKey.BUDGET_ADJUSTMENT_RATE,
            RatioKey.BUDGET_COMPLETION, RecordKey.BUDGET_COMPLETION_RATE);

    private static Map<RecordKey, BigDecimal> departmentRatios(long departmentId, int year) {
        var budget = DepartmentBudget.findFor(departmentId, year).orElse(null);
        var profile = DepartmentProfile.findFor(departmentId, year).orElse(null);
        if (budget == null && profile == null) {
            return Map.of();
        }
        var set = RatioSet.of(
                budget == null ? null : budget.figures(BudgetAdjustment.listForBudget(budget.id)),
                profile == null ? null : profile.staffFigures());
        var ratios = new EnumMap<RecordKey, BigDecimal>(RecordKey.class);
        RATIOS.forEach((ratio, key) -> {
            BigDecimal value = set.value(ratio);
            if (value != null) {
                ratios.put(key, value);
            }
        });
        return ratios;
    }
}
