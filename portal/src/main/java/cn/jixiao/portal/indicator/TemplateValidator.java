package cn.jixiao.portal.indicator;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.platform.publication.EvaluationScope;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a template tree before it is saved (and every library template at start): exactly three
 * levels, level-1 weights adding up to 100, each parent's children adding up to its weight, a scoring
 * rule on every level-3 indicator and only there, and each rule's parameters usable. Every problem names
 * the field it is about ({@code indicators[3].weight}) and says where in the tree, in Chinese then
 * English. A checklist's points must add up to at least the weight (criteria may be alternatives, as
 * seed 003's 到位时效 ①2 / ②1 / ③0.5 are; the score never passes the weight), and no item is worth
 * more than the weight.
 */
public final class TemplateValidator {
    static final BigDecimal FULL = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_WEIGHT = new BigDecimal("999999.99");
    private static final Set<String> COMPARATORS = Set.of(">=", "<=", "=", ">", "<");
    private static final String[] LEVEL = {"", "一级", "二级", "三级"};
    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private TemplateValidator() {}

    /** A problem and the field it is about. */
    public record Problem(String field, String message) {}

    /** A checked indicator: its place in the tree (parent by index in the list, -1 for level 1). */
    public record Node(
            int index,
            String key,
            int parentIndex,
            int level,
            int position,
            String name,
            BigDecimal weight,
            ScoringRule rule,
            RuleParams params,
            RecordKey recordKey,
            boolean evidenceRequired,
            String description,
            String criteria) {}

    public record Result(List<Node> nodes, List<Problem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** The header (name, subject, kind) and the tree. */
    public static Result check(TemplateInput input) {
        List<Problem> problems = new ArrayList<>();
        if (input.name() == null || input.name().isBlank()) {
            problems.add(new Problem("name", "请填写指标体系名称 (a name is required)"));
        } else if (input.name().strip().length() > 200) {
            problems.add(new Problem("name", "名称不能超过200个字 (the name is longer than 200 characters)"));
        }
        if (parse(EvaluationScope.class, input.subjectKind()) == null) {
            problems.add(new Problem(
                    "subjectKind", "评价对象须为项目支出（PROJECT）或部门整体支出（DEPARTMENT） (subjectKind is PROJECT or DEPARTMENT)"));
        }
        if (blank(input.evaluationKind()) == null) {
            // any kind
        } else if (parse(EvaluationKind.class, input.evaluationKind()) == null) {
            problems.add(new Problem(
                    "evaluationKind", "评价类型须为 SELF、THIRD_PARTY 或 FINANCE_REVIEW (unknown evaluation kind)"));
        }
        Result tree = checkTree(input.indicators());
        problems.addAll(tree.problems());
        return new Result(tree.nodes(), List.copyOf(problems));
    }

    /** The tree alone. */
    public static Result checkTree(List<IndicatorInput> indicators) {
        List<Problem> problems = new ArrayList<>();
        if (indicators == null || indicators.isEmpty()) {
            problems.add(new Problem("indicators", "指标体系至少需要一个一级指标 (a template needs its indicators)"));
            return new Result(List.of(), problems);
        }
        List<Node> nodes = new ArrayList<>();
        Map<String, Integer> byKey = new HashMap<>();
        Map<Integer, Integer> childCount = new HashMap<>();
        boolean broken = false;
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorInput in = indicators.get(i);
            String field = "indicators[" + i + "]";
            if (in == null) {
                problems.add(new Problem(field, "第" + (i + 1) + "行是空的 (row " + (i + 1) + " is empty)"));
                nodes.add(null);
                continue;
            }
            String name = in.name() == null ? "" : in.name().strip();
            String key = blank(in.key()) == null ? "#" + i : in.key().strip();
            if (byKey.containsKey(key)) {
                problems.add(new Problem(field + ".key", "标识「" + key + "」重复 (key " + key + " is used twice)"));
            }
            int before = problems.size();
            int parent = parentOf(in, i, nodes, byKey, field, problems);
            broken |= problems.size() > before;
            int level = parent < 0 ? 1 : nodes.get(parent).level() + 1;
            if (parent < 0 && in.level() != null && in.level() > 1) {
                level = -1; // reported by parentOf
            } else if (in.level() != null && in.level() != level) {
                problems.add(new Problem(
                        field + ".level",
                        "「" + name + "」的级次 " + in.level() + " 与其上级不符，应为 " + level
                                + " (the level does not follow from its parent)"));
            }
            if (level > 3) {
                broken = true;
                problems.add(new Problem(
                        field + ".parentKey",
                        "「" + name + "」超出三级：指标体系只有一级、二级、三级 (a template has exactly three levels)"));
            }
            if (name.isEmpty()) {
                problems.add(new Problem(field + ".name", "第" + (i + 1) + "行：请填写指标名称 (a name is required)"));
            }
            int position = childCount.merge(parent, 1, Integer::sum) - 1;
            Node node = new Node(
                    i,
                    key,
                    parent,
                    level,
                    position,
                    name,
                    in.weight(),
                    null,
                    null,
                    null,
                    Boolean.TRUE.equals(in.evidenceRequired()),
                    blank(in.description()),
                    blank(in.criteria()));
            checkWeight(node, field, problems);
            if (level >= 1 && level <= 3) {
                node = checkRule(node, in, field, problems);
            }
            byKey.putIfAbsent(key, i);
            nodes.add(node);
        }
        if (broken || nodes.stream().anyMatch(n -> n == null || n.level() < 1)) {
            return new Result(List.of(), problems); // the tree itself is broken: sums would mislead
        }
        checkShape(nodes, problems);
        checkSums(nodes, problems);
        return new Result(List.copyOf(nodes), problems);
    }

