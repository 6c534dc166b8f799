package cn.jixiao.portal.ratio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A ratio as finance forms print it: a percentage rounded half-up to two decimals, or 不适用 when
 * its base is zero or missing. Computed from records, never typed in.
 */
public record Ratio(BigDecimal numerator, BigDecimal denominator, Optional<BigDecimal> percent) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    public static final String NOT_APPLICABLE = "不适用";

    /** numerator / denominator, as a percentage. */
    public static Ratio of(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return new Ratio(numerator, denominator, Optional.empty());
        }
        // divide with spare precision first, round once at the end
        BigDecimal percent = numerator
                .multiply(HUNDRED)
                .divide(denominator, 10, RoundingMode.HALF_UP)
                .setScale(2, RoundingMode.HALF_UP);
        return new Ratio(numerator, denominator, Optional.of(percent));
    }

    public static Ratio of(long numerator, long denominator) {
        return of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /** (current − previous) / previous: negative when spending fell. */
    public static Ratio change(BigDecimal current, BigDecimal previous) {
        if (current == null || previous == null) {
            return new Ratio(null, previous, Optional.empty());
        }
        return of(current.subtract(previous), previous);
    }

    public boolean applicable() {
        return percent.isPresent();
    }

    /** The JSON value: the percentage, or null for 不适用. */
    public BigDecimal value() {
        return percent.orElse(null);
    }

    /** As shown to people: "113.33%" or "不适用". */
    public String display() {
        return percent.map(p -> p.toPlainString() + "%").orElse(NOT_APPLICABLE);
    }
}
