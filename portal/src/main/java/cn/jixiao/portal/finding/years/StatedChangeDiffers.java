package cn.jixiao.portal.finding.years;

import static cn.jixiao.portal.finding.FindingDraft.evidence;

import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.Severity;
import cn.jixiao.portal.finding.narrative.FigureKind;
import cn.jixiao.portal.finding.narrative.NarrativeFacts;
import cn.jixiao.portal.finding.narrative.NarrativeFacts.Recorded;
import cn.jixiao.portal.finding.narrative.StatedFigure;
import cn.jixiao.portal.finding.narrative.YearWords;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A change against last year the text states ("比上年减少1.63万元", "较上年增长12%") against the change
 * between this year's and last year's recorded figures of the same quantity: an amount or a count as the
 * difference, a percentage as the difference over last year's figure; the direction (增加/减少) must agree
 * too. Rates are left alone: "提高5%" of a rate may mean points or percent.
 */
public class StatedChangeDiffers implements YearRule {
    public static final String CODE = "STATED_CHANGE_DIFFERS";

    static final Pattern UP = Pattern.compile("增长|提高|增加|上升|增幅|超出|多出|调增");
    static final Pattern DOWN = Pattern.compile("减少|下降|降低|降幅|节约|调减|少了");
    static final Pattern DIRECTION = Pattern.compile(UP.pattern() + "|" + DOWN.pattern());
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public String description() {
        return "写明的增减与两年记录不符：报告写“比上年增长/减少X%”或“较上年增加N万元”，而本年与上年记录的数字算出的增减不同"
                + " (a change against last year stated in the text differs from the change between the two years' records)";
    }

    @Override
    public List<FindingDraft> run(YearInput input) {
        LastYear last = input.lastYear();
        var found = new ArrayList<FindingDraft>();
        if (last == null || input.thisYear().recorded().isEmpty()) {
            return found;
        }
        for (YearInput.ReportText report : input.reports()) {
            Set<String> seen = new LinkedHashSet<>();
            for (StatedFigure f : report.figures()) {
                Change change = change(f, report.figures(), input.year(), input.thisYear(), last.facts());
                if (change == null || change.agrees()) {
                    continue;
                }
                String key = "years:change:" + report.reportId() + ":" + f.section() + ":"
                        + Integer.toHexString((change.now().key() + "|" + f.sentence() + "|" + f.text()).hashCode());
                if (!seen.add(key)) {
                    continue;
                }
                found.add(new FindingDraft(
                        key,
                        report.title(f.section()) + " " + YearRules.quote(f.sentence()) + "写明"
                                + change.now().label()
                                + "比上年" + (change.statedUp() ? "增加" : "减少") + f.text() + "，而本年记录的"
                                + change.now().record() + "为 " + change.now().shown() + "，" + last.label() + "记录的"
                                + change.before().record() + "为 "
                                + change.before().shown() + "，按记录应为"
                                + change.expectedText() + " (the text states a change of " + f.text()
                                + " against last year; the two years' records give " + change.expectedText() + ")",
                        evidence(
                                "sentence", f.sentence(),
                                "section", f.section(),
                                "reportId", report.reportId(),
                                "quantity", change.now().label(),
                                "statedText", f.text(),
                                "stated",
                                        change.statedUp()
                                                ? f.value()
                                                : f.value().negate(),
                                "computed", change.expected(),
                                "recorded", change.now().value(),
                                "record", change.now().record(),
                                "lastYearRecorded", change.before().value(),
                                "lastYear", last.year(),
                                "lastYearEvaluationId", last.evaluationId())));
            }
        }
        return found;
    }

    /** What a figure states as a change against last year, and what the records give; null if it states none. */
    record Change(
            Recorded now,
            Recorded before,
            boolean statedUp,
            boolean relative,
            BigDecimal expected,
            String expectedText,
            boolean agrees) {}

    /** The comparison with last year a clause makes ("比上年", "较2020年", "同比"). */
    static Pattern withLastYear(int year) {
        return Pattern.compile("[比较与同跟和](" + YearWords.LAST_YEAR + "|(?<!\\d)" + (year - 1) + "年)|同比");
    }

    static final Pattern CLAUSES = Pattern.compile("[，,：:；;]");
    /** A clause of its own that sets up the comparison: "与上年相比，…增长12%". */
    static final Pattern COMPARED_BEFORE = Pattern.compile("(相比|比较|对比|同期)$");
    /** After the change word, a new value rather than a change: "比上年提高至95%". */
    static final Pattern TO_VALUE = Pattern.compile("至|到|为|达");

