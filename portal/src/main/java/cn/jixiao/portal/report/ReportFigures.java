package cn.jixiao.portal.report;

import cn.jixiao.platform.publication.EvaluationScope;
import cn.jixiao.portal.evaluation.sheet.SelfEvaluationTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a report states from the records, read fresh each time it is rendered: the evaluation's
 * subject, funds (万元, from the national self-evaluation table's funds block), scores by level, grade,
 * indicators and items. Narratives cite these through {@link Placeholder}s; tables show them.
 */
public record ReportFigures(
        long evaluationId,
        EvaluationScope scope,
        int year,
        String kindLabel,
        String subjectName,
        String departmentName,
        BigDecimal initialBudget,
        BigDecimal budget,
        BigDecimal spent,
        BigDecimal executionRate,
        BigDecimal arrivalRate,
        BigDecimal totalScore,
        String gradeLabel,
        List<Level> levels,
        String expectedGoal,
        String achievedGoal,
        String evaluatorName,
        LocalDate reportDate,
        List<String> evaluators,
        List<Item> items,
        SelfEvaluationTable table) {

    /** A level-1 indicator: its weight and score. */
    public record Level(String name, BigDecimal weight, BigDecimal score) {}

    /** A problem, suggestion or rectification item of the evaluation. */
    public record Item(String kind, String kindLabel, String text, String owner, LocalDate dueOn, String statusLabel) {}

    public List<Item> items(String kind) {
        return items.stream().filter(i -> i.kind().equals(kind)).toList();
    }

    /** The budget in 元 for the open data (the records keep 万元). */
    public BigDecimal budgetYuan() {
        return budget == null
                ? null
                : budget.multiply(BigDecimal.valueOf(10_000)).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
