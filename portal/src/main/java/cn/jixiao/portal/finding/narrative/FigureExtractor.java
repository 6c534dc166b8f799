package cn.jixiao.portal.finding.narrative;

import cn.jixiao.portal.finding.narrative.Lexicon.Term;
import cn.jixiao.portal.finding.narrative.StatedFigure.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures a narrative states and the quantity each is about.
 *
 * <p>Why rules and a lexicon, not a Chinese NLP library: HanLP (portable {@code com.hankcs:hanlp}, the
 * maintained Java one) segments words and tags numerals, but what decides a finding here is which
 * quantity of the records a number stands for, and that depends on names no general dictionary has
 * (预算执行率, 全年执行数, the report's own indicator names) and on the way these reports are written
 * ("预算执行率为100.00%", "其中本年收入983.16万元、上年结转28万元"). A segmenter would still need this
 * lexicon and these patterns, would add a 30 MB dictionary and its start-up time to the portal, and could
 * split a compound name (在职人员控制率) differently from the record's (HanLP is also not among the
 * artifacts known to resolve here; Lucene's smartcn, which the public site already uses for search, has
 * the same limits). Plain patterns over a curated lexicon are exact, explainable in a finding's message,
 * and fast enough to run on every save (0.4 to 1.3 ms a report here, see {@code CleanNarrativesTest}).
 *
 * <p>A figure takes the nearest quantity name before it in the same sentence that fits its kind, when
 * nothing but words stands between them (another number between means the name belongs to that one).
 * A name under a topic word earlier in the sentence (三公经费：…实际支出1.41万元, 上年…) becomes that
 * topic's quantity, never the report's own. Bounds, estimates, targets and changes (约, 以上, 目标为,
 * 同比增长) are kept but marked as not stating the value.
 */
