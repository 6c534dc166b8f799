package cn.jixiao.portal.finding.years;

import cn.jixiao.portal.finding.narrative.StatedFigure;
import cn.jixiao.portal.finding.narrative.YearWords;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which figures of a narrative state a value of last year: the clause before the figure names last year
 * (上年, 上年度, 上一年度, 去年, or the year itself, "2022年") and does not compare with it ("比上年",
 * "较上年", "与上年相比", "同比") or speak of last year's carry-over (上年结转, which is this year's money).
 * The figure's quantity is then the one the lexicon gives without the last-year topic. The words are
 * {@link YearWords}', shared with the narrative rules, which skip these figures.
 */
public final class PriorYearStatements {
    /** A figure stating last year's value of a quantity (its key without the 上年 topic). */
    public record Statement(StatedFigure figure, String key) {}

    static final Pattern LAST_YEAR_TOPIC = Pattern.compile("^(" + YearWords.LAST_YEAR + ")·");

    private PriorYearStatements() {}

    public static List<Statement> of(List<StatedFigure> figures, int year) {
        var out = new ArrayList<Statement>();
        Pattern lastYear = YearWords.lastYear(year);
        Pattern thisYear = YearWords.thisYear(year);
        for (StatedFigure f : figures) {
            if (!f.states()) {
                continue;
            }
            String clause = YearWords.clauseBefore(f);
            if (!YearWords.names(clause, lastYear) || thisYear.matcher(clause).find()) {
                continue;
            }
            out.add(new Statement(f, LAST_YEAR_TOPIC.matcher(f.quantity().key()).replaceFirst("")));
        }
        return out;
    }
}
