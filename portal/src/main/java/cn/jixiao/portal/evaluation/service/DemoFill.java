package cn.jixiao.portal.evaluation.service;

import cn.jixiao.portal.evaluation.EvaluationIndicator;
import cn.jixiao.portal.indicator.RuleParams;
import cn.jixiao.portal.indicator.ScoringRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a demo evaluation is filled so that the product's own scoring gives what the seed document
 * printed, whatever the template's level-2 and level-3 indicators are: leaves that read the records,
 * or whose actual value the seed gives, score what their rule computes; the other leaves start at full
 * marks and give up the difference to the seed's level-1 score (or total), in proportion to their
 * weights. A score is then entered as the ticks of a checklist when some of its items add up to it
 * exactly, else as a hand-entered score with the seed's finding as its reason. Pure: no database.
 */
public final class DemoFill {
    private DemoFill() {}

    /** A leaf as the plan sees it: its level-1 name, rule and figures, and its computed score if fixed. */
    public record Leaf(
            long id,
            String level1,
            String name,
            BigDecimal weight,
            ScoringRule rule,
            RuleParams params,
            BigDecimal fixed) {}

    /** What to enter on a leaf: ticks, or a hand score with its reason. */
    public record Entry(long id, List<Integer> ticks, BigDecimal manual, String reason) {}

    /**
     * @param levelTargets level-1 keyword → the seed's score of that level (empty: use {@code total})
     * @param total the seed's total when it prints no level scores
     * @param deductFirst level-1 keywords that give up points first when only a total is known
     * @param leafScores leaf-name keyword → the seed's score of that leaf
     * @param reasons level-1 keyword → why points were lost there (the seed's findings)
     */
    public static List<Entry> plan(
            List<Leaf> leaves,
            Map<String, BigDecimal> levelTargets,
            BigDecimal total,
            List<String> deductFirst,
            Map<String, BigDecimal> leafScores,
            Map<String, String> reasons,
            String defaultReason) {
        Map<Long, BigDecimal> desired = new LinkedHashMap<>();
        List<Leaf> free = new ArrayList<>();
        for (Leaf leaf : leaves) {
            if (leaf.fixed() != null) {
                continue;
            }
            BigDecimal explicit = match(leafScores, leaf.name());
            if (explicit != null) {
                desired.put(leaf.id(), explicit);
            } else {
                desired.put(leaf.id(), leaf.weight());
                free.add(leaf);
            }
        }
        if (!levelTargets.isEmpty()) {
            for (var target : levelTargets.entrySet()) {
                List<Leaf> in = leaves.stream()
                        .filter(l -> l.level1().contains(target.getKey()))
                        .toList();
                BigDecimal now = sum(in, desired);
                deduct(free.stream().filter(in::contains).toList(), now.subtract(target.getValue()), desired);
            }
        } else if (total != null) {
            BigDecimal deficit = sum(leaves, desired).subtract(total);
            for (String keyword : deductFirst) {
                if (deficit.signum() <= 0) {
                    break;
                }
                List<Leaf> group =
                        free.stream().filter(l -> l.level1().contains(keyword)).toList();
                BigDecimal room = group.stream().map(l -> desired.get(l.id())).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal take = deficit.min(room);
                deduct(group, take, desired);
                deficit = deficit.subtract(take);
            }
            deduct(free, deficit, desired);
        }
        var entries = new ArrayList<Entry>();
        for (Leaf leaf : leaves) {
            BigDecimal score = desired.get(leaf.id());
            if (score == null) {
                continue;
            }
            String reason = score.compareTo(leaf.weight()) < 0
                    ? reasonFor(reasons, leaf.level1(), defaultReason)
                    : "达到评价标准，按评价报告所载得分 (full marks as the report scored it)";
            List<Integer> ticks = ticks(leaf, score);
            entries.add(
                    ticks != null
                            ? new Entry(leaf.id(), ticks, null, reason)
                            : new Entry(leaf.id(), null, score, reason));
        }
        return entries;
    }

    private static BigDecimal sum(List<Leaf> leaves, Map<Long, BigDecimal> desired) {
        BigDecimal s = BigDecimal.ZERO;
        for (Leaf l : leaves) {
            s = s.add(l.fixed() != null ? l.fixed() : desired.get(l.id()));
        }
        return s;
    }

