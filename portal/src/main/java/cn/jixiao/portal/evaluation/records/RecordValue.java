package cn.jixiao.portal.evaluation.records;

import cn.jixiao.portal.indicator.RecordKey;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The value of one record figure for an evaluation's subject and year, in percent (null = 不适用: the
 * records hold no base for it), with its formula and the figures it came from, for messages.
 *
 * @param figures the terms as people read them, e.g. "支出 107.5176 万元 ÷ 到位资金 358.392 万元"
 * @param terms the same terms as numbers, e.g. {"spent": 107.5176, "arrived": 358.392}
 */
public record RecordValue(RecordKey key, BigDecimal value, String formula, String figures, Map<String, Object> terms) {

    public String label() {
        return key.label;
    }

    /** "预算执行率 30.00%（支出 107.5176 万元 ÷ 到位资金 358.392 万元）" or "… 不适用（…）". */
    public String describe() {
        return key.label + " " + (value == null ? "不适用" : value.toPlainString() + "%") + "（" + figures + "）";
    }
}
