package cn.jixiao.portal.evaluation.service;

import cn.jixiao.platform.publication.EvaluationKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One demo evaluation as its seed document gives it: the subject, the template (by library code, or by
 * id in tests), the scores it printed (per level 1, or a total), the figures it states, its findings as
 * the reasons of lost points, its problems and suggestions, its evaluators, and whether it is approved.
 */
public record DemoSpec(
        String name,
        String tenant,
        String departmentCode,
        ProjectRef project,
        int year,
        EvaluationKind kind,
        String templateCode,
        Long templateId,
        Map<String, BigDecimal> levelScores,
        BigDecimal total,
        List<String> deductFirst,
        Map<String, BigDecimal> leafScores,
        Map<String, BigDecimal> actuals,
        Map<String, String> reasons,
        String reason,
        String goal,
        String achieved,
        String evaluatorName,
        LocalDate reportDate,
        List<ItemInput> items,
        List<Person> evaluators,
        LocalDate approvedOn) {

    /** The evaluated project: found by name and year, or made with these funds (万元, all arrived and spent). */
    public record ProjectRef(String name, int year, String goals, BigDecimal funds) {}

    public record Person(String name, String title, String unit, boolean leader) {}

    /** The same spec on another template (tests). */
    public DemoSpec withTemplate(long id) {
        return new DemoSpec(
                name,
                tenant,
                departmentCode,
                project,
                year,
                kind,
                templateCode,
                id,
                levelScores,
                total,
                deductFirst,
                leafScores,
                actuals,
                reasons,
                reason,
                goal,
                achieved,
                evaluatorName,
                reportDate,
                items,
                evaluators,
                approvedOn);
    }
}
