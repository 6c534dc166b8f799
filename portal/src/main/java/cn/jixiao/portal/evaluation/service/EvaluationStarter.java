package cn.jixiao.portal.evaluation.service;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.platform.publication.EvaluationScope;
import cn.jixiao.portal.evaluation.Evaluation;
import cn.jixiao.portal.evaluation.EvaluationEvent;
import cn.jixiao.portal.evaluation.EvaluationIndicator;
import cn.jixiao.portal.evaluation.EvaluationItem;
import cn.jixiao.portal.evaluation.ItemKind;
import cn.jixiao.portal.indicator.IndicatorTemplate;
import cn.jixiao.portal.indicator.TemplateIndicator;
import cn.jixiao.portal.target.PerformanceTarget;
import cn.jixiao.portal.target.TargetIndicator;
import cn.jixiao.portal.web.Refusals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Starts an evaluation (rights already checked by the caller): copies the template's indicators (later
 * template edits do not reach the copy), fills the targets of the subject's approved target table
 * ({@link TargetMatching}), carries in the open rectification items of last year's evaluation of the
 * same subject, and records the CREATED event.
 */
@ApplicationScoped
public class EvaluationStarter {
    static final String TEMPLATE_NOT_FOUND = "指标体系不存在 (indicator template not found)";

    @Transactional(Transactional.TxType.MANDATORY)
    public Evaluation start(
            Actor actor, long departmentId, Long projectId, int year, EvaluationKind kind, long templateId) {
        IndicatorTemplate template = IndicatorTemplate.<IndicatorTemplate>findByIdOptional(templateId)
                .orElseThrow(() -> new NotFoundException(TEMPLATE_NOT_FOUND));
        EvaluationScope scope = projectId == null ? EvaluationScope.DEPARTMENT : EvaluationScope.PROJECT;
        if (template.subjectKind != null && template.subjectKind != scope) {
            throw Refusals.invalid(
                    "templateId",
                    scope == EvaluationScope.PROJECT
                            ? "该指标体系用于部门整体支出，不能用于项目评价 (this template is for a department's whole spending, not a project)"
                            : "该指标体系用于项目，不能用于部门整体支出评价 (this template is for projects, not a department's whole spending)");
        }
        List<TemplateIndicator> source = TemplateIndicator.ofTemplate(templateId);
        if (source.isEmpty()) {
            throw Refusals.invalid("templateId", "该指标体系还没有指标 (the template has no indicators)");
        }
        if (exists(departmentId, projectId, year, kind)) {
            throw Refusals.conflict(
                    "exists",
                    "该评价对象本年度已有同类绩效评价 (this subject already has an evaluation of this kind for " + year + ")");
        }
        var evaluation = new Evaluation();
        evaluation.departmentId = departmentId;
        evaluation.projectId = projectId;
        evaluation.year = year;
        evaluation.kind = kind;
        evaluation.templateId = template.id;
        evaluation.templateName = template.name;
        evaluation.createdBy = actor.username();
        evaluation.updatedAt = OffsetDateTime.now();
        evaluation.persist();

        List<EvaluationIndicator> copies = copy(evaluation.id, source);
        List<String> unmatched = PerformanceTarget.approved(departmentId, projectId, year)
                .map(target -> applyTarget(evaluation, target, copies))
                .orElse(List.of());
        int carried = carryOver(evaluation);

        var event = new EvaluationEvent();
        event.evaluationId = evaluation.id;
        event.action = "CREATED";
        event.actor = actor.username();
        event.actorName = actor.displayName();
        event.comment = comment(template, evaluation.targetId, unmatched, carried);
        event.persist();
        return evaluation;
    }

    public static boolean exists(long departmentId, Long projectId, int year, EvaluationKind kind) {
        return projectId == null
                ? Evaluation.count(
                                "departmentId = ?1 and projectId is null and year = ?2 and kind = ?3",
                                departmentId,
                                year,
                                kind)
                        > 0
                : Evaluation.count(
                                "departmentId = ?1 and projectId = ?2 and year = ?3 and kind = ?4",
                                departmentId,
                                projectId,
                                year,
                                kind)
                        > 0;
    }

    /** The template's tree, parents first, with the parent ids remapped to the copies. */
    private static List<EvaluationIndicator> copy(long evaluationId, List<TemplateIndicator> source) {
        Map<Long, Long> ids = new HashMap<>();
        var copies = new ArrayList<EvaluationIndicator>();
        for (TemplateIndicator t : source) {
            var i = new EvaluationIndicator();
            i.evaluationId = evaluationId;
            i.parentId = t.parentId == null ? null : ids.get(t.parentId);
            i.level = t.level;
            i.position = t.position;
            i.name = t.name;
            i.weight = t.weight;
            i.rule = t.rule;
            i.ruleParams = t.ruleParams;
            i.recordKey = t.recordKey;
            i.evidenceRequired = t.evidenceRequired;
            i.description = t.description;
            i.criteria = t.criteria;
            i.persist();
            ids.put(t.id, i.id);
            copies.add(i);
        }
        EvaluationIndicator.getEntityManager().flush();
        return copies;
    }

