package cn.jixiao.portal.finding.narrative;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which year the clause of a stated figure speaks of. Last year is named by 上年, 上年度, 上一年度, 去年 or
 * the year itself ("2061年" in a 2062 report); a mention that compares with it ("比上年", "较上年",
 * "与上年相比", "同比") or speaks of last year's carry-over (上年结转, which is this year's money) does not
 * make the figure last year's. One place for these words: the narrative rules skip what is about another
 * year, the across-years rules ({@code PriorYearStatements}) compare it with last year's records.
 */
public final class YearWords {
    /** Words for last year (上年度 and 上一年度 start with them). */
    public static final String LAST_YEAR = "上一年|上年|去年";

    static final String THIS_YEAR = "本年|当年|今年";
    static final Pattern COMPARED_WITH = Pattern.compile("[比较与同跟和]$");
    static final Pattern COMPARED = Pattern.compile("^度?(相比|同期|相较|对比|增|减|提高|下降|降低|上升)");
    static final Pattern CARRIED_OVER = Pattern.compile("^度?结转");
    /** A comparison with another year, after which a changed figure is the change, not a value. */
    static final Pattern COMPARISON = Pattern.compile("[比较与同跟和](" + LAST_YEAR + "|\\d{4}年)|同比");
    /** After a change word, these make the figure the new value ("比上年提高至95%"). */
    static final Pattern CLAUSE_END = Pattern.compile("[，,：]");

    static final Pattern TO_VALUE = Pattern.compile("至|到|为|是|达");

    private YearWords() {}

    /** Last year's words and the number of the year before {@code year}. */
    public static Pattern lastYear(int year) {
        return Pattern.compile(LAST_YEAR + "|(?<!\\d)" + (year - 1) + "年");
    }

    /** This year's words and its number. */
    public static Pattern thisYear(int year) {
        return Pattern.compile("(?<!\\d)" + year + "年|" + THIS_YEAR);
    }

    /** Any year but {@code year}: last year's words, or another year's number. */
    static Pattern otherYear(Integer year) {
        if (year == null) {
            return Pattern.compile(LAST_YEAR);
        }
        return Pattern.compile(LAST_YEAR + "|(?<!\\d)(?!" + year + "年)\\d{4}年");
    }

    /** The clause a figure stands in, up to the figure. */
    public static String clauseBefore(StatedFigure f) {
        String s = f.sentence();
        String prefix = s.substring(0, Math.min(f.position(), s.length()));
        String[] clauses = CLAUSE_END.split(prefix, -1);
        return clauses[clauses.length - 1];
    }

    /** Whether the clause names one of {@code years} other than in a comparison or a carry-over. */
    public static boolean names(String clause, Pattern years) {
        Matcher m = years.matcher(clause);
        while (m.find()) {
            String before = clause.substring(0, m.start());
            String after = clause.substring(m.end());
            if (COMPARED_WITH.matcher(before).find() || COMPARED.matcher(after).find()) {
                continue;
            }
            if (CARRIED_OVER.matcher(after).find()) {
                continue;
            }
            return true;
        }
        return false;
    }

    /**
     * Whether a figure states a value of another year than the report's: its clause names another year
     * and not the report's own ("上年评价等级为良", "2061年预算执行率为30%"), or, naming none, follows a
     * clause of the same sentence that does ("2061年度项目全年预算数300万元，全年执行数200万元"). A
     * comparison or a carry-over in the nearest clause naming a year makes it this year's. With the
     * report's year unknown only last-year words count.
     */
    public static boolean aboutAnotherYear(StatedFigure f, Integer year) {
        Pattern other = otherYear(year);
        Pattern own = year == null ? Pattern.compile(THIS_YEAR) : thisYear(year);
        String s = f.sentence();
        String prefix = s.substring(0, Math.min(f.position(), s.length()));
        String[] clauses = CLAUSE_END.split(prefix, -1);
        for (int i = clauses.length - 1; i >= 0; i--) {
            String clause = clauses[i];
            if (own.matcher(clause).find()) {
                return false;
            }
            if (names(clause, other)) {
                return true;
            }
            if (other.matcher(clause).find()) {
                return false; // a comparison or carry-over: this year's figure
            }
        }
        return false;
    }

    /**
     * Whether a figure is a change against another year, not a value: "比上年增加预算资金50万元",
     * "同比下降2.5%" (but "比上年提高至95%" states this year's value).
     */
    public static boolean changeOnAnotherYear(StatedFigure f) {
        String clause = clauseBefore(f);
        Matcher c = COMPARISON.matcher(clause);
        if (!c.find()) {
            return false;
        }
        String rest = clause.substring(c.start());
        Matcher change = FigureExtractor.CHANGE.matcher(rest);
        int end = -1;
        while (change.find()) {
            end = change.end();
        }
        return end >= 0 && !TO_VALUE.matcher(rest.substring(end)).find();
    }
}