    /** Takes {@code amount} off the group's desired scores in proportion to their weights, to the cent. */
    private static void deduct(List<Leaf> group, BigDecimal amount, Map<Long, BigDecimal> desired) {
        if (amount.signum() == 0 || group.isEmpty()) {
            return;
        }
        BigDecimal weights = group.stream().map(Leaf::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal left = amount;
        for (int n = 0; n < group.size(); n++) {
            Leaf leaf = group.get(n);
            BigDecimal share = n == group.size() - 1 || weights.signum() == 0
                    ? left
                    : amount.multiply(leaf.weight()).divide(weights, 2, RoundingMode.HALF_UP);
            BigDecimal current = desired.get(leaf.id());
            BigDecimal next = current.subtract(share).max(BigDecimal.ZERO).min(leaf.weight());
            left = left.subtract(current.subtract(next));
            desired.put(leaf.id(), next.setScale(2, RoundingMode.HALF_UP));
        }
        if (left.signum() != 0) {
            // what the last leaves could not take goes to the others, highest first
            for (Leaf leaf : group) {
                BigDecimal current = desired.get(leaf.id());
                BigDecimal next = current.subtract(left).max(BigDecimal.ZERO).min(leaf.weight());
                left = left.subtract(current.subtract(next));
                desired.put(leaf.id(), next);
                if (left.signum() == 0) {
                    break;
                }
            }
        }
    }

    /** The checklist items whose points add up to the score exactly (fewest left unticked), or null. */
    static List<Integer> ticks(Leaf leaf, BigDecimal score) {
        if (leaf.rule() == ScoringRule.YES_NO) {
            return score.compareTo(leaf.weight()) == 0 ? List.of(0) : score.signum() == 0 ? List.of() : null;
        }
        if (leaf.rule() != ScoringRule.CHECKLIST || leaf.params() == null) {
            return null;
        }
        var items = leaf.params().items();
        if (items.isEmpty() || items.size() > 12) {
            return null;
        }
        List<Integer> best = null;
        for (int mask = (1 << items.size()) - 1; mask >= 0; mask--) {
            BigDecimal sum = BigDecimal.ZERO;
            var picked = new ArrayList<Integer>();
            for (int i = 0; i < items.size(); i++) {
                if ((mask & (1 << i)) != 0 && items.get(i).points() != null) {
                    sum = sum.add(items.get(i).points());
                    picked.add(i);
                }
            }
            if (sum.min(leaf.weight()).compareTo(score) == 0 && (best == null || picked.size() > best.size())) {
                best = picked;
            }
        }
        return best;
    }

    private static BigDecimal match(Map<String, BigDecimal> byKeyword, String name) {
        for (var e : byKeyword.entrySet()) {
            if (name != null && name.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static String reasonFor(Map<String, String> reasons, String level1, String fallback) {
        for (var e : reasons.entrySet()) {
            if (level1 != null && level1.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return fallback;
    }

    /** The leaves of an evaluation with their level-1 names, as scored so far. */
    public static List<Leaf> leaves(List<EvaluationIndicator> all) {
        Map<Long, EvaluationIndicator> byId = new HashMap<>();
        var parents = new java.util.HashSet<Long>();
        for (EvaluationIndicator i : all) {
            byId.put(i.id, i);
            if (i.parentId != null) {
                parents.add(i.parentId);
            }
        }
        var leaves = new ArrayList<Leaf>();
        for (EvaluationIndicator i : all) {
            if (parents.contains(i.id)) {
                continue;
            }
            EvaluationIndicator top = i;
            while (top.parentId != null && byId.containsKey(top.parentId)) {
                top = byId.get(top.parentId);
            }
            boolean fixed = i.computedScore != null
                    && (i.rule == ScoringRule.RECORD
                            || i.rule == ScoringRule.BANDS
                            || i.rule == ScoringRule.PROPORTIONAL);
            leaves.add(
                    new Leaf(i.id, top.name, i.name, i.weight, i.rule, i.ruleParams, fixed ? i.computedScore : null));
        }
        return leaves;
    }
}
