package cn.jixiao.portal.finding.years;

import cn.jixiao.portal.finding.narrative.StatedFigure;
import java.util.List;
import java.util.Map;

/**
 * This year's evaluation and reports as the across-years rules read them, with last year's evaluation of
 * the same subject. Built in memory by tests; from the database by {@code YearInputLoader}.
 *
 * @param year the year evaluated
 * @param reports this year's reports of the evaluation, with the figures their narratives state
 * @param indicators this year's scored indicators
 * @param targetNames the indicator names of this year's approved target table
 * @param items this year's problems, suggestions and rectification items
 * @param notes other text of this year's evaluation (实际完成情况, …) where a reason may be written
 * @param carried figures this year's records give for last year (e.g. the books' 上年三公经费), to
 *     compare with last year's own records
 * @param lastYear last year's evaluation of the same subject; null when there is none
 * @param thisYear this year's recorded figures by the same quantity keys as last year's (to compare a
 *     change the text states against the two years' records); none when not loaded
 */
public record YearInput(
        int year,
        List<ReportText> reports,
        List<IndicatorFact> indicators,
        List<String> targetNames,
        List<ItemFact> items,
        List<String> notes,
        List<CarriedFigure> carried,
        LastYear lastYear,
        cn.jixiao.portal.finding.narrative.NarrativeFacts thisYear) {

    /** Without this year's recorded figures (stated changes are then not compared). */
    public YearInput(
            int year,
            List<ReportText> reports,
            List<IndicatorFact> indicators,
            List<String> targetNames,
            List<ItemFact> items,
            List<String> notes,
            List<CarriedFigure> carried,
            LastYear lastYear) {
        this(year, reports, indicators, targetNames, items, notes, carried, lastYear, null);
    }

    public YearInput {
        reports = reports == null ? List.of() : List.copyOf(reports);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        targetNames = targetNames == null ? List.of() : List.copyOf(targetNames);
        items = items == null ? List.of() : List.copyOf(items);
        notes = notes == null ? List.of() : List.copyOf(notes);
        carried = carried == null ? List.of() : List.copyOf(carried);
        thisYear = thisYear == null ? cn.jixiao.portal.finding.narrative.NarrativeFacts.none() : thisYear;
    }

    /**
     * One report of the evaluation.
     *
     * @param titles section code → heading, e.g. "problems" → "五、存在问题"
     * @param narratives section code → text, in the report's order
     * @param figures the figures its narratives state
     */
    public record ReportText(
            long reportId, Map<String, String> titles, Map<String, String> narratives, List<StatedFigure> figures) {
        public ReportText {
            titles = titles == null ? Map.of() : Map.copyOf(titles);
            narratives = narratives == null ? Map.of() : Map.copyOf(narratives);
            figures = figures == null ? List.of() : List.copyOf(figures);
        }

        public String title(String section) {
            return titles.getOrDefault(section, section);
        }
    }

    /**
     * A figure this year's records give for last year, and what last year's own record says.
     *
     * @param key a stable key for the finding, e.g. "books:threePublicLastYear"
     * @param label what it is, e.g. "上年三公经费支出"
     * @param stated the value this year's record gives (万元)
     * @param where which of this year's records gives it
     * @param recorded last year's own value
     * @param record which of last year's records gives it
     */
    public record CarriedFigure(
            String key,
            String label,
            java.math.BigDecimal stated,
            String where,
            java.math.BigDecimal recorded,
            String record) {}

    /** Every text of this year in which a reason or a report on last year's items may be written. */
    public List<String> allTexts() {
        var texts = new java.util.ArrayList<String>(notes);
        for (ReportText r : reports) {
            texts.addAll(r.narratives().values());
        }
        for (ItemFact i : items) {
            texts.add(i.text());
            if (i.note() != null) {
                texts.add(i.note());
            }
        }
        for (IndicatorFact i : indicators) {
            if (i.notes() != null) {
                texts.add(i.notes());
            }
        }
        return texts;
    }
}