    private static int parentOf(
            IndicatorInput in,
            int i,
            List<Node> nodes,
            Map<String, Integer> byKey,
            String field,
            List<Problem> problems) {
        String parentKey = blank(in.parentKey());
        if (parentKey != null) {
            Integer parent = byKey.get(parentKey);
            if (parent == null) {
                problems.add(new Problem(
                        field + ".parentKey",
                        "上级指标「" + parentKey + "」不在其上方的行中 (the parent must be a row above this one)"));
                return -1;
            }
            return parent;
        }
        if (in.level() == null || in.level() == 1) {
            return -1;
        }
        if (in.level() < 1 || in.level() > 3) {
            problems.add(new Problem(field + ".level", "级次须为1、2或3 (level is 1, 2 or 3)"));
            return -1;
        }
        for (int j = nodes.size() - 1; j >= 0; j--) {
            Node above = nodes.get(j);
            if (above != null && above.level() == in.level() - 1) {
                return j;
            }
        }
        problems.add(new Problem(
                field + ".level",
                "第" + (i + 1) + "行是" + LEVEL[in.level()] + "指标，但上方没有" + LEVEL[in.level() - 1]
                        + "指标 (no indicator one level up above this row)"));
        return -1;
    }

    private static void checkWeight(Node node, String field, List<Problem> problems) {
        BigDecimal w = node.weight();
        if (w == null) {
            problems.add(new Problem(field + ".weight", "「" + node.name() + "」请填写分值 (a weight is required)"));
        } else if (w.signum() < 0 || w.compareTo(MAX_WEIGHT) > 0) {
            problems.add(new Problem(field + ".weight", "「" + node.name() + "」的分值须在0到100之间 (weight out of range)"));
        } else if (w.stripTrailingZeros().scale() > 2) {
            problems.add(new Problem(
                    field + ".weight", "「" + node.name() + "」的分值最多两位小数 (a weight has at most two decimals)"));
        }
    }

