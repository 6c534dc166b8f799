package cn.jixiao.portal.finding.years;

import cn.jixiao.portal.finding.FindingDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Every across-years rule, in the order findings are listed: the one list to add one to. */
public final class YearRules {
    public static final List<YearRule> ALL = List.of(
            new LastYearFigureDiffers(),
            new RectificationNotReported(),
            new MissedTargetDropped(),
            new StatedChangeDiffers());

    public static final Set<String> CODES = ALL.stream().map(YearRule::code).collect(Collectors.toUnmodifiableSet());

    private YearRules() {}

    /** A finding as a rule makes it. */
    public record Found(YearRule rule, FindingDraft draft) {}

    /** Runs every rule; with no evaluation of the same subject last year there is nothing to compare. */
    public static List<Found> runAll(YearInput input) {
        var found = new ArrayList<Found>();
        if (input.lastYear() == null) {
            return found;
        }
        for (YearRule rule : ALL) {
            for (FindingDraft draft : rule.run(input)) {
                found.add(new Found(rule, draft));
            }
        }
        return found;
    }

    /** A sentence as a message quotes it: in 「」, shortened to 80 characters. */
    static String quote(String sentence) {
        String s = sentence.length() > 80 ? sentence.substring(0, 79) + "…" : sentence;
        return "「" + s + "」";
    }
}
