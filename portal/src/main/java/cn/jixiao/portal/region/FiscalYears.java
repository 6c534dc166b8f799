package cn.jixiao.portal.region;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The region's budget years. A fiscal year in China is the calendar year (预算法 Art. 18), so the current
 * one is this year in China's time zone: every year-bound page opens on it, whatever year some record
 * happens to have, and offers the years that have records beside it.
 */
@ApplicationScoped
public class FiscalYears {
    @Inject
    Today today;

    /** One year a page offers: whether records exist for it, whether the page shows it, whether it is this year. */
    @TemplateData
    public record YearChoice(int year, boolean hasRecords, boolean shown, boolean current) {}

    public int current() {
        return today.get().getYear();
    }

    /** The year asked for (already checked by @FiscalYear), else the current one. */
    public int orCurrent(String asked) {
        return asked == null ? current() : Integer.parseInt(asked);
    }

    /** The years to offer, newest first: those with records, this year and last, and the one shown. */
    public List<YearChoice> choices(int shown, Collection<Integer> withRecords) {
        int current = current();
        var years = new TreeSet<Integer>(withRecords);
        years.add(current);
        years.add(current - 1);
        years.add(shown);
        return years.descendingSet().stream()
                .map(y -> new YearChoice(y, withRecords.contains(y), y == shown, y == current))
                .toList();
    }
}
