package cn.jixiao.portal.finding.narrative;

import static cn.jixiao.portal.finding.FindingDraft.evidence;

import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A total stated with its parts that do not add up: "共计X万元，其中中央资金A万元、县级资金B万元", or a
 * breakdown in brackets, "办结30371件（交办6897件、直接答复23747件）" (seed 004: the parts make 30644, the
 * number received, not the number closed). One part alone may be a share ("其中市财政…"), so it is wrong
 * only when it exceeds the total; two or more are a breakdown and must add up.
 */
public class PartsDoNotAddUp implements NarrativeRule {
    public static final String CODE = "PARTS_DO_NOT_ADD_UP";

    /** Words between two parts that end the list ("，重点项目支出即为…", "，占…"). */
    static final Pattern LIST_ENDS = Pattern.compile("即|为|占|共|合计|总计|比|其中|" + FigureExtractor.CHANGE.pattern());

    static final Pattern AMONG = Pattern.compile("^[，,]?\\s*其中[：:]?");

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "合计数与分项之和不符：正文写明的合计数与其“其中”或括号内所列分项相加不等"
                + " (a total the text states does not equal the sum of the parts it lists)";
    }

    @Override
    public List<FindingDraft> run(NarrativeInput input) {
        Map<String, List<StatedFigure>> bySentence = new LinkedHashMap<>();
        for (StatedFigure f : input.figures()) {
            if (f.kind() == FigureKind.AMOUNT || f.kind() == FigureKind.COUNT || f.kind() == FigureKind.SCORE) {
                bySentence
                        .computeIfAbsent(f.section() + "\u0000" + f.sentence(), k -> new ArrayList<>())
                        .add(f);
            }
        }
        var found = new ArrayList<FindingDraft>();
        for (List<StatedFigure> figures : bySentence.values()) {
            for (int i = 0; i < figures.size(); i++) {
                StatedFigure total = figures.get(i);
                if (total.hedged()) {
                    continue;
                }
                List<StatedFigure> parts = partsOf(total, figures.subList(i + 1, figures.size()));
                if (parts.isEmpty() || addsUp(total, parts)) {
                    continue;
                }
                found.add(draft(input, total, parts));
            }
        }
        return found;
    }

    /** The parts listed right after a total: in brackets, or after "其中". */
    static List<StatedFigure> partsOf(StatedFigure total, List<StatedFigure> after) {
        String s = total.sentence();
        int end = total.position() + total.text().length();
        var parts = new ArrayList<StatedFigure>();
        if (end < s.length() && (s.charAt(end) == '（' || s.charAt(end) == '(')) {
            int close = s.indexOf(s.charAt(end) == '（' ? '）' : ')', end);
            if (close < 0) {
                return parts;
            }
            for (StatedFigure f : after) {
                if (f.position() > close) {
                    break;
                }
                if (sameUnit(total, f)) {
                    parts.add(f);
                }
            }
            // one figure in brackets is an aside ("（满分100分）", "（取整为85分）"), not a breakdown
            boolean among = AMONG.matcher(s.substring(end + 1)).find();
            return parts.size() >= 2 || among ? parts : List.of();
        }
        var among = AMONG.matcher(s.substring(end));
        if (!among.find()) {
            return parts;
        }
        int from = end + among.end();
        for (StatedFigure f : after) {
            if (!sameUnit(total, f)) {
                continue;
            }
            String between = s.substring(from, f.position());
            if (!parts.isEmpty()
                    && (between.length() > 12 || LIST_ENDS.matcher(between).find())) {
                break;
            }
            if (parts.isEmpty() && between.length() > 12) {
                break;
            }
            if (f.hedged()) {
                break;
            }
            parts.add(f);
            from = f.position() + f.text().length();
        }
        return parts;
    }

    static boolean sameUnit(StatedFigure a, StatedFigure b) {
        return a.kind() == b.kind() && (a.kind() != FigureKind.COUNT || a.unit().equals(b.unit()));
    }

    static boolean addsUp(StatedFigure total, List<StatedFigure> parts) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal tolerance = total.tolerance();
        for (StatedFigure p : parts) {
            sum = sum.add(p.value());
            tolerance = tolerance.add(p.tolerance());
        }
        BigDecimal diff = sum.subtract(total.value());
        if (parts.size() == 1) {
            return diff.compareTo(tolerance) <= 0; // one part may be a share of the total
        }
        return diff.abs().compareTo(tolerance) <= 0;
    }

    private static FindingDraft draft(NarrativeInput input, StatedFigure total, List<StatedFigure> parts) {
        BigDecimal sum = parts.stream().map(StatedFigure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        String listed = parts.stream().map(StatedFigure::text).collect(Collectors.joining(" + "));
        String unit = total.kind() == FigureKind.SCORE ? "分" : total.unit();
        String sumText = sum.stripTrailingZeros().toPlainString() + unit;
        return new FindingDraft(
                input.subjectKey(total.section(), CODE, total.text(), total.sentence()),
                input.title(total.section()) + " " + NarrativeRules.quote(total.sentence()) + "中合计 " + total.text()
                        + "，所列分项 " + listed + " = " + sumText + "，两者不等 (the parts add up to " + sumText
                        + ", not to the stated " + total.text() + ")",
                evidence(
                        "sentence",
                        total.sentence(),
                        "section",
                        total.section(),
                        "quantity",
                        total.quantity() == null ? "合计" : total.quantity().label(),
                        "stated",
                        total.value(),
                        "statedText",
                        total.text(),
                        "recorded",
                        sum,
                        "recordedText",
                        sumText,
                        "record",
                        "所列分项之和：" + listed));
    }
}
