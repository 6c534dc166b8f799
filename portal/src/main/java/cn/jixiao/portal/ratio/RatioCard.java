package cn.jixiao.portal.ratio;

import cn.jixiao.portal.web.Money;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/** A ratio as a page shows it: name, "113.33%" or "不适用", its two terms with units, and the formula. */
@TemplateData
public record RatioCard(
        String key,
        String label,
        String display,
        String numerator,
        String denominator,
        String formula,
        boolean applicable,
        boolean negative) {

    public static RatioCard of(RatioKey key, Ratio ratio) {
        return new RatioCard(
                key.key,
                key.label,
                ratio.display(),
                term(key, ratio.numerator()),
                term(key, ratio.denominator()),
                key.formula,
                ratio.applicable(),
                ratio.applicable() && ratio.value().signum() < 0);
    }

    public static List<RatioCard> of(RatioSet set, Collection<RatioKey> keys) {
        return keys.stream().map(k -> of(k, set.get(k))).toList();
    }

    public static List<RatioCard> of(RatioSet set) {
        return of(set, List.of(RatioKey.values()));
    }

    private static String term(RatioKey key, BigDecimal value) {
        if (value == null) {
            return "未填";
        }
        return "人".equals(key.unit) ? Money.plain(value).toPlainString() + " 人" : Money.wan(value);
    }
}
