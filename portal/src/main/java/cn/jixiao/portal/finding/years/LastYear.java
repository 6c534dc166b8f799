package cn.jixiao.portal.finding.years;

import cn.jixiao.portal.finding.narrative.NarrativeFacts;
import java.util.List;

/**
 * Last year's evaluation of the same subject and what its records say.
 *
 * @param evaluationId the evaluation the figures are read from
 * @param label how messages name it, e.g. "2022年度项目支出绩效自评（评价 #12）"
 * @param facts last year's recorded actuals by the quantity keys of the narrative lexicon (funds, rates,
 *     score, grade, indicators' actual values, the books)
 * @param indicators last year's scored indicators
 * @param items last year's problems, suggestions and rectification items (of every evaluation of the
 *     subject that year)
 */
public record LastYear(
        long evaluationId,
        int year,
        String label,
        NarrativeFacts facts,
        List<IndicatorFact> indicators,
        List<ItemFact> items) {
    public LastYear {
        facts = facts == null ? NarrativeFacts.none() : facts;
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        items = items == null ? List.of() : List.copyOf(items);
    }
}
