package cn.jixiao.portal.evaluation.service;

import cn.jixiao.portal.evaluation.Evaluation;
import cn.jixiao.portal.evaluation.EvaluationIndicator;
import cn.jixiao.portal.evaluation.records.RecordFigures;
import cn.jixiao.portal.evaluation.records.RecordValue;
import cn.jixiao.portal.indicator.RecordKey;
import cn.jixiao.portal.indicator.ScoringRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores an evaluation on every save: a RECORD indicator's actual value is taken from the records
 * (and stored, so the table shows it), each leaf's computed score is what its rule gives, and the
 * evaluation keeps its total, grade and the time it was scored. Only what changed is written.
 */
@ApplicationScoped
public class EvaluationScorer {
    @Inject
    RecordFigures records;

    /** The indicators as scored, their totals and the record figures they read. */
    public record Scored(
            List<EvaluationIndicator> indicators, ScoreSheet.Totals totals, Map<RecordKey, RecordValue> records) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public Scored rescore(Evaluation evaluation) {
        List<EvaluationIndicator> indicators = EvaluationIndicator.ofEvaluation(evaluation.id);
        var parents = new HashSet<Long>();
        indicators.forEach(i -> {
            if (i.parentId != null) {
                parents.add(i.parentId);
            }
        });
        var keys = EnumSet.noneOf(RecordKey.class);
        for (EvaluationIndicator i : indicators) {
            if (i.rule == ScoringRule.RECORD && i.recordKey != null && !parents.contains(i.id)) {
                keys.add(i.recordKey);
            }
        }
        Map<RecordKey, RecordValue> values = keys.isEmpty()
                ? Map.of()
                : records.values(
                        new RecordFigures.Subject(evaluation.departmentId, evaluation.projectId, evaluation.year),
                        keys);
        for (EvaluationIndicator i : indicators) {
            if (parents.contains(i.id)) {
                if (i.computedScore != null) {
                    i.computedScore = null;
                }
                continue;
            }
            if (i.rule == ScoringRule.RECORD && i.recordKey != null) {
                RecordValue v = values.get(i.recordKey);
                var actual = v == null ? null : v.value();
                if (!sameNumber(actual, i.actualValue)) {
                    i.actualValue = actual;
                }
            }
            var computed = ScoreSheet.computed(
                    i.rule, i.ruleParams, i.weight, i.comparator, i.targetValue, i.actualValue, i.checkedItems);
            if (!sameNumber(computed, i.computedScore)) {
                i.computedScore = computed;
            }
        }
        var totals = ScoreSheet.totals(indicators.stream()
                .map(i -> new ScoreSheet.Node(i.id, i.parentId, i.level, i.weight, i.score()))
                .toList());
        if (!sameNumber(totals.total(), evaluation.totalScore) || totals.grade() != evaluation.grade) {
            evaluation.totalScore = totals.total();
            evaluation.grade = totals.grade();
        }
        evaluation.scoredAt = OffsetDateTime.now();
        return new Scored(indicators, totals, values);
    }

    /** The stored scores and totals with the record figures, for reading: nothing is written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Scored read(Evaluation evaluation) {
        List<EvaluationIndicator> indicators = EvaluationIndicator.ofEvaluation(evaluation.id);
        var keys = EnumSet.noneOf(RecordKey.class);
        for (EvaluationIndicator i : indicators) {
            if (i.rule == ScoringRule.RECORD && i.recordKey != null) {
                keys.add(i.recordKey);
            }
        }
        Map<RecordKey, RecordValue> values = keys.isEmpty()
                ? Map.of()
                : records.values(
                        new RecordFigures.Subject(evaluation.departmentId, evaluation.projectId, evaluation.year),
                        keys);
        var totals = ScoreSheet.totals(indicators.stream()
                .map(i -> new ScoreSheet.Node(i.id, i.parentId, i.level, i.weight, i.score()))
                .toList());
        return new Scored(indicators, totals, values);
    }

    private static boolean sameNumber(java.math.BigDecimal a, java.math.BigDecimal b) {
        return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
    }
}