    private static Node checkRule(Node node, IndicatorInput in, String field, List<Problem> problems) {
        String ruleName = blank(in.rule());
        String recordName = blank(in.recordKey());
        boolean leaf = node.level() == 3;
        if (!leaf) {
            if (ruleName != null || recordName != null || hasParams(in.ruleParams())) {
                problems.add(new Problem(
                        field + ".rule",
                        LEVEL[node.level()] + "指标「" + node.name()
                                + "」不设评分规则，只有三级指标设 (only level-3 indicators carry a rule)"));
            }
            return node;
        }
        String where = "三级指标「" + node.name() + "」";
        if (ruleName == null) {
            problems.add(new Problem(field + ".rule", where + "请选择评分规则 (a level-3 indicator needs a scoring rule)"));
            return node;
        }
        ScoringRule rule = parse(ScoringRule.class, ruleName);
        if (rule == null) {
            problems.add(new Problem(field + ".rule", where + "的评分规则「" + ruleName + "」未知 (unknown rule)"));
            return node;
        }
        RuleParams params = params(in.ruleParams(), where, field, problems);
        if (params == null) {
            return node;
        }
        RecordKey recordKey = null;
        if (recordName != null) {
            recordKey = parse(RecordKey.class, recordName);
            if (recordKey == null) {
                problems.add(
                        new Problem(field + ".recordKey", where + "的记录指标「" + recordName + "」未知 (unknown record key)"));
            } else if (rule != ScoringRule.RECORD) {
                problems.add(new Problem(
                        field + ".recordKey", where + "只有「取自业务记录」的规则才取记录数据 (only a RECORD rule reads the records)"));
            }
        } else if (rule == ScoringRule.RECORD) {
            problems.add(
                    new Problem(field + ".recordKey", where + "取自业务记录，须指明取哪项数据 (a RECORD rule needs a record key)"));
        }
        String p = field + ".ruleParams";
        if (params.comparator() != null && !COMPARATORS.contains(params.comparator())) {
            problems.add(new Problem(p, where + "的比较符须为 >=、<=、=、>、< (unknown comparator)"));
        }
        if (params.target() != null && params.target().signum() < 0) {
            problems.add(new Problem(p, where + "的目标值不能为负 (the target cannot be negative)"));
        }
        switch (rule) {
            case BANDS -> checkBands(params, where, p, problems);
            case RECORD -> {
                if (!params.bands().isEmpty()) {
                    checkBands(params, where, p, problems);
                }
                checkCap(params, where, p, problems);
            }
            case PROPORTIONAL -> checkCap(params, where, p, problems);
            case CHECKLIST -> checkChecklist(params, node.weight(), where, p, problems);
            case YES_NO, MANUAL -> {}
        }
        return new Node(
                node.index(),
                node.key(),
                node.parentIndex(),
                node.level(),
                node.position(),
                node.name(),
                node.weight(),
                rule,
                params,
                recordKey,
                node.evidenceRequired(),
                node.description(),
                node.criteria());
    }

    private static void checkBands(RuleParams params, String where, String field, List<Problem> problems) {
        BigDecimal previous = null;
        for (int b = 0; b < params.bands().size(); b++) {
            RuleParams.Band band = params.bands().get(b);
            String which = where + "第" + (b + 1) + "档";
            if (band == null || band.from() == null || band.share() == null) {
                problems.add(new Problem(field, which + "须有起点和得分比例 (a band needs from and share)"));
                return;
            }
            if (band.share().signum() < 0 || band.share().compareTo(BigDecimal.ONE) > 0) {
                problems.add(new Problem(
                        field, which + "的得分比例 " + plain(band.share()) + " 须在0到1之间 (a share is between 0 and 1)"));
            }
            if (previous != null && band.from().compareTo(previous) >= 0) {
                problems.add(new Problem(
                        field,
                        which + "的起点 " + plain(band.from()) + " 须小于上一档的 " + plain(previous)
                                + " (bands go from the highest down)"));
            }
            previous = band.from();
        }
    }

    private static void checkCap(RuleParams params, String where, String field, List<Problem> problems) {
        if (params.cap() != null && params.cap().compareTo(BigDecimal.ONE) < 0) {
            problems.add(
                    new Problem(field, where + "的完成率上限 " + plain(params.cap()) + " 不能小于1 (the cap is at least 1)"));
        }
    }

