package cn.jixiao.portal.evaluation.sheet;

import cn.jixiao.platform.publication.Grade;
import cn.jixiao.portal.budget.BudgetAdjustment;
import cn.jixiao.portal.budget.DepartmentBudget;
import cn.jixiao.portal.department.Department;
import cn.jixiao.portal.evaluation.Evaluation;
import cn.jixiao.portal.evaluation.EvaluationIndicator;
import cn.jixiao.portal.evaluation.EvaluationRights;
import cn.jixiao.portal.evaluation.sheet.SelfEvaluationTable.FundRow;
import cn.jixiao.portal.evaluation.sheet.SelfEvaluationTable.IndicatorRow;
import cn.jixiao.portal.indicator.RecordKey;
import cn.jixiao.portal.project.FundingLevel;
import cn.jixiao.portal.project.Project;
import cn.jixiao.portal.project.ProjectFund;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the national self-evaluation table of an evaluation from its records: the project's funds by
 * level (or the department's budget of the year), the goals, and the indicators in tree order. The
 * 预算执行率 indicator (a RECORD indicator on BUDGET_EXECUTION_RATE), when the evaluation has one, is the
 * funds block's score and not repeated among the indicator rows.
 */
@ApplicationScoped
public class SelfEvaluationTables {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    EvaluationRights rights;

    @Transactional
    public SelfEvaluationTable table(long evaluationId) {
        return of(rights.readable(evaluationId));
    }

    /** The table of an evaluation the caller may already read (a report made from it, the demo loader). */
    @Transactional(Transactional.TxType.MANDATORY)
    public SelfEvaluationTable of(Evaluation e) {
        Department department = Department.findById(e.departmentId);
        Department competent = department.parentId == null ? department : Department.findById(department.parentId);
        List<EvaluationIndicator> all = EvaluationIndicator.ofEvaluation(e.id);
        Optional<EvaluationIndicator> executionRate = all.stream()
                .filter(i -> i.recordKey == RecordKey.BUDGET_EXECUTION_RATE && isLeaf(i, all))
                .findFirst();
        BigDecimal fundsScore = executionRate.map(EvaluationIndicator::score).orElse(null);
        boolean departmentWide = e.projectId == null;
        List<FundRow> funds;
        String subjectName;
        if (departmentWide) {
            subjectName = department.name;
            funds = departmentFunds(e, fundsScore);
        } else {
            Project project = Project.findById(e.projectId);
            subjectName = project.name;
            funds = projectFunds(project, fundsScore);
        }
        List<IndicatorRow> rows =
                indicatorRows(all, executionRate.map(i -> i.id).orElse(null));
        BigDecimal total = e.totalScore != null ? e.totalScore : sumOfLeaves(all);
        Grade grade = e.grade != null ? e.grade : Grade.forScore(total);
        return new SelfEvaluationTable(
                e.id,
                e.year,
                departmentWide,
                departmentWide ? "部门整体支出绩效自评表" : "项目支出绩效自评表",
                departmentWide ? "部门（单位）名称" : "项目名称",
                subjectName,
                competent.name,
                department.name,
                funds,
                e.overallGoal,
                e.goalAchieved,
                rows,
                total,
                grade == null ? null : grade.label(),
                e.evaluatorName);
    }

    /** 年初预算数 = planned, 全年预算数 = arrived, 全年执行数 = spent, per the project's funding levels. */
    static List<FundRow> projectFunds(Project project, BigDecimal score) {
        List<ProjectFund> levels = ProjectFund.listForProject(project.id);
        if (levels.isEmpty()) {
            return noFunds(score);
        }
        BigDecimal[] total = sum(levels.stream().toList());
        BigDecimal[] fiscal =
                sum(levels.stream().filter(f -> f.level != FundingLevel.OTHER).toList());
        List<ProjectFund> other =
                levels.stream().filter(f -> f.level == FundingLevel.OTHER).toList();
        BigDecimal[] others = other.isEmpty() ? null : sum(other);
        return List.of(
                new FundRow(
                        "年度资金总额",
                        total[0],
                        total[1],
                        total[2],
                        SelfEvaluationTable.FUNDS_WEIGHT,
                        percent(total[2], total[1]),
                        score),
                new FundRow("其中：当年财政拨款", fiscal[0], fiscal[1], fiscal[2], null, null, null),
                // the project's records do not tell last year's carry-over apart: left blank
                new FundRow("上年结转资金", null, null, null, null, null, null),
                new FundRow(
                        "其他资金",
                        others == null ? null : others[0],
                        others == null ? null : others[1],
                        others == null ? null : others[2],
                        null,
                        null,
                        null));
    }

    /**
     * The department's budget of the year: 年初预算数 = 本年收入 + 上年结转, 全年预算数 = 年初 + the
     * adjustments, 全年执行数 = 决算数; 当年财政拨款 is 本年收入 and 上年结转资金 上年结转 (at the start of the year).
     */
    static List<FundRow> departmentFunds(Evaluation e, BigDecimal score) {
        Optional<DepartmentBudget> found = DepartmentBudget.findFor(e.departmentId, e.year);
        if (found.isEmpty()) {
            return noFunds(score);
        }
        DepartmentBudget b = found.get();
        BigDecimal initial = b.initialBudget();
        BigDecimal adjusted = initial;
        for (BudgetAdjustment a : BudgetAdjustment.listForBudget(b.id)) {
            adjusted = adjusted.add(a.amount);
        }
        return List.of(
                new FundRow(
                        "年度资金总额",
                        initial,
                        adjusted,
                        b.finalAccounts,
                        SelfEvaluationTable.FUNDS_WEIGHT,
                        percent(b.finalAccounts, adjusted),
                        score),
                new FundRow("其中：当年财政拨款", b.currentYearIncome, null, null, null, null, null),
                new FundRow("上年结转资金", b.carryOver, null, null, null, null, null),
                new FundRow("其他资金", null, null, null, null, null, null));
    }

    /** The records have no funds for the subject: the block's lines, blank. */
    static List<FundRow> noFunds(BigDecimal score) {
        return List.of(
                new FundRow("年度资金总额", null, null, null, SelfEvaluationTable.FUNDS_WEIGHT, null, score),
                new FundRow("其中：当年财政拨款", null, null, null, null, null, null),
                new FundRow("上年结转资金", null, null, null, null, null, null),
                new FundRow("其他资金", null, null, null, null, null, null));
    }

    static List<IndicatorRow> indicatorRows(List<EvaluationIndicator> all, Long excludedId) {
        Map<Long, List<EvaluationIndicator>> children = new LinkedHashMap<>();
        for (EvaluationIndicator i : all) {
            children.computeIfAbsent(i.parentId, k -> new ArrayList<>()).add(i);
        }
        children.values()
                .forEach(list -> list.sort(Comparator.comparingInt((EvaluationIndicator i) -> i.position)
                        .thenComparing(i -> i.id)));
        var rows = new ArrayList<IndicatorRow>();
        for (EvaluationIndicator l1 : children.getOrDefault(null, List.of())) {
            int l1Start = rows.size();
            List<EvaluationIndicator> l2s = children.getOrDefault(l1.id, List.of());
            if (l2s.isEmpty()) {
                if (!l1.id.equals(excludedId)) {
                    rows.add(row(l1.name, null, null, l1));
                }
            }
            for (EvaluationIndicator l2 : l2s) {
                int l2Start = rows.size();
                List<EvaluationIndicator> l3s = children.getOrDefault(l2.id, List.of());
                if (l3s.isEmpty() && !l2.id.equals(excludedId)) {
                    rows.add(row(l1.name, l2.name, null, l2));
                }
                for (EvaluationIndicator l3 : l3s) {
                    if (!l3.id.equals(excludedId)) {
                        rows.add(row(l1.name, l2.name, l3.name, l3));
                    }
                }
                spanLevel2(rows, l2Start);
            }
            spanLevel1(rows, l1Start);
        }
        return rows;
    }

    private static IndicatorRow row(String l1, String l2, String l3, EvaluationIndicator i) {
        return new IndicatorRow(l1, 1, l2, 1, l3, target(i), actual(i), i.weight, i.score(), i.deviationReason);
    }

    private static void spanLevel2(List<IndicatorRow> rows, int start) {
        int span = rows.size() - start;
        for (int r = start; r < rows.size(); r++) {
            IndicatorRow x = rows.get(r);
            rows.set(
                    r,
                    new IndicatorRow(
                            x.level1(),
                            x.level1Span(),
                            x.level2(),
                            r == start ? span : 0,
                            x.level3(),
                            x.target(),
                            x.actual(),
                            x.weight(),
                            x.score(),
                            x.deviation()));
        }
    }

    private static void spanLevel1(List<IndicatorRow> rows, int start) {
        int span = rows.size() - start;
        for (int r = start; r < rows.size(); r++) {
            IndicatorRow x = rows.get(r);
            rows.set(
                    r,
                    new IndicatorRow(
                            x.level1(),
                            r == start ? span : 0,
                            x.level2(),
                            x.level2Span(),
                            x.level3(),
                            x.target(),
                            x.actual(),
                            x.weight(),
                            x.score(),
                            x.deviation()));
        }
    }

    /** 年度指标值: the target's text, else comparator, value and unit (≥70%). */
    public static String target(EvaluationIndicator i) {
        if (i.targetText != null && !i.targetText.isBlank()) {
            return i.targetText;
        }
        if (i.targetValue == null) {
            return null;
        }
        return symbol(i.comparator) + plain(i.targetValue) + (i.unit == null ? "" : i.unit);
    }

    public static String actual(EvaluationIndicator i) {
        if (i.actualText != null && !i.actualText.isBlank()) {
            return i.actualText;
        }
        return i.actualValue == null ? null : plain(i.actualValue) + (i.unit == null ? "" : i.unit);
    }

    private static String symbol(String comparator) {
        if (comparator == null) {
            return "";
        }
        return switch (comparator) {
            case ">=" -> "≥";
            case "<=" -> "≤";
            case "=" -> "";
            default -> comparator;
        };
    }

    static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal[] sum(List<ProjectFund> funds) {
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal arrived = BigDecimal.ZERO;
        BigDecimal spent = BigDecimal.ZERO;
        for (ProjectFund f : funds) {
            planned = planned.add(f.planned);
            arrived = arrived.add(f.arrived);
            spent = spent.add(f.spent);
        }
        return new BigDecimal[] {planned, arrived, spent};
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    private static boolean isLeaf(EvaluationIndicator i, List<EvaluationIndicator> all) {
        return all.stream().noneMatch(c -> i.id.equals(c.parentId));
    }

    private static BigDecimal sumOfLeaves(List<EvaluationIndicator> all) {
        BigDecimal total = null;
        for (EvaluationIndicator i : all) {
            if (isLeaf(i, all) && i.score() != null) {
                total = total == null ? i.score() : total.add(i.score());
            }
        }
        return total;
    }
}
