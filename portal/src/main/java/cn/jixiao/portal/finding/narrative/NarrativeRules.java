package cn.jixiao.portal.finding.narrative;

import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.narrative.NarrativeFacts.Alternative;
import cn.jixiao.portal.finding.narrative.NarrativeFacts.RateDefinition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Every narrative rule, in the order findings are listed: the one list to add one to. */
public final class NarrativeRules {
    public static final List<NarrativeRule> ALL = List.of(
            new FigureDiffersFromRecords(),
            new StatedRateMislabelled(),
            new SameQuantityDiffers(),
            new PartsDoNotAddUp());

    public static final Set<String> CODES =
            ALL.stream().map(NarrativeRule::code).collect(Collectors.toUnmodifiableSet());

    private NarrativeRules() {}

    /** A finding as a rule makes it. */
    public record Found(NarrativeRule rule, FindingDraft draft) {}

    public static List<Found> runAll(NarrativeInput input) {
        var found = new ArrayList<Found>();
        for (NarrativeRule rule : ALL) {
            for (FindingDraft draft : rule.run(input)) {
                found.add(new Found(rule, draft));
            }
        }
        return found;
    }

    /**
     * The other formula a stated rate follows when it is not its own: it differs from the rate's own
     * value and agrees with another computation over the same records.
     */
    static Optional<Alternative> mislabelledAs(StatedFigure f, NarrativeFacts facts) {
        if (!f.states() || f.kind() != FigureKind.RATE) {
            return Optional.empty();
        }
        RateDefinition rate = facts.rates().get(f.quantity().key());
        if (rate == null || agreesWithOwn(f, rate)) {
            return Optional.empty();
        }
        return rate.alternatives().stream()
                .filter(a -> f.agrees(a.value(), BigDecimal.ZERO))
                .findFirst();
    }

    static boolean agreesWithOwn(StatedFigure f, RateDefinition rate) {
        return f.agrees(rate.own(), BigDecimal.ZERO)
                || (rate.signless() && f.agrees(rate.own().abs(), BigDecimal.ZERO));
    }

    /** A sentence as a message quotes it: in 「」, shortened to 80 characters. */
    static String quote(String sentence) {
        String s = sentence.length() > 80 ? sentence.substring(0, 79) + "…" : sentence;
        return "「" + s + "」";
    }
}