    /**
     * The change a figure states against last year and what the two years' records give; null when it
     * states none, or the quantity is not recorded in both years, or is a rate.
     *
     * @param figures the figures of the same report (the quantity of "…支出1.41万元，比上年减少1.63万元" is the
     *     one named before the change, in the same sentence)
     */
    static Change change(
            StatedFigure f, List<StatedFigure> figures, int year, NarrativeFacts thisYear, NarrativeFacts lastYear) {
        if (f.value() == null || f.kind() == FigureKind.GRADE) {
            return null;
        }
        String s = f.sentence();
        String[] clauses = CLAUSES.split(s.substring(0, Math.min(f.position(), s.length())), -1);
        String clause = clauses[clauses.length - 1];
        Matcher compared = withLastYear(year).matcher(clause);
        String named;
        String scope;
        if (compared.find()) {
            named = clause.substring(0, compared.start());
            scope = clause.substring(compared.start());
        } else if (clauses.length > 1
                && withLastYear(year).matcher(clauses[clauses.length - 2]).find()
                && COMPARED_BEFORE.matcher(clauses[clauses.length - 2].strip()).find()) {
            named = clause;
            scope = clause;
        } else {
            return null;
        }
        Matcher word = DIRECTION.matcher(scope);
        String direction = null;
        int end = -1;
        while (word.find()) {
            direction = word.group();
            end = word.end();
        }
        if (direction == null || TO_VALUE.matcher(scope.substring(end)).find()) {
            return null;
        }
        boolean up = UP.matcher(direction).matches();
        String key = quantity(f, figures, named, thisYear, lastYear);
        if (key == null) {
            return null;
        }
        Recorded now = thisYear.recorded().get(key);
        Recorded before = lastYear.recorded().get(key);
        if (now == null || before == null || now.value() == null || before.value() == null) {
            return null;
        }
        if (now.shown().endsWith("%") || before.shown().endsWith("%")) {
            return null; // a rate's change: points or percent, the text rarely says which
        }
        BigDecimal delta = now.value().subtract(before.value());
        boolean relative = "%".equals(f.unit()) || f.kind() == FigureKind.RATE;
        BigDecimal expected;
        BigDecimal allowed;
        String expectedText;
        String direction2 = delta.signum() >= 0 ? "增加" : "减少";
        if (relative) {
            if (before.value().signum() == 0) {
                return null;
            }
            expected = delta.multiply(HUNDRED).divide(before.value(), 6, RoundingMode.HALF_UP);
            allowed = NarrativeFacts.RATIO_ROUNDING;
            expectedText = direction2 + " "
                    + expected.abs().setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
        } else {
            expected = delta;
            allowed = nonNull(now.tolerance()).add(nonNull(before.tolerance()));
            expectedText = direction2 + " " + plain(delta.abs()) + unit(now.shown());
        }
        BigDecimal stated = up ? f.value() : f.value().negate();
        boolean agrees = stated.subtract(expected).abs().compareTo(f.tolerance().add(allowed)) <= 0;
        return new Change(now, before, up, relative, expected, expectedText, agrees);
    }

    /**
     * The quantity changed: the figure's own, else the longest recorded name written before the comparison
     * in its clause ("三公经费支出比上年增加…"), else that of the figure before it in the same sentence.
     */
    static String quantity(
            StatedFigure f,
            List<StatedFigure> figures,
            String named,
            NarrativeFacts thisYear,
            NarrativeFacts lastYear) {
        if (f.quantity() != null) {
            return PriorYearStatements.LAST_YEAR_TOPIC
                    .matcher(f.quantity().key())
                    .replaceFirst("");
        }
        String best = null;
        int bestLength = 0;
        for (Recorded r : thisYear.recorded().values()) {
            if (r.label() != null
                    && r.label().length() > bestLength
                    && named.contains(r.label())
                    && lastYear.recorded().containsKey(r.key())) {
                best = r.key();
                bestLength = r.label().length();
            }
        }
        if (best != null) {
            return best;
        }
        StatedFigure before = null;
        for (StatedFigure o : figures) {
            if (o != f
                    && o.quantity() != null
                    && o.section().equals(f.section())
                    && o.sentence().equals(f.sentence())
                    && o.position() < f.position()) {
                before = o;
            }
        }
        return before == null
                ? null
                : PriorYearStatements.LAST_YEAR_TOPIC
                        .matcher(before.quantity().key())
                        .replaceFirst("");
    }

    private static BigDecimal nonNull(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    /** The unit the records show the quantity in ("万元", "台"), read from the shown value. */
    static String unit(String shown) {
        int i = 0;
        while (i < shown.length() && (Character.isDigit(shown.charAt(i)) || ".-,".indexOf(shown.charAt(i)) >= 0)) {
            i++;
        }
        String u = shown.substring(i).strip();
        return u.isEmpty() ? "" : " " + u;
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
