package cn.jixiao.portal.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each refusal of a template tree, with the field and the words that say where. */
class TemplateValidatorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static IndicatorInput row(String key, String parent, String name, String weight) {
        return new IndicatorInput(key, parent, null, name, new BigDecimal(weight), null, null, null, null, null, null);
    }

    static IndicatorInput leaf(String key, String parent, String name, String weight, String rule, String params) {
        return leaf(key, parent, name, weight, rule, params, null);
    }

    static IndicatorInput leaf(
            String key, String parent, String name, String weight, String rule, String params, String recordKey) {
        try {
            JsonNode node = params == null ? null : JSON.readTree(params);
            return new IndicatorInput(
                    key, parent, null, name, new BigDecimal(weight), rule, node, recordKey, null, null, null);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** 项目管理 25 of seed 003 under a level-1 sibling of 75 that adds up. */
    static List<IndicatorInput> seed003Part() {
        List<IndicatorInput> rows = new ArrayList<>();
        rows.add(row("m", null, "项目管理", "25"));
        rows.add(row("m1", "m", "资金到位", "5"));
        rows.add(leaf("m11", "m1", "到位率", "3", "RECORD", null, "FUNDS_ARRIVAL_RATE"));
        rows.add(leaf(
                "m12",
                "m1",
                "到位时效",
                "2",
                "CHECKLIST",
                "{\"items\":[{\"text\":\"①到位及时\",\"points\":2},{\"text\":\"②不及时但未影响\",\"points\":1}]}"));
        rows.add(row("m2", "m", "资金管理", "10"));
        rows.add(leaf("m21", "m2", "资金使用", "7", "MANUAL", null));
        rows.add(
                leaf(
                        "m22",
                        "m2",
                        "财务管理",
                        "3",
                        "CHECKLIST",
                        "{\"items\":[{\"text\":\"①\",\"points\":1},{\"text\":\"②\",\"points\":1},{\"text\":\"③\",\"points\":1}]}"));
        rows.add(row("m3", "m", "组织实施", "10"));
        rows.add(leaf("m31", "m3", "项目实施", "10", "YES_NO", null));
        rows.add(row("p", null, "项目绩效", "75"));
        rows.add(row("p1", "p", "项目效果", "75"));
        rows.add(leaf("p11", "p1", "服务对象满意度", "75", "BANDS", null));
        return rows;
    }

    private static TemplateValidator.Result check(List<IndicatorInput> rows) {
        return TemplateValidator.check(new TemplateInput("测试体系", "PROJECT", "SELF", null, rows, null));
    }

    private static void assertProblem(TemplateValidator.Result result, String field, String words) {
        assertTrue(
                result.problems().stream()
                        .anyMatch(p -> p.field().equals(field) && p.message().contains(words)),
                "expected " + field + " ~ " + words + " in " + result.problems());
    }

    @Test
    void aTreeThatAddsUpPasses() {
        var result = check(seed003Part());
        assertTrue(result.valid(), result.problems().toString());
        assertEquals(12, result.nodes().size());
        assertEquals(3, result.nodes().get(2).level());
        assertEquals(1, result.nodes().get(3).position(), "到位时效 is the second under 资金到位");
    }

    @Test
    void level3WeightsThatDoNotAddUpAreNamedByTheirParent() {
        var rows = seed003Part();
        rows.set(6, leaf("m22", "m2", "财务管理", "2", "CHECKLIST", "{\"items\":[{\"text\":\"①\",\"points\":2}]}"));
        var result = check(rows);
        assertProblem(result, "indicators[4].weight", "二级指标「资金管理」下的三级指标分值合计 9，应为 10");
        assertProblem(result, "indicators[4].weight", "add up to 9, not 10");
        // and the sum above it no longer follows either? 资金管理 itself is still 10: only one problem
        assertEquals(1, result.problems().size(), result.problems().toString());
    }

    @Test
    void level2WeightsThatDoNotAddUpAreNamed() {
        var rows = seed003Part();
        rows.set(7, row("m3", "m", "组织实施", "9"));
        rows.set(8, leaf("m31", "m3", "项目实施", "9", "YES_NO", null));
        assertProblem(check(rows), "indicators[0].weight", "一级指标「项目管理」下的二级指标分值合计 24，应为 25");
    }

    @Test
    void level1WeightsMustAddUpTo100() {
        var rows = seed003Part();
        rows.set(9, row("p", null, "项目绩效", "70"));
        rows.set(10, row("p1", "p", "项目效果", "70"));
        rows.set(11, leaf("p11", "p1", "服务对象满意度", "70", "BANDS", null));
        assertProblem(check(rows), "indicators", "一级指标分值合计 95，应为 100");
    }

    @Test
    void aLevel3IndicatorNeedsARule() {
        var rows = seed003Part();
        rows.set(5, row("m21", "m2", "资金使用", "7"));
        assertProblem(check(rows), "indicators[5].rule", "三级指标「资金使用」请选择评分规则");
    }

    @Test
    void onlyLevel3IndicatorsCarryARule() {
        var rows = seed003Part();
        rows.set(1, leaf("m1", "m", "资金到位", "5", "MANUAL", null));
        assertProblem(check(rows), "indicators[1].rule", "只有三级指标设");
    }

    @Test
    void anUnknownRuleIsRefused() {
        var rows = seed003Part();
        rows.set(5, leaf("m21", "m2", "资金使用", "7", "GUESS", null));
        assertProblem(check(rows), "indicators[5].rule", "评分规则「GUESS」未知");
    }

    @Test
    void aRecordRuleNeedsARecordKey() {
        var rows = seed003Part();
        rows.set(2, leaf("m11", "m1", "到位率", "3", "RECORD", null, null));
        assertProblem(check(rows), "indicators[2].recordKey", "须指明取哪项数据");
        rows.set(2, leaf("m11", "m1", "到位率", "3", "RECORD", null, "NOT_A_FIGURE"));
        assertProblem(check(rows), "indicators[2].recordKey", "记录指标「NOT_A_FIGURE」未知");
    }

    @Test
    void bandsGoFromTheHighestDownWithSharesBetween0And1() {
        var rows = seed003Part();
        rows.set(
                11,
                leaf(
                        "p11",
                        "p1",
                        "服务对象满意度",
                        "75",
                        "BANDS",
                        "{\"bands\":[{\"from\":80,\"share\":0.75},{\"from\":90,\"share\":1.5}]}"));
        var result = check(rows);
        assertProblem(result, "indicators[11].ruleParams", "第2档的得分比例 1.5 须在0到1之间");
        assertProblem(result, "indicators[11].ruleParams", "第2档的起点 90 须小于上一档的 80");
    }

    @Test
    void checklistPointsMustReachTheWeight() {
        var rows = seed003Part();
        rows.set(
                6,
                leaf(
                        "m22",
                        "m2",
                        "财务管理",
                        "3",
                        "CHECKLIST",
                        "{\"items\":[{\"text\":\"①\",\"points\":1},{\"text\":\"②\",\"points\":1}]}"));
        assertProblem(check(rows), "indicators[6].ruleParams", "各要点分值合计 2，少于指标分值 3");
    }

    @Test
    void aChecklistItemCannotBeWorthMoreThanTheIndicator() {
        var rows = seed003Part();
        rows.set(6, leaf("m22", "m2", "财务管理", "3", "CHECKLIST", "{\"items\":[{\"text\":\"①\",\"points\":4}]}"));
        assertProblem(check(rows), "indicators[6].ruleParams", "超过指标分值 3");
    }

    @Test
    void aChecklistNeedsItsItems() {
        var rows = seed003Part();
        rows.set(6, leaf("m22", "m2", "财务管理", "3", "CHECKLIST", null));
        assertProblem(check(rows), "indicators[6].ruleParams", "须列出要点及其分值");
    }

    @Test
    void aProportionalCapBelowOneIsRefused() {
        var rows = seed003Part();
        rows.set(8, leaf("m31", "m3", "项目实施", "10", "PROPORTIONAL", "{\"cap\":0.8}"));
        assertProblem(check(rows), "indicators[8].ruleParams", "完成率上限 0.8 不能小于1");
    }

    @Test
    void parametersThatAreNotJsonOfRuleParamsAreRefused() {
        var rows = seed003Part();
        rows.set(
                8,
                new IndicatorInput(
                        "m31",
                        "m3",
                        null,
                        "项目实施",
                        BigDecimal.TEN,
                        "PROPORTIONAL",
                        JSON.getNodeFactory().textNode("{cap:"),
                        null,
                        null,
                        null,
                        null));
        assertProblem(check(rows), "indicators[8].ruleParams", "评分参数无法读取");
        rows.set(
                8,
                new IndicatorInput(
                        "m31",
                        "m3",
                        null,
                        "项目实施",
                        BigDecimal.TEN,
                        "PROPORTIONAL",
                        JSON.getNodeFactory().textNode("{\"cap\": 1.5}"),
                        null,
                        null,
                        null,
                        null));
        assertTrue(check(rows).valid(), "a string holding the JSON is read as the JSON");
    }

    @Test
    void aFourthLevelIsRefused() {
        var rows = seed003Part();
        rows.add(9, leaf("m311", "m31", "子项", "10", "YES_NO", null));
        assertProblem(check(rows), "indicators[9].parentKey", "超出三级");
    }

    @Test
    void aLevel2WithoutLeavesIsRefused() {
        var rows = new ArrayList<IndicatorInput>();
        rows.add(row("a", null, "产出", "100"));
        rows.add(row("a1", "a", "数量指标", "100"));
        assertProblem(check(rows), "indicators[1]", "二级指标「数量指标」下没有三级指标");
    }

    @Test
    void anUnknownParentIsRefused() {
        var rows = seed003Part();
        rows.set(5, leaf("m21", "nope", "资金使用", "7", "MANUAL", null));
        assertProblem(check(rows), "indicators[5].parentKey", "上级指标「nope」不在其上方的行中");
    }

    @Test
    void rowsWithLevelsAndNoKeysHangUnderTheNearestRowAbove() {
        List<IndicatorInput> rows = List.of(
                new IndicatorInput(null, null, 1, "产出", new BigDecimal("100"), null, null, null, null, null, null),
                new IndicatorInput(null, null, 2, "数量", new BigDecimal("60"), null, null, null, null, null, null),
                new IndicatorInput(null, null, 3, "甲", new BigDecimal("60"), "YES_NO", null, null, null, null, null),
                new IndicatorInput(null, null, 2, "质量", new BigDecimal("40"), null, null, null, null, null, null),
                new IndicatorInput(null, null, 3, "乙", new BigDecimal("40"), "MANUAL", null, null, null, null, null));
        var result = check(rows);
        assertTrue(result.valid(), result.problems().toString());
        assertEquals(3, result.nodes().get(4).parentIndex());
        assertProblem(
                check(List.of(
                        new IndicatorInput(null, null, 2, "数量", BigDecimal.TEN, null, null, null, null, null, null))),
                "indicators[0].level",
                "上方没有一级指标");
    }

    @Test
    void weightsAreRequiredNonNegativeWithTwoDecimals() {
        var rows = seed003Part();
        rows.set(5, new IndicatorInput("m21", "m2", null, "资金使用", null, "MANUAL", null, null, null, null, null));
        assertProblem(check(rows), "indicators[5].weight", "「资金使用」请填写分值");
        rows.set(5, leaf("m21", "m2", "资金使用", "-7", "MANUAL", null));
        assertProblem(check(rows), "indicators[5].weight", "分值须在0到100之间");
        rows.set(5, leaf("m21", "m2", "资金使用", "6.999", "MANUAL", null));
        assertProblem(check(rows), "indicators[5].weight", "最多两位小数");
    }

    @Test
    void theHeaderNeedsANameAndASubject() {
        var result = TemplateValidator.check(new TemplateInput(" ", "CITY", "BOSS", null, seed003Part(), null));
        assertProblem(result, "name", "请填写指标体系名称");
        assertProblem(result, "subjectKind", "PROJECT");
        assertProblem(result, "evaluationKind", "评价类型");
        assertProblem(
                TemplateValidator.check(new TemplateInput("空", "PROJECT", null, null, List.of(), null)),
                "indicators",
                "至少需要一个一级指标");
    }

    @Test
    void everyLibraryTemplateIsValidAndAddsUp() {
        var library = TemplateLibrary.load();
        assertEquals(TemplateLibrary.CODES, List.copyOf(library.keySet()));
        library.values().forEach(entry -> {
            assertTrue(entry.tree().valid(), entry.file().code());
            BigDecimal top = entry.tree().nodes().stream()
                    .filter(n -> n.level() == 1)
                    .map(TemplateValidator.Node::weight)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, top.compareTo(new BigDecimal("100")), entry.file().code());
        });
    }
}