    /** Copies the overall goal and places the target indicators; returns the names of those left out. */
    private static List<String> applyTarget(
            Evaluation evaluation, PerformanceTarget target, List<EvaluationIndicator> indicators) {
        evaluation.targetId = target.id;
        evaluation.overallGoal =
                target.yearGoal != null && !target.yearGoal.isBlank() ? target.yearGoal : target.overallGoal;
        Map<Long, EvaluationIndicator> byId = indicators.stream().collect(Collectors.toMap(i -> i.id, i -> i));
        var parents =
                indicators.stream().map(i -> i.parentId).filter(p -> p != null).collect(Collectors.toSet());
        var leaves = new ArrayList<TargetMatching.Leaf>();
        for (EvaluationIndicator i : indicators) {
            if (parents.contains(i.id) || i.level == 1) {
                continue;
            }
            EvaluationIndicator parent = byId.get(i.parentId);
            EvaluationIndicator grand = parent == null || parent.parentId == null ? parent : byId.get(parent.parentId);
            leaves.add(new TargetMatching.Leaf(
                    i.id, i.name, parent == null ? "" : parent.name, grand == null ? "" : grand.name));
        }
        Map<Long, TargetIndicator> rows = new HashMap<>();
        var targets = new ArrayList<TargetMatching.Target>();
        for (TargetIndicator t : TargetIndicator.ofTarget(target.id)) {
            rows.put(t.id, t);
            targets.add(new TargetMatching.Target(t.id, t.level1, t.level2, t.name));
        }
        var placement = TargetMatching.place(leaves, targets);
        placement.byLeaf().forEach((leafId, placed) -> fill(byId.get(leafId), placed, rows));
        return placement.unmatched().stream().map(TargetMatching.Target::name).toList();
    }

    private static void fill(
            EvaluationIndicator leaf, List<TargetMatching.Target> placed, Map<Long, TargetIndicator> rows) {
        int k = placed.size();
        BigDecimal share = leaf.weight.divide(BigDecimal.valueOf(k), 2, RoundingMode.DOWN);
        BigDecimal first = leaf.weight.subtract(share.multiply(BigDecimal.valueOf(k - 1)));
        setTarget(leaf, rows.get(placed.get(0).id()));
        leaf.weight = first;
        for (int n = 1; n < k; n++) {
            TargetIndicator t = rows.get(placed.get(n).id());
            var extra = new EvaluationIndicator();
            extra.evaluationId = leaf.evaluationId;
            extra.parentId = leaf.parentId;
            extra.level = leaf.level;
            extra.position = leaf.position;
            extra.name = t.name;
            extra.weight = share;
            extra.rule = leaf.rule;
            extra.ruleParams = leaf.ruleParams;
            extra.recordKey = leaf.recordKey;
            extra.evidenceRequired = leaf.evidenceRequired;
            extra.criteria = leaf.criteria;
            setTarget(extra, t);
            extra.persist();
        }
    }

    private static void setTarget(EvaluationIndicator leaf, TargetIndicator t) {
        leaf.targetIndicatorId = t.id;
        leaf.comparator = t.comparator;
        leaf.targetValue = t.targetValue;
        // the target as the table states it: its value (with sign and unit) or, for a qualitative one, its text
        leaf.targetText = t.targetText != null && !t.targetText.isBlank() ? t.targetText : null;
        leaf.unit = t.unit;
        if (leaf.description == null || leaf.description.isBlank()) {
            leaf.description = t.name;
        }
    }

    /** Last year's evaluations of the same subject (any kind): their open rectification items, as new items. */
    private static int carryOver(Evaluation evaluation) {
        List<Evaluation> previous = evaluation.projectId == null
                ? Evaluation.list(
                        "departmentId = ?1 and projectId is null and year = ?2",
                        evaluation.departmentId,
                        evaluation.year - 1)
                : Evaluation.list(
                        "departmentId = ?1 and projectId = ?2 and year = ?3",
                        evaluation.departmentId,
                        evaluation.projectId,
                        evaluation.year - 1);
        int position = 0;
        for (Evaluation last : previous) {
            for (EvaluationItem old : EvaluationItem.ofEvaluation(last.id)) {
                if (old.kind != ItemKind.RECTIFICATION || old.status == null || !old.status.open()) {
                    continue;
                }
                var item = new EvaluationItem();
                item.evaluationId = evaluation.id;
                item.kind = ItemKind.RECTIFICATION;
                item.position = position++;
                item.text = old.text;
                item.ownerDepartmentId = old.ownerDepartmentId;
                item.ownerName = old.ownerName;
                item.dueOn = old.dueOn;
                item.status = old.status;
                item.note = old.note;
                item.carriedFromId = old.id;
                item.persist();
            }
        }
        return position;
    }

    private static String comment(IndicatorTemplate template, Long targetId, List<String> unmatched, int carried) {
        var text = new StringBuilder("按指标体系“" + template.name + "”建立");
        if (targetId != null) {
            text.append("；已带入批复的绩效目标");
        }
        if (!unmatched.isEmpty()) {
            text.append("；未能对应到指标的目标：").append(String.join("、", unmatched));
        }
        if (carried > 0) {
            text.append("；结转上年未完成整改事项 ").append(carried).append(" 项");
        }
        return text.toString();
    }
}