public final class FigureExtractor {
    /** A number with its unit; 分 not as in 分钟, 个 not as in 个月 or 个百分点. */
    static final Pattern FIGURE = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*"
            + "(%|％|亿元|万元|元|分(?![钟之别类配析值数为解布批散期区局队管拣])|人次|台|个(?!月|工作日|百分点|小时)|项|人|名|次|件|处|辆|条|套|块|家|户)");

    static final Pattern GRADE = Pattern.compile(
            "(等级|等次|评价结果|自评结果)(评定|确定|认定|评为|定为)?(为|是|：|:)?\\s*(优秀|良好|中等|不合格|合格|优|良|中|差)(?=[，。；、）)\\s的等级]|$)");

    static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}\\n]{1,20}}");
    static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;\\n]");
    static final Pattern QUOTES = Pattern.compile("[“”\"‘’「」]");
    /** Dates and maximum points between a name and its figure are not another figure. */
    static final Pattern NOT_A_FIGURE =
            Pattern.compile("\\d{4}年度?|\\d{1,2}月份?(\\d{1,2}日)?|\\d{1,2}日|满分\\d+(\\.\\d+)?分|\\d+[至—\\-~－]\\d+月");

    static final Pattern HEDGE_BEFORE = Pattern.compile("(约|近|超过|以上|不低于|不少于|不足|至少|最多|不超过|低于|高于|≥|≤|＞|＜|>|<|逾)$");
    static final Pattern HEDGE_AFTER = Pattern.compile("^(以上|以下|以内|左右|多|余|上下)");
    static final Pattern TARGET = Pattern.compile("目标|计划|预计|要求|力争|指标值|标准|争取|拟");
    static final Pattern CHANGE = Pattern.compile("同比|增长|提高|增加|减少|下降|降低|降幅|增幅|比上年|较上年|节约|超出|相比|调减|调增|多出|少了");
    static final Pattern WEIGHT = Pattern.compile("(满分|分值|权重|满分为)$");

    /** Topic words: a name after one of them in the sentence is that topic's, not the report's own. */
    static final Pattern TOPIC = Pattern.compile("三公|公用经费|政府采购|固定资产|基本支出|项目支出|" + YearWords.LAST_YEAR + "|交易|热线|工单"
            + "|中央|省级|市级|县级|旗级|市财政|省财政|县财政|(?<!\\d)1\\s*[至—\\-~－]\\s*(?:1[01]|[1-9])月");

    /** Characters that may stand before a device name ("采购自助设备"), not part of a longer name (营业执照自助终端). */
    static final String DEVICE_NAME_PREFIX = "购置配有放投建共计各的类批为是了和及与、，：:（(";

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final Lexicon lexicon;

    public FigureExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The figures of one section's narrative, in the order written. */
    public List<StatedFigure> extract(String section, String narrative) {
        var found = new ArrayList<StatedFigure>();
        if (narrative == null || narrative.isBlank()) {
            return found;
        }
        // placeholders are resolved from the records: only what the department typed is checked
        String text = QUOTES.matcher(PLACEHOLDER.matcher(narrative).replaceAll("〔引用〕"))
                .replaceAll("");
        for (String sentence : sentences(text)) {
            extractSentence(section, sentence, found);
        }
        return found;
    }

    /** The sentences of a text, without list and heading marks. */
    static List<String> sentences(String text) {
        var out = new ArrayList<String>();
        for (String s : SENTENCE_END.split(text)) {
            String t = s.replaceFirst("^\\s*(#+|[-*]|\\d+\\.)\\s+", "").strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private void extractSentence(String section, String sentence, List<StatedFigure> found) {
        Matcher m = FIGURE.matcher(sentence);
        while (m.find()) {
            int start = m.start();
            if (start > 0 && "0123456789.,，第〔#×xX/".indexOf(sentence.charAt(start - 1)) >= 0) {
                continue;
            }
            if (start > 0 && Character.isLetter(sentence.charAt(start - 1)) && sentence.charAt(start - 1) < 0x2E80) {
                continue; // part of a code such as "V2" or "A3"
            }
            // a minus sign, unless it joins two numbers (1-11月, 7－12)
            boolean negative = start > 0
                    && "-－".indexOf(sentence.charAt(start - 1)) >= 0
                    && (start < 2 || !Character.isDigit(sentence.charAt(start - 2)));
            if (start > 0 && !negative && "-－".indexOf(sentence.charAt(start - 1)) >= 0) {
                continue;
            }
            found.add(figure(section, sentence, m, negative));
        }
        Matcher g = GRADE.matcher(sentence);
        while (g.find()) {
            String grade = Grades.normal(g.group(4));
            found.add(new StatedFigure(
                    section,
                    sentence,
                    new Quantity(Lexicon.GRADE, "等级"),
                    FigureKind.GRADE,
                    null,
                    null,
                    g.group(4),
                    BigDecimal.ZERO,
                    grade,
                    false,
                    g.start(4)));
        }
    }

    private StatedFigure figure(String section, String sentence, Matcher m, boolean negative) {
        String digits = m.group(1).replace(",", "");
        String decimals = m.group(2);
        String unit = m.group(3);
        BigDecimal value = new BigDecimal(decimals == null ? digits : digits + "." + decimals);
        if (negative) {
            value = value.negate();
        }
        int scale = decimals == null ? 0 : decimals.length();
        BigDecimal tolerance = HALF.movePointLeft(scale);
        FigureKind kind;
        switch (unit) {
            case "%", "％" -> {
                kind = FigureKind.RATE;
                unit = "%";
            }
            case "万元" -> kind = FigureKind.AMOUNT;
            case "亿元" -> {
                kind = FigureKind.AMOUNT;
                value = value.multiply(TEN_THOUSAND);
                tolerance = tolerance.multiply(TEN_THOUSAND);
                unit = "万元";
            }
            case "元" -> {
                kind = FigureKind.AMOUNT;
                value = value.divide(TEN_THOUSAND);
                tolerance = tolerance.divide(TEN_THOUSAND);
                unit = "万元";
            }
            case "分" -> kind = FigureKind.SCORE;
            case "名" -> {
                kind = FigureKind.COUNT;
                unit = "人";
                tolerance = BigDecimal.ZERO;
            }
            default -> kind = FigureKind.COUNT;
        }
        if (kind == FigureKind.COUNT) {
            tolerance = BigDecimal.ZERO; // things and people are counted, not rounded
        }
        String before = sentence.substring(Math.max(0, m.start() - 4), m.start());
        String after = sentence.substring(m.end());
        boolean hedged = HEDGE_BEFORE.matcher(before).find()
                || HEDGE_AFTER.matcher(after).find();
        Quantity quantity = null;
        boolean weight = kind == FigureKind.SCORE
                && (WEIGHT.matcher(before).find() || before.endsWith("（") || before.endsWith("("));
        if (!weight) {
            Found name = nameBefore(sentence, m.start(), kind);
            if (name == null && kind == FigureKind.COUNT) {
                Term next = lexicon.at(sentence, m.end(), kind);
                // "增加3名事业编制": the words before the number say whether it is a change or a target
                String lead = sentence.substring(Math.max(0, m.start() - 6), m.start());
                name = next == null ? null : new Found(next, m.end(), lead.substring(lead.lastIndexOf('，') + 1));
            }
            if (name != null) {
                if (CHANGE.matcher(name.between()).find()) {
                    name = null; // a change of the quantity, not its value
                } else if (TARGET.matcher(name.between()).find()) {
                    hedged = true;
                }
            }
            if (name != null) {
                quantity = quantity(sentence, name);
            }
        }
        return new StatedFigure(
                section, sentence, quantity, kind, value, unit, m.group().strip(), tolerance, null, hedged, m.start());
    }

    /** A name found before a figure, where it starts, and the words between them. */
    record Found(Term term, int start, String between) {}

    /** The nearest name before {@code end} that fits the kind, with only words (no other figure) between. */
    Found nameBefore(String sentence, int end, FigureKind kind) {
        Term best = null;
        int bestStart = -1;
        int bestEnd = -1;
        for (int p = end - 1; p >= 0 && p >= end - 40; p--) {
            Term t = lexicon.at(sentence, p, kind);
            if (t == null || p + t.word().length() > end) {
                continue;
            }
            int e = p + t.word().length();
            if (e > bestEnd || (e == bestEnd && t.word().length() > best.word().length())) {
                best = t;
                bestStart = p;
                bestEnd = e;
            }
        }
        if (best == null || partOfLongerName(sentence, best, bestStart)) {
            return null; // the nearest name is another thing's (营业执照自助终端3台): no earlier one applies
        }
        String between = sentence.substring(bestEnd, end);
        String words = NOT_A_FIGURE.matcher(between).replaceAll("");
        if (words.chars().anyMatch(Character::isDigit) || words.length() > 20) {
            return null;
        }
        if (best.key().startsWith("level:") && !between.contains("得")) {
            return null; // "决策（15分）" is the level's weight; its score is "得…分"
        }
        return new Found(best, bestStart, between);
    }

    static boolean partOfLongerName(String sentence, Term term, int start) {
        return term.key().equals(Lexicon.DEVICE_COUNT)
                && start > 0
                && Character.isIdeographic(sentence.charAt(start - 1))
                && DEVICE_NAME_PREFIX.indexOf(sentence.charAt(start - 1)) < 0;
    }

    /** The quantity of a name: its own, or its topic's when a topic word stands before it in the sentence. */
    Quantity quantity(String sentence, Found name) {
        Term term = name.term();
        String topic = null;
        // the topic of the clause ("上年三公经费支出"), else of the sentence's lead ("三公经费：…")
        String prefix = sentence.substring(0, name.start());
        int clause = Math.max(prefix.lastIndexOf('，'), prefix.lastIndexOf(','));
        Matcher t = TOPIC.matcher(prefix.substring(clause + 1));
        while (t.find()) {
            topic = t.group();
        }
        int colon = Math.max(prefix.indexOf('：'), prefix.indexOf(':'));
        if (topic == null && colon > 0) {
            Matcher lead = TOPIC.matcher(prefix.substring(0, colon));
            while (lead.find()) {
                topic = lead.group();
            }
        }
        if (topic == null || term.word().contains(topic) || term.label().contains(topic)) {
            return new Quantity(term.key(), term.label());
        }
        // "政府采购…执行率" is the 政府采购执行率
        for (Term known : lexicon.terms()) {
            if (known.word().equals(topic + term.word()) && known.kinds().equals(term.kinds())) {
                return new Quantity(known.key(), known.label());
            }
        }
        return new Quantity(topic + "·" + term.key(), topic + term.label());
    }
}
