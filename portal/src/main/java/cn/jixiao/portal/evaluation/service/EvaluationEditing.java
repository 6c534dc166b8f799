package cn.jixiao.portal.evaluation.service;

import cn.jixiao.portal.department.Department;
import cn.jixiao.portal.evaluation.Evaluation;
import cn.jixiao.portal.evaluation.EvaluationIndicator;
import cn.jixiao.portal.evaluation.EvaluationItem;
import cn.jixiao.portal.evaluation.EvaluationRights;
import cn.jixiao.portal.evaluation.ItemKind;
import cn.jixiao.portal.evaluation.ItemStatus;
import cn.jixiao.portal.indicator.ScoringRule;
import cn.jixiao.portal.web.Refusals;
import cn.jixiao.portal.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Filling an evaluation: a level-3 indicator's figures and scores, and the problems, suggestions and
 * rectification items. Only while the evaluation may change and by who may change it; each save
 * rescores, rechecks and is audited ({@link EvaluationService#saved}).
 */
@ApplicationScoped
public class EvaluationEditing {
    static final String INDICATOR_NOT_FOUND = "评价指标不存在 (indicator not found)";
    static final String ITEM_NOT_FOUND = "事项不存在 (item not found)";

    @Inject
    EvaluationRights rights;

    @Inject
    EvaluationService service;

    @Inject
    EvaluationAudit audit;

    @Transactional
    public EvaluationView fillIndicator(long id, long indicatorId, IndicatorInput input) {
        Evaluation evaluation = rights.editable(id);
        return fill(service.actor(), evaluation, indicatorId, input);
    }

    /** The same without rights (the caller has them, or is the demo loader). */
    @Transactional(Transactional.TxType.MANDATORY)
    public EvaluationView fill(Actor actor, Evaluation evaluation, long indicatorId, IndicatorInput input) {
        EvaluationIndicator indicator = EvaluationIndicator.<EvaluationIndicator>findByIdOptional(indicatorId)
                .filter(i -> i.evaluationId.equals(evaluation.id))
                .orElseThrow(() -> new NotFoundException(INDICATOR_NOT_FOUND));
        Versions.require(input.version(), indicator.version);
        if (EvaluationIndicator.count("parentId", indicator.id) > 0) {
            throw Refusals.invalid(
                    "indicatorId",
                    "只能填写三级指标，一、二级指标的得分由下级汇总 (only level-3 indicators are filled; levels 1 and 2 are summed)");
        }
        check(indicator, input);
        var before = EvaluationViews.indicator(indicator, null, false, null);
        if (indicator.rule != ScoringRule.RECORD) {
            indicator.actualValue = input.actualValue();
        }
        indicator.actualText = EvaluationService.text(input.actualText());
        indicator.checkedItems = input.checkedItems() == null
                ? null
                : input.checkedItems().stream().distinct().sorted().toList();
        indicator.manualScore = input.manualScore();
        indicator.scoreReason = EvaluationService.text(input.scoreReason());
        indicator.deviationReason = EvaluationService.text(input.deviationReason());
        audit.record(
                actor,
                "FILL",
                "EvaluationIndicator",
                indicator.id,
                before,
                EvaluationViews.indicator(indicator, null, false, null));
        return service.saved("FILL_INDICATOR", evaluation, EvaluationService.brief(evaluation), actor);
    }

    private static void check(EvaluationIndicator indicator, IndicatorInput input) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (input.manualScore() != null) {
            if (input.scoreReason() == null || input.scoreReason().isBlank()) {
                errors.put("scoreReason", "人工评分须说明理由 (a hand-entered score needs its reason)");
            }
            if (indicator.weight != null && input.manualScore().compareTo(indicator.weight) > 0) {
                errors.put(
                        "manualScore",
                        "人工评分不能超过该指标分值 " + indicator.weight.stripTrailingZeros().toPlainString()
                                + " (manualScore must not exceed the weight)");
            }
            if (input.manualScore().scale() > 2
                    && input.manualScore().stripTrailingZeros().scale() > 2) {
                errors.put("manualScore", "人工评分最多两位小数 (manualScore has at most two decimals)");
            }
        }
        if (indicator.rule == ScoringRule.RECORD
                && input.actualValue() != null
                && (indicator.actualValue == null || input.actualValue().compareTo(indicator.actualValue) != 0)) {
            errors.put(
                    "actualValue",
                    "该指标的实际值取自业务记录（"
                            + (indicator.actualValue == null
                                    ? "记录中暂无数据"
                                    : indicator.actualValue.stripTrailingZeros().toPlainString() + "%")
                            + "），不能手填；如记录有误请更正记录，或填写人工评分并说明理由 (this actual value comes from the records)");
        }
        if (input.checkedItems() != null) {
            int size = indicator.rule == ScoringRule.CHECKLIST && indicator.ruleParams != null
                    ? indicator.ruleParams.items().size()
                    : indicator.rule == ScoringRule.YES_NO ? 1 : 0;
            for (Integer index : input.checkedItems()) {
                if (index == null || index < 0 || index >= size) {
                    errors.put(
                            "checkedItems",
                            size == 0
                                    ? "该指标没有要点可勾选 (this indicator has no checklist items)"
                                    : "勾选的要点应为 0 至 " + (size - 1) + " (checkedItems must be indices from 0 to "
                                            + (size - 1) + ")");
                    break;
                }
            }
        }
        if (input.actualValue() != null && input.actualValue().abs().compareTo(new BigDecimal("1e13")) >= 0) {
            errors.put("actualValue", "实际值过大 (actualValue is too large)");
        }
        if (!errors.isEmpty()) {
            throw errors.size() == 1
                    ? Refusals.invalid(
                            errors.keySet().iterator().next(),
                            errors.values().iterator().next())
                    : Refusals.invalid(errors);
        }
    }

    @Transactional
    public EvaluationView addItem(long id, ItemInput input) {
        return addItem(service.actor(), rights.editable(id), input);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EvaluationView addItem(Actor actor, Evaluation evaluation, ItemInput input) {
        checkItem(input);
        var item = new EvaluationItem();
        item.evaluationId = evaluation.id;
        item.position = (int) EvaluationItem.count("evaluationId = ?1 and kind = ?2", evaluation.id, input.kind());
        apply(item, input);
        item.persist();
        audit.record(actor, "CREATE", "EvaluationItem", item.id, null, ItemView.of(item, null));
        return service.saved("ADD_ITEM", evaluation, EvaluationService.brief(evaluation), actor);
    }

    @Transactional
    public EvaluationView updateItem(long id, long itemId, ItemInput input) {
        Evaluation evaluation = rights.editable(id);
        EvaluationItem item = item(evaluation, itemId);
        Versions.require(input.version(), item.version);
        checkItem(input);
        var before = ItemView.of(item, null);
        apply(item, input);
        EvaluationItem.getEntityManager().flush();
        audit.record(service.actor(), "UPDATE", "EvaluationItem", item.id, before, ItemView.of(item, null));
        return service.saved("UPDATE_ITEM", evaluation, EvaluationService.brief(evaluation), service.actor());
    }

    @Transactional
    public EvaluationView deleteItem(long id, long itemId, Integer version) {
        Evaluation evaluation = rights.editable(id);
        EvaluationItem item = item(evaluation, itemId);
        Versions.require(version, item.version);
        var before = ItemView.of(item, null);
        EvaluationItem.update("carriedFromId = null where carriedFromId = ?1", item.id);
        item.delete();
        audit.record(service.actor(), "DELETE", "EvaluationItem", itemId, before, null);
        return service.saved("DELETE_ITEM", evaluation, EvaluationService.brief(evaluation), service.actor());
    }

    private static EvaluationItem item(Evaluation evaluation, long itemId) {
        return EvaluationItem.<EvaluationItem>findByIdOptional(itemId)
                .filter(i -> i.evaluationId.equals(evaluation.id))
                .orElseThrow(() -> new NotFoundException(ITEM_NOT_FOUND));
    }

    private static void checkItem(ItemInput input) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (input.ownerDepartmentId() != null && Department.findById(input.ownerDepartmentId()) == null) {
            errors.put("ownerDepartmentId", "责任单位不存在 (no such department in this region)");
        }
        if (input.kind() == ItemKind.RECTIFICATION) {
            if (input.ownerDepartmentId() == null
                    && (input.ownerName() == null || input.ownerName().isBlank())) {
                errors.put("ownerName", "整改事项须写明责任单位 (a rectification item needs its owner)");
            }
            if (input.dueOn() == null) {
                errors.put("dueOn", "整改事项须写明整改期限 (a rectification item needs its due date)");
            }
            if (input.status() == null) {
                errors.put("status", "整改事项须写明整改状态 (a rectification item needs its status)");
            }
        }
        if (input.status() == ItemStatus.DONE
                && input.doneOn() != null
                && input.dueOn() != null
                && input.doneOn().isBefore(input.dueOn().minusYears(10))) {
            errors.put("doneOn", "完成日期不合理 (doneOn is implausible)");
        }
        if (!errors.isEmpty()) {
            throw errors.size() == 1
                    ? Refusals.invalid(
                            errors.keySet().iterator().next(),
                            errors.values().iterator().next())
                    : Refusals.invalid(errors);
        }
    }

    private static void apply(EvaluationItem item, ItemInput input) {
        item.kind = input.kind();
        item.text = input.text().strip();
        item.ownerDepartmentId = input.ownerDepartmentId();
        item.ownerName = EvaluationService.text(input.ownerName());
        if (item.ownerName == null && item.ownerDepartmentId != null) {
            item.ownerName = Department.<Department>findByIdOptional(item.ownerDepartmentId)
                    .map(d -> d.name)
                    .orElse(null);
        }
        item.dueOn = input.dueOn();
        item.status = input.status();
        item.doneOn = input.status() == ItemStatus.DONE ? input.doneOn() : null;
        item.note = EvaluationService.text(input.note());
    }

    /** For tests and the review step: the leaves of an evaluation in order. */
    public static List<EvaluationIndicator> leaves(long evaluationId) {
        List<EvaluationIndicator> all = EvaluationIndicator.ofEvaluation(evaluationId);
        var parents = new java.util.HashSet<Long>();
        all.forEach(i -> {
            if (i.parentId != null) {
                parents.add(i.parentId);
            }
        });
        return all.stream().filter(i -> !parents.contains(i.id)).toList();
    }
}
