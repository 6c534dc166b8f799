package cn.jixiao.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** The bodies of the edits, made from what the user read (every field sent back, one changed, the version read). */
final class Bodies {
    private static final List<String> BUDGET_FIELDS = List.of(
            "currentYearIncome",
            "carryOver",
            "basicExpenditure",
            "projectExpenditure",
            "finalAccounts",
            "actualBasicExpenditure",
            "actualProjectExpenditure",
            "threePublicBudget",
            "threePublicActual",
            "threePublicLastYearActual",
            "publicFundsBudget",
            "publicFundsActual",
            "procurementBudget",
            "procurementActual",
            "fixedAssetsBookValue",
            "fixedAssetsInUse");

    private static final List<String> INDICATOR_FIELDS =
            List.of("actualValue", "actualText", "checkedItems", "manualScore", "scoreReason", "deviationReason");

    private Bodies() {}

    /** The budget as read with its current-year income changed (1,000–1,999 万元). */
    static String budgetEdit(String budgetJson) {
        try {
            JsonNode read = Workplace.JSON.readTree(budgetJson);
            ObjectNode input = Workplace.JSON.createObjectNode();
            for (String field : BUDGET_FIELDS) {
                input.set(field, read.get(field));
            }
            input.put(
                    "currentYearIncome",
                    new BigDecimal(1000 + ThreadLocalRandom.current().nextInt(1000)).add(new BigDecimal("0.5")));
            input.put("version", read.path("version").asInt());
            return Workplace.JSON.writeValueAsString(input);
        } catch (Exception e) {
            throw new IllegalStateException("budget answer not readable", e);
        }
    }

    /** The indicator's fill as read, with its deviation analysis rewritten, and its version. */
    static String indicatorFill(String evaluationJson, long leaf) {
        try {
            JsonNode evaluation = Workplace.JSON.readTree(evaluationJson);
            for (JsonNode indicator : evaluation.path("indicators")) {
                if (indicator.path("id").asLong() == leaf) {
                    ObjectNode input = Workplace.JSON.createObjectNode();
                    for (String field : INDICATOR_FIELDS) {
                        if (indicator.hasNonNull(field)) {
                            input.set(field, indicator.get(field));
                        }
                    }
                    input.put(
                            "deviationReason",
                            "负载测试填写：偏差原因分析第 " + ThreadLocalRandom.current().nextInt(1000) + " 稿。");
                    input.put("version", indicator.path("version").asInt());
                    return Workplace.JSON.writeValueAsString(input);
                }
            }
            throw new IllegalStateException("indicator " + leaf + " not in the evaluation");
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("evaluation answer not readable", e);
        }
    }
}
