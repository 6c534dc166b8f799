package cn.jixiao.portal.evaluation.service;

import cn.jixiao.platform.demo.DemoDataConfig;
import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.department.Department;
import cn.jixiao.portal.evaluation.Evaluation;
import cn.jixiao.portal.evaluation.EvaluationEvaluator;
import cn.jixiao.portal.evaluation.EvaluationEvent;
import cn.jixiao.portal.evaluation.EvaluationIndicator;
import cn.jixiao.portal.evaluation.EvaluationStatus;
import cn.jixiao.portal.indicator.IndicatorTemplate;
import cn.jixiao.portal.indicator.ScoringRule;
import cn.jixiao.portal.project.FundingLevel;
import cn.jixiao.portal.project.Project;
import cn.jixiao.portal.project.ProjectFund;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo evaluations of the five seed documents, made at start (after the ready templates, priority
 * 100) through the evaluation services, so every score, total and grade is the product's computation.
 * Idempotent: a subject that has its evaluation is left alone. All five are APPROVED on the day their
 * report was published, as the seeds were; seed 000's keeps its open rectification items.
 */
@ApplicationScoped
public class DemoEvaluations {
    @Inject
    DemoDataConfig config;

    @Inject
    EvaluationStarter starter;

    @Inject
    EvaluationService service;

    @Inject
    EvaluationEditing editing;

    @Inject
    EvaluationScorer scorer;

    @ActivateRequestContext
    void onStart(@Observes @Priority(200) StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        for (DemoSpec spec : DemoSpecs.all()) {
            try {
                Long id = Tenancy.runAs(
                        spec.tenant(), () -> QuarkusTransaction.requiringNew().call(() -> create(spec)));
                if (id != null) {
                    Log.infof("demo evaluation %s made (id %d)", spec.name(), id);
                }
            } catch (Exception e) {
                Log.warnf(e, "demo evaluation %s not made", spec.name());
            }
        }
    }

    /** Makes the evaluation of a spec in the current tenant (null when it exists or its template is missing). */
    public Long create(DemoSpec spec) {
        Department department = Department.findByCode(spec.departmentCode()).orElse(null);
        if (department == null) {
            return null;
        }
        Optional<IndicatorTemplate> template = spec.templateId() != null
                ? IndicatorTemplate.findByIdOptional(spec.templateId())
                : IndicatorTemplate.find("builtinCode", spec.templateCode()).firstResultOptional();
        if (template.isEmpty()) {
            Log.infof("demo evaluation %s waits for the template %s", spec.name(), spec.templateCode());
            return null;
        }
        Long projectId = null;
        if (spec.project() != null) {
            projectId = project(department, spec.project()).id;
        }
        if (EvaluationStarter.exists(department.id, projectId, spec.year(), spec.kind())) {
            return null;
        }
        Evaluation evaluation =
                starter.start(Actor.DEMO, department.id, projectId, spec.year(), spec.kind(), template.get().id);
        evaluation.overallGoal = spec.goal() != null ? spec.goal() : evaluation.overallGoal;
        evaluation.goalAchieved = spec.achieved();
        evaluation.evaluatorName = spec.evaluatorName();
        evaluation.reportDate = spec.reportDate();
        service.saved("CREATE", evaluation, null, Actor.DEMO);

        // the actual values the seed gives, then the plan for the rest
        for (EvaluationIndicator leaf : EvaluationEditing.leaves(evaluation.id)) {
            BigDecimal actual = keyword(spec.actuals(), leaf.name);
            if (actual != null && leaf.rule != ScoringRule.RECORD) {
                editing.fill(
                        Actor.DEMO,
                        evaluation,
                        leaf.id,
                        new IndicatorInput(actual, null, null, null, null, null, leaf.version));
            }
        }
        var leaves = DemoFill.leaves(EvaluationIndicator.ofEvaluation(evaluation.id));
        var plan = DemoFill.plan(
                leaves,
                spec.levelScores(),
                spec.total(),
                spec.deductFirst(),
                spec.leafScores(),
                spec.reasons(),
                spec.reason());
        for (DemoFill.Entry entry : plan) {
            EvaluationIndicator leaf = EvaluationIndicator.findById(entry.id());
            boolean lost = entry.manual() != null && entry.manual().compareTo(leaf.weight) < 0
                    || entry.ticks() != null
                            && entry.reason() != null
                            && !entry.reason().startsWith("达到");
            editing.fill(
                    Actor.DEMO,
                    evaluation,
                    leaf.id,
                    new IndicatorInput(
                            leaf.actualValue,
                            null,
                            entry.ticks(),
                            entry.manual(),
                            entry.manual() == null ? null : entry.reason(),
                            lost ? entry.reason() : null,
                            leaf.version));
        }
        for (var item : spec.items()) {
            Long owner = item.ownerName() == null
                    ? null
                    : Department.<Department>find("name", item.ownerName())
                            .firstResultOptional()
                            .map(d -> d.id)
                            .orElse(null);
            editing.addItem(
                    Actor.DEMO,
                    evaluation,
                    new ItemInput(
                            item.kind(),
                            item.text(),
                            owner,
                            item.ownerName(),
                            item.dueOn(),
                            item.status(),
                            item.doneOn(),
                            item.note(),
                            null));
        }
        int position = 0;
        for (var person : spec.evaluators()) {
            var row = new EvaluationEvaluator();
            row.evaluationId = evaluation.id;
            row.position = position++;
            row.name = person.name();
            row.title = person.title();
            row.unit = person.unit();
            row.leader = person.leader();
            row.persist();
        }
        if (spec.approvedOn() != null) {
            approve(evaluation, spec.approvedOn());
        }
        return evaluation.id;
    }

