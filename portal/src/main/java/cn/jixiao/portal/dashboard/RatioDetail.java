package cn.jixiao.portal.dashboard;

import cn.jixiao.portal.ratio.Ratio;
import cn.jixiao.portal.ratio.RatioKey;
import cn.jixiao.portal.ratio.RatioSet;
import cn.jixiao.portal.web.Money;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** How a ratio came about: its two terms, how it is shown ("113.33%" or "不适用") and its formula. */
public record RatioDetail(BigDecimal numerator, BigDecimal denominator, String display, String formula) {

    static RatioDetail of(RatioKey key, Ratio ratio) {
        return new RatioDetail(
                Money.plain(ratio.numerator()), Money.plain(ratio.denominator()), ratio.display(), key.formula);
    }

    /** The {@code details} object of the JSON answers, keyed like the ratios. */
    static Map<String, RatioDetail> of(RatioSet set) {
        var details = new LinkedHashMap<String, RatioDetail>();
        for (RatioKey key : RatioKey.values()) {
            details.put(key.key, of(key, set.get(key)));
        }
        return details;
    }

    /** The ratio values keyed by their JSON names (null for 不适用). */
    static Map<String, BigDecimal> values(RatioSet set) {
        var values = new LinkedHashMap<String, BigDecimal>();
        for (RatioKey key : RatioKey.values()) {
            values.put(key.key, set.value(key));
        }
        return values;
    }
}
