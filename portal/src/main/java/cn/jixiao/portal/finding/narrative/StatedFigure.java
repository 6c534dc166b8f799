package cn.jixiao.portal.finding.narrative;

import java.math.BigDecimal;

/**
 * One figure a narrative states, and what it is about.
 *
 * @param section the report section's code
 * @param sentence the sentence it stands in, as written (quotation marks left out)
 * @param quantity the quantity it is about, null when no known quantity name precedes it
 * @param value the figure (amounts in 万元, rates in percent); null for a grade
 * @param unit the unit as written, normalised (万元 for money, 人 for 名)
 * @param text the figure as written, e.g. "100.00%" or "1,860,480.00元"
 * @param tolerance half a unit of the last digit written, in the unit of {@code value}: "95%" agrees
 *     with 95.2, "100.00%" only with 99.995 to 100.005
 * @param grade the grade word normalised to 优/良/中/差, for a grade
 * @param hedged written as a bound, an estimate, a target or a change ("约", "以上", "目标为", "增长"):
 *     not a statement of the quantity's value
 * @param position where it starts in the sentence
 */
public record StatedFigure(
        String section,
        String sentence,
        Quantity quantity,
        FigureKind kind,
        BigDecimal value,
        String unit,
        String text,
        BigDecimal tolerance,
        String grade,
        boolean hedged,
        int position) {

    /** A figure that states the value of a known quantity. */
    public boolean states() {
        return quantity != null && !hedged;
    }

    /** Whether the two agree at the precision both are written (or, for a grade, are the same grade). */
    public boolean agreesWith(StatedFigure other) {
        if (kind == FigureKind.GRADE) {
            return grade.equals(other.grade);
        }
        return agrees(other.value, other.tolerance);
    }

    /** Whether a recorded value agrees with this figure at the precision written. */
    public boolean agrees(BigDecimal recorded, BigDecimal recordTolerance) {
        BigDecimal allowed = tolerance.add(recordTolerance == null ? BigDecimal.ZERO : recordTolerance);
        return value.subtract(recorded).abs().compareTo(allowed) <= 0;
    }

    /** The quantity a figure is about: a stable key, its Chinese name, and whether records may hold it. */
    public record Quantity(String key, String label) {}
}
