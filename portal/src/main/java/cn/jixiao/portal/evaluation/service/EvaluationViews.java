package cn.jixiao.portal.evaluation.service;

import cn.jixiao.portal.department.Department;
import cn.jixiao.portal.evaluation.Evaluation;
import cn.jixiao.portal.evaluation.EvaluationEvaluator;
import cn.jixiao.portal.evaluation.EvaluationEvent;
import cn.jixiao.portal.evaluation.EvaluationIndicator;
import cn.jixiao.portal.evaluation.EvaluationItem;
import cn.jixiao.portal.evaluation.EvaluationOpinion;
import cn.jixiao.portal.evaluation.records.RecordValue;
import cn.jixiao.portal.finding.Finding;
import cn.jixiao.portal.finding.FindingState;
import cn.jixiao.portal.indicator.RecordKey;
import cn.jixiao.portal.project.Project;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds what the API answers from the rows (inside the caller's transaction). */
final class EvaluationViews {
    private EvaluationViews() {}

    static EvaluationView of(Evaluation e, EvaluationScorer.Scored scored, boolean editable) {
        var totals = scored.totals();
        Map<RecordKey, RecordValue> records = scored.records();
        var parents = new java.util.HashSet<Long>();
        scored.indicators().forEach(i -> {
            if (i.parentId != null) {
                parents.add(i.parentId);
            }
        });
        List<IndicatorView> indicators = scored.indicators().stream()
                .map(i -> indicator(i, totals.of(i.id), parents.contains(i.id), records.get(i.recordKey)))
                .toList();
        List<EvaluationView.LevelScore> levels = scored.indicators().stream()
                .filter(i -> i.parentId == null)
                .map(i -> new EvaluationView.LevelScore(i.id, i.name, i.weight, totals.of(i.id)))
                .toList();
        Map<Long, String> names = departmentNames();
        String department = names.getOrDefault(e.departmentId, "—");
        String project = projectName(e.projectId);
        return new EvaluationView(
                e.id,
                project != null ? project : department,
                e.scope().name(),
                e.departmentId,
                department,
                e.projectId,
                project,
                e.year,
                e.kind.name(),
                e.kind.label(),
                e.status.name(),
                e.status.label(),
                e.version,
                e.templateId,
                e.templateName,
                e.targetId,
                e.totalScore,
                e.grade == null ? null : e.grade.name(),
                e.grade == null ? null : e.grade.label(),
                e.scoredAt,
                levels,
                indicators,
                totals.unscored(),
                EvaluationItem.ofEvaluation(e.id).stream()
                        .map(i -> ItemView.of(i, i.ownerDepartmentId == null ? null : names.get(i.ownerDepartmentId)))
                        .toList(),
                EvaluationEvaluator.ofEvaluation(e.id).stream()
                        .map(v -> new EvaluationView.EvaluatorView(v.id, v.position, v.name, v.title, v.unit, v.leader))
                        .toList(),
                EvaluationOpinion.ofEvaluation(e.id).stream()
                        .map(o -> new EvaluationView.OpinionView(
                                o.id, o.role.name(), o.role.label(), o.opinion, o.signer, o.signedOn, o.version))
                        .toList(),
                EvaluationEvent.ofEvaluation(e.id).stream()
                        .map(v -> new EvaluationView.EventView(v.id, v.action, v.actor, v.actorName, v.at, v.comment))
                        .toList(),
                Finding.ofEvaluation(e.id).stream()
                        .filter(f -> f.state != FindingState.FIXED)
                        .map(f -> new EvaluationView.FindingView(
                                f.id,
                                f.code,
                                f.severity.name(),
                                f.severity.label(),
                                f.message,
                                f.state.name(),
                                f.state == FindingState.EXPLAINED))
                        .toList(),
                e.overallGoal,
                e.goalAchieved,
                e.evaluatorName,
                e.reportDate,
                e.createdBy,
                e.createdAt,
                e.updatedAt,
                editable);
    }

    static IndicatorView indicator(
            EvaluationIndicator i, java.math.BigDecimal sum, boolean parent, RecordValue record) {
        return new IndicatorView(
                i.id,
                i.parentId,
                i.level,
                i.position,
                i.name,
                i.weight,
                i.rule == null ? null : i.rule.name(),
                i.rule == null ? null : i.rule.label(),
                i.ruleParams,
                i.recordKey == null ? null : i.recordKey.name(),
                i.recordKey == null ? null : i.recordKey.label,
                i.evidenceRequired,
                i.description,
                i.criteria,
                i.targetIndicatorId,
                i.comparator,
                i.targetValue,
                i.targetText,
                i.unit,
                i.actualValue,
                i.actualText,
                record == null ? null : record.value(),
                record == null ? null : record.formula(),
                record == null ? null : record.figures(),
                i.checkedItems,
                i.computedScore,
                i.manualScore,
                i.scoreReason,
                parent ? sum : i.score(),
                parent || i.score() != null,
                i.deviationReason,
                i.version);
    }

    static Map<Long, String> departmentNames() {
        Map<Long, String> names = new HashMap<>();
        for (Department d : Department.<Department>listAll()) {
            names.put(d.id, d.name);
        }
        return names;
    }

    static String projectName(Long projectId) {
        return projectId == null
                ? null
                : Project.<Project>findByIdOptional(projectId).map(p -> p.name).orElse(null);
    }

    static EvaluationSummary summary(Evaluation e, Map<Long, String> departments, Map<Long, String> projects) {
        String department = departments.getOrDefault(e.departmentId, "—");
        String project = e.projectId == null ? null : projects.get(e.projectId);
        return new EvaluationSummary(
                e.id,
                project != null ? project : department,
                e.departmentId,
                department,
                e.projectId,
                project,
                e.year,
                e.kind.name(),
                e.kind.label(),
                e.status.name(),
                e.status.label(),
                e.totalScore,
                e.grade == null ? null : e.grade.name(),
                e.grade == null ? null : e.grade.label(),
                e.version);
    }
}
