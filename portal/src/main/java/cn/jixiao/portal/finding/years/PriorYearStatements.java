package cn.jixiao.portal.finding.years;

import cn.jixiao.portal.finding.narrative.StatedFigure;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which figures of a narrative state a value of last year: the clause before the figure names last year
 * (上年, 上年度, 上一年度, 去年, or the year itself, "2022年") and does not compare with it ("比上年",
 * "较上年", "与上年相比", "同比") or speak of last year's carry-over (上年结转, which is this year's money).
 * The figure's quantity is then the one the lexicon gives without the last-year topic.
 */
public final class PriorYearStatements {
    /** A figure stating last year's value of a quantity (its key without the 上年 topic). */
    public record Statement(StatedFigure figure, String key) {}

    static final Pattern LAST_YEAR_TOPIC = Pattern.compile("^(上年|去年|上一年)·");
    static final Pattern COMPARED_WITH = Pattern.compile("[比较与同跟和]$");
    static final Pattern COMPARED = Pattern.compile("^度?(相比|同期|相较|对比|增|减|提高|下降|降低|上升)");

    private PriorYearStatements() {}

    public static List<Statement> of(List<StatedFigure> figures, int year) {
        var out = new ArrayList<Statement>();
        Pattern lastYear = Pattern.compile("上一年|上年|去年|(?<!\\d)" + (year - 1) + "年");
        Pattern thisYear = Pattern.compile("(?<!\\d)" + year + "年|本年|当年|今年");
        for (StatedFigure f : figures) {
            if (!f.states()) {
                continue;
            }
            String clause = clauseBefore(f);
            if (!namesLastYear(clause, lastYear) || thisYear.matcher(clause).find()) {
                continue;
            }
            out.add(new Statement(f, LAST_YEAR_TOPIC.matcher(f.quantity().key()).replaceFirst("")));
        }
        return out;
    }

    /** The clause the figure stands in, up to the figure. */
    static String clauseBefore(StatedFigure f) {
        String s = f.sentence();
        String prefix = s.substring(0, Math.min(f.position(), s.length()));
        int cut = Math.max(Math.max(prefix.lastIndexOf('，'), prefix.lastIndexOf(',')), prefix.lastIndexOf('：'));
        return prefix.substring(cut + 1);
    }

    static boolean namesLastYear(String clause, Pattern lastYear) {
        Matcher m = lastYear.matcher(clause);
        while (m.find()) {
            String before = clause.substring(0, m.start());
            String after = clause.substring(m.end());
            if (COMPARED_WITH.matcher(before).find() || COMPARED.matcher(after).find()) {
                continue;
            }
            if (after.startsWith("结转") || after.startsWith("度结转")) {
                continue;
            }
            return true;
        }
        return false;
    }
}
