package cn.jixiao.portal.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.Set;

/**
 * Computes a level-3 indicator's score from its rule and figures: pure arithmetic, no records read
 * (a RECORD rule's actual value is put in by the caller from the records before it is scored). Scores
 * are rounded to two decimals, never above the weight, never below zero. Empty means the rule cannot
 * decide: no actual value yet, or a MANUAL rule.
 */
public final class Scoring {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {}

    /**
     * @param comparator the target's sign ({@code >=}, {@code <=}, {@code =}, {@code >}, {@code <}); a
     *     {@code <=} or {@code <} target is met by staying under it (a cost), the others by reaching it
     * @param checked for CHECKLIST the indices of the items met; for YES_NO whether {@code 0} is in it
     */
    public record Leaf(
            ScoringRule rule,
            RuleParams params,
            BigDecimal weight,
            String comparator,
            BigDecimal target,
            BigDecimal actual,
            Set<Integer> checked) {
        public Leaf {
            params = params == null ? RuleParams.NONE : params;
            checked = checked == null ? Set.of() : Set.copyOf(checked);
        }
    }

    public static Optional<BigDecimal> score(Leaf leaf) {
        if (leaf.rule() == null || leaf.weight() == null) {
            return Optional.empty();
        }
        return switch (leaf.rule()) {
            case PROPORTIONAL -> proportional(leaf);
            case BANDS -> bands(leaf);
            case RECORD -> leaf.params().bands().isEmpty() ? proportional(leaf) : bands(leaf);
            case YES_NO -> Optional.of(leaf.checked().contains(0) ? round(leaf.weight()) : zero());
            case CHECKLIST -> checklist(leaf);
            case MANUAL -> Optional.empty();
        };
    }

    /**
     * The completion of a target, 1 = met: actual / target when more is better, target / actual when
     * less is (a cost under its ceiling is met in full). A target of 0 is met by 0 when less is better.
     */
    public static Optional<BigDecimal> completion(String comparator, BigDecimal target, BigDecimal actual) {
        if (actual == null) {
            return Optional.empty();
        }
        BigDecimal goal = target == null ? HUNDRED : target; // a rate with no stated target aims at 100 %
        if (lessIsBetter(comparator)) {
            if (actual.signum() <= 0) {
                return Optional.of(BigDecimal.ONE);
            }
            return Optional.of(goal.divide(actual, 6, RoundingMode.HALF_UP));
        }
        if (goal.signum() == 0) {
            return Optional.of(BigDecimal.ONE);
        }
        return Optional.of(actual.max(BigDecimal.ZERO).divide(goal, 6, RoundingMode.HALF_UP));
    }

    static boolean lessIsBetter(String comparator) {
        return "<=".equals(comparator) || "<".equals(comparator);
    }

    private static Optional<BigDecimal> proportional(Leaf leaf) {
        BigDecimal cap =
                leaf.params().cap() == null ? BigDecimal.ONE : leaf.params().cap();
        // the evaluation's own target and sign first, else the template's defaults
        String comparator =
                leaf.comparator() != null ? leaf.comparator() : leaf.params().comparator();
        BigDecimal target =
                leaf.target() != null ? leaf.target() : leaf.params().target();
        return completion(comparator, target, leaf.actual())
                .map(c -> bounded(leaf.weight().multiply(c.min(cap)), leaf.weight()));
    }

    private static Optional<BigDecimal> bands(Leaf leaf) {
        if (leaf.actual() == null) {
            return Optional.empty();
        }
        var bands = leaf.params().bands().isEmpty()
                ? RuleParams.satisfactionBands().bands()
                : leaf.params().bands();
        BigDecimal share = bands.stream()
                .filter(b -> leaf.actual().compareTo(b.from()) >= 0)
                .map(RuleParams.Band::share)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        return Optional.of(bounded(leaf.weight().multiply(share), leaf.weight()));
    }

    private static Optional<BigDecimal> checklist(Leaf leaf) {
        var items = leaf.params().items();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < items.size(); i++) {
            if (leaf.checked().contains(i) && items.get(i).points() != null) {
                sum = sum.add(items.get(i).points());
            }
        }
        return Optional.of(bounded(sum, leaf.weight()));
    }

    private static BigDecimal bounded(BigDecimal score, BigDecimal weight) {
        return round(score.max(BigDecimal.ZERO).min(weight));
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
