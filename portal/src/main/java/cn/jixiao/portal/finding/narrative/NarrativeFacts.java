package cn.jixiao.portal.finding.narrative;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the records say about the quantities a narrative may state: the report's generated figures
 * (funds, scores, grade), the ratios of the records, and for each rate its own formula and the other
 * formulas a mislabelled figure is often computed by.
 */
public record NarrativeFacts(Map<String, Recorded> recorded, Map<String, RateDefinition> rates) {
    /** Two formulas closer than this give the same figure at two decimals: not an alternative. */
    public static final BigDecimal RATIO_ROUNDING = new BigDecimal("0.005");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public NarrativeFacts {
        recorded = Map.copyOf(recorded);
        rates = Map.copyOf(rates);
    }

    public static NarrativeFacts none() {
        return new NarrativeFacts(Map.of(), Map.of());
    }

    /**
     * A quantity's value in the records.
     *
     * @param shown the value as the message writes it, e.g. "30.00%" or "358.392万元"
     * @param record which record says so and how, e.g. "本报告自评表（全年执行数 107.5176 万元 ÷ 全年预算数 358.392 万元）"
     */
    public record Recorded(
            String key,
            String label,
            BigDecimal value,
            String grade,
            BigDecimal tolerance,
            String shown,
            String record) {}

    /**
     * A rate, the formula it stands for, and other formulas over the same records.
     *
     * @param signless a change rate may be written without its sign ("下降53.62%" as "变动率53.62%")
     */
    public record RateDefinition(
            String key,
            String label,
            BigDecimal own,
            String ownFormula,
            List<Alternative> alternatives,
            boolean signless) {}

    /** Another formula over the same records, e.g. 全年执行数 ÷ 年初预算数. */
    public record Alternative(String label, String formula, BigDecimal value) {}

    /** Builds the facts: the loader adds what the records have, nothing for what they lack. */
    public static final class Builder {
        private final Map<String, Recorded> recorded = new LinkedHashMap<>();
        private final Map<String, RateDefinition> rates = new LinkedHashMap<>();

        public Builder rate(String key, String label, BigDecimal percent, String record) {
            if (percent != null) {
                recorded.put(key, new Recorded(key, label, percent, null, BigDecimal.ZERO, percent(percent), record));
            }
            return this;
        }

        public Builder amount(String key, String label, BigDecimal wan, String record) {
            if (wan != null) {
                recorded.put(
                        key,
                        new Recorded(
                                key,
                                label,
                                wan,
                                null,
                                BigDecimal.ZERO,
                                wan.stripTrailingZeros().toPlainString() + "万元",
                                record));
            }
            return this;
        }

        public Builder count(String key, String label, BigDecimal n, String unit, String record) {
            if (n != null) {
                recorded.put(key, new Recorded(key, label, n, null, BigDecimal.ZERO, n.toPlainString() + unit, record));
            }
            return this;
        }

        public Builder score(String key, String label, BigDecimal points, String record) {
            if (points != null) {
                recorded.put(
                        key,
                        new Recorded(
                                key,
                                label,
                                points,
                                null,
                                RATIO_ROUNDING,
                                points.stripTrailingZeros().toPlainString() + "分",
                                record));
            }
            return this;
        }

        public Builder grade(String label, String record) {
            String g = Grades.normal(label);
            if (g != null) {
                recorded.put(
                        Lexicon.GRADE,
                        new Recorded(Lexicon.GRADE, "等级", null, g, BigDecimal.ZERO, "“" + g + "”", record));
            }
            return this;
        }

        public Builder definition(RateDefinition definition) {
            if (definition.own() != null) {
                var alternatives = definition.alternatives().stream()
                        .filter(a -> a.value() != null)
                        // 0 % and 100 % are what many formulas give: agreeing with one says nothing
                        .filter(a -> a.value().signum() != 0 && a.value().compareTo(HUNDRED) != 0)
                        .filter(a ->
                                a.value().subtract(definition.own()).abs().compareTo(RATIO_ROUNDING.add(RATIO_ROUNDING))
                                        > 0)
                        .toList();
                rates.put(
                        definition.key(),
                        new RateDefinition(
                                definition.key(),
                                definition.label(),
                                definition.own(),
                                definition.ownFormula(),
                                alternatives,
                                definition.signless()));
            }
            return this;
        }

        public NarrativeFacts build() {
            return new NarrativeFacts(recorded, rates);
        }
    }

    public static String percent(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** part ÷ whole in percent, to four decimals (the comparison rounds); null when it cannot be. */
    public static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 4, RoundingMode.HALF_UP);
    }
}
