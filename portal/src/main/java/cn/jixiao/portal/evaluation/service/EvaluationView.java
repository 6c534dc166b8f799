package cn.jixiao.portal.evaluation.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * GET /api/evaluations/{id}: an evaluation with its level-1 scores, every indicator (level 1 to 3, parents
 * before children), the unscored leaves, items, evaluators, opinions, review events, the checks'
 * findings (not the fixed ones), and whether the user may edit it now.
 */
public record EvaluationView(
        long id,
        String subjectName,
        String scope,
        long departmentId,
        String departmentName,
        Long projectId,
        String projectName,
        int year,
        String kind,
        String kindLabel,
        String status,
        String statusLabel,
        int version,
        Long templateId,
        String templateName,
        Long targetId,
        BigDecimal totalScore,
        String grade,
        String gradeLabel,
        OffsetDateTime scoredAt,
        List<LevelScore> levels,
        List<IndicatorView> indicators,
        List<Long> unscored,
        List<ItemView> items,
        List<EvaluatorView> evaluators,
        List<OpinionView> opinions,
        List<EventView> events,
        List<FindingView> findings,
        String overallGoal,
        String goalAchieved,
        String evaluatorName,
        LocalDate reportDate,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        boolean editable) {

    /** A level-1 indicator's weight and score. */
    public record LevelScore(long id, String name, BigDecimal weight, BigDecimal score) {}

    public record EvaluatorView(long id, int position, String name, String title, String unit, boolean leader) {}

    public record OpinionView(
            long id, String role, String roleLabel, String opinion, String signer, LocalDate signedOn, int version) {}

    public record EventView(
            long id, String action, String actor, String actorName, OffsetDateTime at, String comment) {}

    public record FindingView(
            long id,
            String code,
            String severity,
            String severityLabel,
            String message,
            String state,
            boolean explained) {}
}