    private static void checkChecklist(
            RuleParams params, BigDecimal weight, String where, String field, List<Problem> problems) {
        if (params.items().isEmpty()) {
            problems.add(new Problem(field, where + "按要点计分，须列出要点及其分值 (a checklist needs its items)"));
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < params.items().size(); k++) {
            RuleParams.ChecklistItem item = params.items().get(k);
            String which = where + "要点" + (k + 1);
            if (item == null || blank(item.text()) == null) {
                problems.add(new Problem(field, which + "须有内容 (an item needs its text)"));
                continue;
            }
            if (item.points() == null || item.points().signum() <= 0) {
                problems.add(new Problem(field, which + "「" + item.text() + "」须有大于0的分值 (an item needs points)"));
                continue;
            }
            if (weight != null && item.points().compareTo(weight) > 0) {
                problems.add(new Problem(
                        field,
                        which + "「" + item.text() + "」的分值 " + plain(item.points()) + " 超过指标分值 " + plain(weight)
                                + " (an item is worth more than the indicator)"));
            }
            sum = sum.add(item.points());
        }
        if (weight != null && sum.compareTo(weight) < 0) {
            problems.add(new Problem(
                    field,
                    where + "各要点分值合计 " + plain(sum) + "，少于指标分值 " + plain(weight) + " (the items add up to " + plain(sum)
                            + ", less than the weight " + plain(weight) + ")"));
        }
    }

    /** Level 1 and 2 indicators need children; only level 3 are leaves. */
    private static void checkShape(List<Node> nodes, List<Problem> problems) {
        Set<Integer> parents = new HashSet<>();
        nodes.forEach(n -> parents.add(n.parentIndex()));
        for (Node n : nodes) {
            if (n.level() < 3 && !parents.contains(n.index())) {
                problems.add(new Problem(
                        "indicators[" + n.index() + "]",
                        LEVEL[n.level()] + "指标「" + n.name() + "」下没有" + LEVEL[n.level() + 1] + "指标 (a level-" + n.level()
                                + " indicator needs indicators under it)"));
            }
        }
    }

    private static void checkSums(List<Node> nodes, List<Problem> problems) {
        Map<Integer, BigDecimal> sums = new HashMap<>();
        for (Node n : nodes) {
            if (n.weight() != null) {
                sums.merge(n.parentIndex(), n.weight(), BigDecimal::add);
            }
        }
        BigDecimal top = sums.getOrDefault(-1, BigDecimal.ZERO);
        if (top.compareTo(FULL) != 0) {
            problems.add(new Problem(
                    "indicators",
                    "一级指标分值合计 " + plain(top) + "，应为 100 (the level-1 weights add up to " + plain(top) + ", not 100)"));
        }
        for (Node n : nodes) {
            BigDecimal children = sums.get(n.index());
            if (children == null || n.weight() == null || children.compareTo(n.weight()) == 0) {
                continue;
            }
            problems.add(new Problem(
                    "indicators[" + n.index() + "].weight",
                    LEVEL[n.level()] + "指标「" + n.name() + "」下的" + LEVEL[n.level() + 1] + "指标分值合计 "
                            + plain(children) + "，应为 " + plain(n.weight()) + " (the level-" + (n.level() + 1)
                            + " weights under " + n.name() + " add up to " + plain(children) + ", not "
                            + plain(n.weight()) + ")"));
        }
    }

    private static RuleParams params(JsonNode node, String where, String field, List<Problem> problems) {
        if (!hasParams(node)) {
            return RuleParams.NONE;
        }
        try {
            JsonNode tree = node.isTextual() ? JSON.readTree(node.asText()) : node;
            if (tree == null || tree.isNull() || tree.isMissingNode()) {
                return RuleParams.NONE;
            }
            RuleParams params = JSON.treeToValue(tree, RuleParams.class);
            return params == null ? RuleParams.NONE : params;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            problems.add(new Problem(
                    field + ".ruleParams",
                    where + "的评分参数无法读取，须为 bands / items / cap / comparator / target 组成的JSON"
                            + " (the rule parameters are not valid JSON of bands, items, cap, comparator, target)"));
            return null;
        }
    }

    private static boolean hasParams(JsonNode node) {
        return node != null
                && !node.isNull()
                && !(node.isTextual() && node.asText().isBlank());
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
