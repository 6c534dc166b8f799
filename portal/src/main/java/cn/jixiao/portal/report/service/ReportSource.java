package cn.jixiao.portal.report.service;

import cn.jixiao.platform.publication.EvaluationScope;
import cn.jixiao.portal.department.Department;
import cn.jixiao.portal.evaluation.Evaluation;
import cn.jixiao.portal.evaluation.EvaluationEvaluator;
import cn.jixiao.portal.evaluation.EvaluationIndicator;
import cn.jixiao.portal.evaluation.EvaluationItem;
import cn.jixiao.portal.evaluation.service.ScoreSheet;
import cn.jixiao.portal.evaluation.sheet.SelfEvaluationTable;
import cn.jixiao.portal.evaluation.sheet.SelfEvaluationTable.FundRow;
import cn.jixiao.portal.evaluation.sheet.SelfEvaluationTables;
import cn.jixiao.portal.report.ReportFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Reads a report's figures from the records of its evaluation: the national self-evaluation table
 * (funds and indicator rows, the same numbers the attached table prints), the level-1 scores, the
 * items and the evaluation group.
 */
@ApplicationScoped
public class ReportSource {
    @Inject
    SelfEvaluationTables tables;

    @Transactional(Transactional.TxType.MANDATORY)
    public ReportFigures figures(Evaluation e) {
        SelfEvaluationTable table = tables.of(e);
        Department department = Department.findById(e.departmentId);
        List<EvaluationIndicator> indicators = EvaluationIndicator.ofEvaluation(e.id);
        var nodes = indicators.stream()
                .map(i -> new ScoreSheet.Node(i.id, i.parentId, i.level, i.weight, i.score()))
                .toList();
        ScoreSheet.Totals totals = ScoreSheet.totals(nodes);
        List<ReportFigures.Level> levels = indicators.stream()
                .filter(i -> i.parentId == null)
                .map(i -> new ReportFigures.Level(i.name, i.weight, totals.of(i.id)))
                .toList();
        FundRow funds = table.funds().getFirst();
        BigDecimal arrival =
                e.scope() == EvaluationScope.PROJECT ? percent(funds.fullYearBudget(), funds.initialBudget()) : null;
        List<ReportFigures.Item> items = EvaluationItem.ofEvaluation(e.id).stream()
                .map(i -> new ReportFigures.Item(
                        i.kind.name(),
                        i.kind.label(),
                        i.text,
                        i.ownerName,
                        i.dueOn,
                        i.status == null ? null : i.status.label()))
                .toList();
        List<String> evaluators = EvaluationEvaluator.ofEvaluation(e.id).stream()
                .map(v -> v.name + (v.title == null ? "" : "（" + v.title + "）"))
                .toList();
        return new ReportFigures(
                e.id,
                e.scope(),
                e.year,
                e.kind.label(),
                table.subjectName(),
                department.name,
                funds.initialBudget(),
                funds.fullYearBudget(),
                funds.spent(),
                funds.ratePercent(),
                arrival,
                table.totalScore(),
                table.gradeLabel(),
                levels,
                e.overallGoal,
                e.goalAchieved,
                e.evaluatorName,
                e.reportDate,
                evaluators,
                items,
                table);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
