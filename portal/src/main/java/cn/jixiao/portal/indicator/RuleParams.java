package cn.jixiao.portal.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import java.util.List;

/**
 * The parameters of a scoring rule, kept as JSON beside the indicator ({@code rule_params}). Each rule
 * reads only its own: bands for {@link ScoringRule#BANDS} (and a RECORD scored by bands), checklist
 * items for {@link ScoringRule#CHECKLIST}, the cap of a completion for {@link ScoringRule#PROPORTIONAL}.
 *
 * @param bands lower bounds (inclusive) of the actual value with the share of the weight they give,
 *     highest first; below the last band scores nothing
 * @param items the criteria of a checklist with the points each gives
 * @param cap the highest completion counted (1 = 100 %); null means 1
 * @param comparator the template's own sign for a completion when the evaluation states none (e.g.
 *     {@code <=} for 预算调整率, where less is better); null means more is better
 * @param target the template's own target value (in the indicator's unit, a rate in percent) when the
 *     evaluation states none; null means 100
 */
public record RuleParams(
        List<Band> bands, List<ChecklistItem> items, BigDecimal cap, String comparator, BigDecimal target) {
    public static final RuleParams NONE = new RuleParams(List.of(), List.of(), null);

    @JsonCreator
    public RuleParams {
        bands = bands == null ? List.of() : List.copyOf(bands);
        items = items == null ? List.of() : List.copyOf(items);
    }

    public RuleParams(List<Band> bands, List<ChecklistItem> items, BigDecimal cap) {
        this(bands, items, cap, null, null);
    }

    /** 满意度 bands of the national rule: ≥90 % full, 80–90 three quarters, 70–80 half, 60–70 a quarter. */
    public static RuleParams satisfactionBands() {
        return new RuleParams(
                List.of(
                        new Band(new BigDecimal("90"), BigDecimal.ONE),
                        new Band(new BigDecimal("80"), new BigDecimal("0.75")),
                        new Band(new BigDecimal("70"), new BigDecimal("0.5")),
                        new Band(new BigDecimal("60"), new BigDecimal("0.25"))),
                List.of(),
                null);
    }

    public static RuleParams checklist(List<ChecklistItem> items) {
        return new RuleParams(List.of(), items, null);
    }

    /** A band: from this actual value up, this share (0–1) of the weight. */
    public record Band(BigDecimal from, BigDecimal share) {}

    /** One criterion of a checklist (e.g. "①设有目标", 1 point). */
    public record ChecklistItem(String text, BigDecimal points) {}
}
