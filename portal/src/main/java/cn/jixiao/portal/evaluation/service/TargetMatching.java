package cn.jixiao.portal.evaluation.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places the indicators of an approved target table (一级/二级 headings and a content) on the leaves of
 * an evaluation's indicator tree, by their names:
 *
 * <ol>
 *   <li>a leaf matches when its name or its level-2 parent's name is the target's 二级 heading (数量指标 ~
 *       数量 ~ 产出数量), and the target's 一级 heading (产出指标 ~ 项目产出) appears on its path (level 1,
 *       level 2 or the leaf itself); the first such leaf, in the tree's order, takes the target;
 *   <li>a leaf that several targets match keeps the first, and each further target becomes an extra
 *       level-3 indicator beside it, the leaf's weight split evenly between them (to the cent, the
 *       remainder on the first), so the weights still add up;
 *   <li>a target no leaf matches is left out and named in the CREATED event.
 * </ol>
 *
 * Names are compared without blanks, "指标" and "项目".
 */
public final class TargetMatching {
    private TargetMatching() {}

    /** A leaf and the names on its path. */
    public record Leaf(long id, String name, String level2, String level1) {}

    /** A target indicator's headings. */
    public record Target(long id, String level1, String level2, String name) {}

    /** Which targets each leaf takes (in order), and the targets left out. */
    public record Placement(Map<Long, List<Target>> byLeaf, List<Target> unmatched) {}

    public static Placement place(List<Leaf> leaves, List<Target> targets) {
        Map<Long, List<Target>> byLeaf = new LinkedHashMap<>();
        List<Target> unmatched = new ArrayList<>();
        for (Target t : targets) {
            Leaf leaf = best(leaves, t);
            if (leaf == null) {
                unmatched.add(t);
            } else {
                byLeaf.computeIfAbsent(leaf.id(), k -> new ArrayList<>()).add(t);
            }
        }
        return new Placement(byLeaf, unmatched);
    }

    private static Leaf best(List<Leaf> leaves, Target t) {
        String l1 = norm(t.level1());
        String l2 = norm(t.level2());
        if (l2.isEmpty()) {
            return null;
        }
        for (Leaf leaf : leaves) {
            String name = norm(leaf.name());
            String parent = norm(leaf.level2());
            boolean heading = similar(name, l2) || similar(parent, l2);
            boolean path = l1.isEmpty() || similar(norm(leaf.level1()), l1) || parent.contains(l1) || name.contains(l1);
            if (heading && path) {
                return leaf;
            }
        }
        return null;
    }

    private static boolean similar(String a, String b) {
        return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    static String norm(String name) {
        return name == null ? "" : name.replaceAll("\\s+", "").replace("指标", "").replace("项目", "");
    }
}