    /** Submitted and approved on the day the report was published (demo data: the review step's rows, dated). */
    private static void approve(Evaluation evaluation, LocalDate on) {
        OffsetDateTime at = on.atTime(10, 0).atOffset(ZoneOffset.ofHours(8));
        evaluation.status = EvaluationStatus.APPROVED;
        evaluation.submittedBy = Actor.DEMO.username();
        evaluation.submittedAt = at.minusDays(7);
        evaluation.decidedBy = Actor.DEMO.username();
        evaluation.decidedAt = at;
        for (String action : List.of("SUBMITTED", "APPROVED")) {
            var event = new EvaluationEvent();
            event.evaluationId = evaluation.id;
            event.action = action;
            event.actor = Actor.DEMO.username();
            event.actorName = Actor.DEMO.displayName();
            event.comment = action.equals("APPROVED") ? "演示数据：按已公开的报告审核通过" : "演示数据";
            event.persist();
        }
    }

    /** The seed's project, made with its funds when the demo records do not have it (seed 002's). */
    private static Project project(Department department, DemoSpec.ProjectRef ref) {
        Optional<Project> found =
                Project.find("name = ?1 and year = ?2", ref.name(), ref.year()).firstResultOptional();
        if (found.isPresent()) {
            return found.get();
        }
        var project = new Project();
        project.departmentId = department.id;
        project.name = ref.name();
        project.year = ref.year();
        project.goals = ref.goals();
        project.startsOn = LocalDate.of(ref.year(), 1, 1);
        project.endsOn = LocalDate.of(ref.year(), 12, 31);
        project.persist();
        if (ref.funds() != null) {
            var fund = new ProjectFund();
            fund.projectId = project.id;
            fund.level = FundingLevel.MUNICIPAL;
            fund.planned = ref.funds();
            fund.arrived = ref.funds();
            fund.spent = ref.funds();
            fund.persist();
        }
        return project;
    }

    private static BigDecimal keyword(Map<String, BigDecimal> byKeyword, String name) {
        for (var e : byKeyword.entrySet()) {
            if (name != null && name.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /** For the demo's sake only: which seed, to log. */
    static EvaluationKind kind(String code) {
        return EvaluationKind.valueOf(code);
    }
}
