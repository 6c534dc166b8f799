package cn.jixiao.portal.project;

import cn.jixiao.portal.project.dto.FundsView;
import cn.jixiao.portal.ratio.Ratio;
import cn.jixiao.portal.web.Money;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The funds arithmetic, computed and never typed in: balance = arrived − spent per level and in
 * total; 资金到位率 = arrived / planned; 预算执行率 = spent / arrived (Ratio: half-up to two decimals,
 * 不适用 for a zero base).
 */
public final class Funds {
    private Funds() {}

    /** The amounts of one level as recorded. */
    public record LevelAmounts(FundingLevel level, BigDecimal planned, BigDecimal arrived, BigDecimal spent) {}

    public static FundsView summarize(long projectId, List<LevelAmounts> recorded, BigDecimal expenditureTotal) {
        var levels = recorded.stream()
                .sorted(Comparator.comparing(LevelAmounts::level))
                .map(Funds::level)
                .toList();
        BigDecimal planned = sum(recorded.stream().map(LevelAmounts::planned).toList());
        BigDecimal arrived = sum(recorded.stream().map(LevelAmounts::arrived).toList());
        BigDecimal spent = sum(recorded.stream().map(LevelAmounts::spent).toList());
        var total = new FundsView.Amounts(
                Money.plain(planned), Money.plain(arrived), Money.plain(spent), Money.plain(arrived.subtract(spent)));
        BigDecimal entries = Money.orZero(expenditureTotal);
        return new FundsView(
                projectId,
                Money.UNIT,
                levels,
                total,
                Ratio.of(arrived, planned).value(),
                Ratio.of(spent, arrived).value(),
                Money.plain(entries),
                spent.compareTo(entries) == 0);
    }

    private static FundsView.LevelFunds level(LevelAmounts a) {
        BigDecimal planned = Money.orZero(a.planned());
        BigDecimal arrived = Money.orZero(a.arrived());
        BigDecimal spent = Money.orZero(a.spent());
        return new FundsView.LevelFunds(
                a.level(),
                a.level().label,
                Money.plain(planned),
                Money.plain(arrived),
                Money.plain(spent),
                Money.plain(arrived.subtract(spent)));
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().map(Money::orZero).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
