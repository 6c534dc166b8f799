package cn.jixiao.portal.target;

import cn.jixiao.portal.target.dto.IndicatorInput;
import cn.jixiao.portal.target.dto.StepInput;
import cn.jixiao.portal.target.dto.TargetInput;
import cn.jixiao.portal.web.Refusals;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a target table must be to be saved and to be submitted, with a message per field: the funds'
 * parts within the total, every indicator placed in the national 一级/二级 structure with a value or a
 * text, every plan step finishing on or after its start, and at least one 产出指标.
 */
public final class TargetRules {
    public static final String OUTPUT = "产出指标";

    /** 一级指标 and the 二级指标 each allows (项目支出绩效目标申报表). */
    public static final Map<String, List<String>> LEVELS = levels();

    private static final BigDecimal MAX_FUNDS = new BigDecimal("9999999999");
    private static final BigDecimal MAX_VALUE = new BigDecimal("99999999999999");
    private static final Map<String, String> COMPARATORS =
            Map.of(">=", ">=", "≥", ">=", "<=", "<=", "≤", "<=", "=", "=", ">", ">", "<", "<");

    private TargetRules() {}

    private static Map<String, List<String>> levels() {
        var levels = new LinkedHashMap<String, List<String>>();
        levels.put(OUTPUT, List.of("数量指标", "质量指标", "时效指标", "成本指标"));
        levels.put("效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"));
        levels.put("满意度指标", List.of("服务对象满意度指标"));
        return java.util.Collections.unmodifiableMap(levels);
    }

    /** The stored comparator for what was typed (≥ is >=), null for none. */
    static String comparator(String typed) {
        return typed == null || typed.isBlank() ? null : COMPARATORS.get(typed.strip());
    }

    /** Refuses (400, every wrong field named) a table that cannot be saved. */
    static void check(TargetInput input, boolean forSubmission) {
        var errors = new LinkedHashMap<String, String>();
        funds(errors, "totalFunds", "资金总额", input.totalFunds());
        funds(errors, "fiscalFunds", "财政拨款", input.fiscalFunds());
        funds(errors, "otherFunds", "其他资金", input.otherFunds());
        BigDecimal total = input.totalFunds();
        if (total != null && !errors.containsKey("totalFunds")) {
            String totalText = total.stripTrailingZeros().toPlainString();
            if (input.fiscalFunds() != null && input.fiscalFunds().compareTo(total) > 0) {
                errors.putIfAbsent(
                        "fiscalFunds", "财政拨款不能超过资金总额 " + totalText + " 万元 (fiscal funds must not exceed the total)");
            }
            if (input.otherFunds() != null && input.otherFunds().compareTo(total) > 0) {
                errors.putIfAbsent(
                        "otherFunds", "其他资金不能超过资金总额 " + totalText + " 万元 (other funds must not exceed the total)");
            }
            if (input.fiscalFunds() != null
                    && input.otherFunds() != null
                    && input.fiscalFunds().add(input.otherFunds()).compareTo(total) > 0) {
                errors.putIfAbsent(
                        "otherFunds",
                        "财政拨款与其他资金之和不能超过资金总额 " + totalText
                                + " 万元 (fiscal and other funds together must not exceed the total)");
            }
        }
        List<IndicatorInput> indicators = input.indicators() == null ? List.of() : input.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            indicator(errors, "indicators[" + i + "].", indicators.get(i));
        }
        boolean anyOutput = indicators.stream()
                .anyMatch(row -> row != null
                        && row.level1() != null
                        && OUTPUT.equals(row.level1().strip()));
        if ((forSubmission || !indicators.isEmpty()) && !anyOutput) {
            errors.putIfAbsent("indicators", noOutput());
        }
        List<StepInput> steps = input.planSteps() == null ? List.of() : input.planSteps();
        for (int i = 0; i < steps.size(); i++) {
            step(errors, "planSteps[" + i + "].", steps.get(i));
        }
        if (!errors.isEmpty()) {
            throw Refusals.invalid(errors);
        }
    }

    /** Before submission: at least one 产出指标 (the saved rows are already checked one by one). */
    static void checkComplete(List<TargetIndicator> saved) {
        if (saved.stream().noneMatch(i -> OUTPUT.equals(i.level1))) {
            throw Refusals.invalid("indicators", noOutput());
        }
    }

    private static String noOutput() {
        return "至少需要一项产出指标（数量、质量、时效或成本） (at least one output indicator, 产出指标, is required)";
    }

    private static void funds(Map<String, String> errors, String field, String label, BigDecimal value) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            errors.put(field, label + "不能为负数 (" + field + " must not be negative)");
        } else if (value.compareTo(MAX_FUNDS) > 0) {
            errors.put(field, label + "金额过大，单位为万元 (" + field + " is too large; the unit is 万元)");
        } else if (value.stripTrailingZeros().scale() > 6) {
            errors.put(field, label + "最多六位小数 (" + field + ": at most 6 decimal places)");
        }
    }

    private static void indicator(Map<String, String> errors, String prefix, IndicatorInput row) {
        if (row == null) {
            errors.put(prefix + "name", "指标行不能为空 (an indicator row is empty)");
            return;
        }
        String level1 = row.level1() == null ? null : row.level1().strip();
        List<String> level2s = level1 == null ? null : LEVELS.get(level1);
        if (level2s == null) {
            errors.put(prefix + "level1", "一级指标应为产出指标、效益指标或满意度指标 (level1 must be 产出指标, 效益指标 or 满意度指标)");
        } else if (row.level2() == null || !level2s.contains(row.level2().strip())) {
            errors.put(
                    prefix + "level2",
                    level1 + "的二级指标应为" + String.join("、", level2s) + " (level2 must be one of "
                            + String.join(", ", level2s) + ")");
        }
        if (row.name() == null || row.name().isBlank()) {
            errors.put(prefix + "name", "请填写指标内容 (the indicator's content is required)");
        }
        if (row.comparator() != null && !row.comparator().isBlank() && comparator(row.comparator()) == null) {
            errors.put(prefix + "comparator", "比较符应为 ≥、≤、=、> 或 < (comparator must be >=, <=, =, > or <)");
        }
        boolean hasText = row.targetText() != null && !row.targetText().isBlank();
        if (row.targetValue() == null && !hasText) {
            errors.put(prefix + "targetValue", "请填写目标值或目标说明 (a target value or a target text is required)");
        } else if (row.targetValue() != null) {
            if (row.targetValue().abs().compareTo(MAX_VALUE) > 0) {
                errors.put(prefix + "targetValue", "目标值过大 (targetValue is too large)");
            } else if (row.targetValue().stripTrailingZeros().scale() > 6) {
                errors.put(prefix + "targetValue", "目标值最多六位小数 (targetValue: at most 6 decimal places)");
            }
        } else if (comparator(row.comparator()) != null) {
            errors.put(prefix + "targetValue", "有比较符时请填写数值目标值 (a comparator needs a numeric target value)");
        }
    }

    private static void step(Map<String, String> errors, String prefix, StepInput row) {
        if (row == null) {
            errors.put(prefix + "name", "计划步骤不能为空 (a plan step is empty)");
            return;
        }
        if (row.name() == null || row.name().isBlank()) {
            errors.put(prefix + "name", "请填写步骤名称 (the step's name is required)");
        }
        if (row.plannedStart() != null
                && row.plannedFinish() != null
                && row.plannedFinish().isBefore(row.plannedStart())) {
            errors.put(prefix + "plannedFinish", "计划完成日期不能早于计划开始日期 (plannedFinish must not be before plannedStart)");
        }
    }
}
