package cn.jixiao.portal.project.dto;

import cn.jixiao.portal.project.FundingLevel;
import java.math.BigDecimal;
import java.util.List;

/**
 * GET /api/projects/{id}/funds: planned, arrived, spent and balance per government level and in
 * total (万元), the two ratios as percentages (null = 不适用), and whether the reported spending
 * equals the sum of the expenditure entries.
 */
public record FundsView(
        long projectId,
        String unit,
        List<LevelFunds> levels,
        Amounts total,
        BigDecimal fundsArrivalRate,
        BigDecimal budgetExecutionRate,
        BigDecimal expenditureTotal,
        boolean spentMatchesEntries) {

    /** No spending reported and no entry recorded: there is nothing to compare yet. */
    public boolean nothingSpent() {
        return total.spent().signum() == 0 && expenditureTotal.signum() == 0;
    }

    /** planned, arrived, spent, and balance = arrived − spent. */
    public record Amounts(BigDecimal planned, BigDecimal arrived, BigDecimal spent, BigDecimal balance) {}

    public record LevelFunds(
            FundingLevel level,
            String label,
            BigDecimal planned,
            BigDecimal arrived,
            BigDecimal spent,
            BigDecimal balance) {

        public boolean recorded() {
            return planned != null;
        }
    }

    /** All five levels in the form's order, the unrecorded ones empty (for the page's table). */
    public List<LevelFunds> everyLevel() {
        return java.util.Arrays.stream(FundingLevel.values())
                .map(level -> levels.stream()
                        .filter(l -> l.level() == level)
                        .findFirst()
                        .orElse(new LevelFunds(level, level.label, null, null, null, null)))
                .toList();
    }
}
