package cn.jixiao.portal.evaluation.service;

import cn.jixiao.platform.publication.Grade;
import cn.jixiao.portal.indicator.RuleParams;
import cn.jixiao.portal.indicator.Scoring;
import cn.jixiao.portal.indicator.ScoringRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arithmetic of an evaluation's scores, without the database: a leaf's computed score from its
 * rule, then the totals. A leaf (an indicator without children, normally level 3) counts its score
 * (the hand-entered one when there is one, else the rule's); one with no score yet counts 0 and is
 * listed as unscored. A level-2 or level-1 indicator scores the sum of its children; the total is the
 * sum of level 1; the grade follows the total by the 90/80/60 bands.
 */
public final class ScoreSheet {
    private ScoreSheet() {}

    /** One indicator of the tree; {@code score} is a leaf's counted score (null = not scored yet). */
    public record Node(long id, Long parentId, int level, BigDecimal weight, BigDecimal score) {}

    /** Each indicator's score (leaves as counted, parents summed), the total, the grade, the unscored leaves. */
    public record Totals(Map<Long, BigDecimal> scores, BigDecimal total, Grade grade, List<Long> unscored) {
        public BigDecimal of(long id) {
            return scores.get(id);
        }
    }

    /**
     * A leaf's computed score: what the rule gives for these figures, or null when it cannot decide (no
     * actual value, nothing ticked yet on a checklist or yes/no, a MANUAL rule).
     */
    public static BigDecimal computed(
            ScoringRule rule,
            RuleParams params,
            BigDecimal weight,
            String comparator,
            BigDecimal target,
            BigDecimal actual,
            List<Integer> checked) {
        if (rule == null) {
            return null;
        }
        if ((rule == ScoringRule.CHECKLIST || rule == ScoringRule.YES_NO) && checked == null) {
            return null;
        }
        Set<Integer> ticks = checked == null ? Set.of() : new HashSet<>(checked);
        return Scoring.score(new Scoring.Leaf(rule, params, weight, comparator, target, actual, ticks))
                .orElse(null);
    }

    public static Totals totals(List<Node> nodes) {
        Map<Long, List<Node>> children = new HashMap<>();
        for (Node n : nodes) {
            if (n.parentId() != null) {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        Map<Long, BigDecimal> scores = new LinkedHashMap<>();
        List<Long> unscored = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Node n : nodes) {
            if (n.parentId() == null) {
                total = total.add(sum(n, children, scores, unscored));
            }
        }
        total = total.setScale(2, RoundingMode.HALF_UP);
        return new Totals(scores, total, Grade.forScore(total), unscored);
    }

    private static BigDecimal sum(
            Node node, Map<Long, List<Node>> children, Map<Long, BigDecimal> scores, List<Long> unscored) {
        List<Node> kids = children.get(node.id());
        BigDecimal score;
        if (kids == null || kids.isEmpty()) {
            if (node.score() == null) {
                unscored.add(node.id());
                score = BigDecimal.ZERO;
            } else {
                score = node.score();
            }
        } else {
            score = BigDecimal.ZERO;
            for (Node kid : kids) {
                score = score.add(sum(kid, children, scores, unscored));
            }
        }
        score = score.setScale(2, RoundingMode.HALF_UP);
        scores.put(node.id(), score);
        return score;
    }
}
