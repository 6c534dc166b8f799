package cn.jixiao.portal.finding.years;

import cn.jixiao.portal.finding.narrative.Lexicon;
import java.math.BigDecimal;

/**
 * A scored (level-3) indicator as the across-years rules read it, this year's or last year's.
 *
 * @param path the names from level 1, e.g. "产出指标 › 数量指标 › 网上可办率"
 * @param recordKey the record the indicator is computed from (e.g. BUDGET_EXECUTION_RATE), or null
 * @param notes what the evaluation wrote about it (偏差原因, 评分理由), for a reason it was dropped
 */
public record IndicatorFact(
        Long id,
        String name,
        String path,
        String recordKey,
        String comparator,
        BigDecimal target,
        BigDecimal actual,
        String unit,
        BigDecimal weight,
        BigDecimal score,
        String notes) {

    /** The name before its condition or figure: "网上可办率不低于70%" → 网上可办率. */
    public String shortName() {
        return Lexicon.shortName(name);
    }

    /** Short of its target (by the target's sign, ≥ when none is written). */
    public boolean shortOfTarget() {
        if (target == null || actual == null) {
            return false;
        }
        int c = actual.compareTo(target);
        String sign = comparator == null ? ">=" : comparator.strip();
        return switch (sign) {
            case ">", "＞" -> c <= 0;
            case "<=", "≤" -> c > 0;
            case "<", "＜" -> c >= 0;
            case "=", "＝" -> c != 0;
            default -> c < 0;
        };
    }

    /** Scored below its full weight. */
    public boolean belowFullMarks() {
        return score != null && weight != null && weight.signum() > 0 && score.compareTo(weight) < 0;
    }

    public boolean missed() {
        return shortOfTarget() || belowFullMarks();
    }

    /** Whether this is the same indicator as another year's: the same record, or the same name. */
    public boolean sameAs(IndicatorFact other) {
        if (recordKey != null && recordKey.equals(other.recordKey)) {
            return true;
        }
        String mine = shortName();
        return !mine.isEmpty() && mine.equals(other.shortName());
    }
}
