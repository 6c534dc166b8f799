package cn.jixiao.portal.evaluation.sheet;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.util.List;

/**
 * 项目支出绩效自评表 (or, for a department's whole spending, 部门整体支出绩效自评表) of one evaluation, as
 * the national form lays it out (财预〔2020〕10号): the header, the funds block in 万元, the overall goal
 * beside what was achieved, one row per scored indicator, the total. Both the Excel sheet and the print
 * page are drawn from this one record.
 */
@TemplateData
public record SelfEvaluationTable(
        long evaluationId,
        int year,
        boolean departmentWide,
        String title,
        String subjectLabel,
        String subjectName,
        String competentDepartment,
        String implementingUnit,
        List<FundRow> funds,
        String expectedGoal,
        String achievedGoal,
        List<IndicatorRow> indicators,
        BigDecimal totalScore,
        String gradeLabel,
        String evaluatorName) {

    /** 分值 of the funds block. */
    public static final BigDecimal FUNDS_WEIGHT = BigDecimal.TEN;

    /**
     * One line of the funds block, in 万元 (null: the records do not have it). Weight, rate and score are
     * on the first line (年度资金总额) only; the rate is in percent.
     */
    @TemplateData
    public record FundRow(
            String label,
            BigDecimal initialBudget,
            BigDecimal fullYearBudget,
            BigDecimal spent,
            BigDecimal weight,
            BigDecimal ratePercent,
            BigDecimal score) {}

    /**
     * One indicator row. The level-1 and level-2 names are printed on the first row of their group, with
     * the span of rows they cover (0 on the rows below, which the merged cell covers).
     */
    @TemplateData
    public record IndicatorRow(
            String level1,
            int level1Span,
            String level2,
            int level2Span,
            String level3,
            String target,
            String actual,
            BigDecimal weight,
            BigDecimal score,
            String deviation) {}

    public String fileName() {
        return year + "年" + title + "-" + subjectName + ".xlsx";
    }
}
