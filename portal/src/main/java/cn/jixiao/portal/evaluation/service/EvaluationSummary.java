package cn.jixiao.portal.evaluation.service;

import java.math.BigDecimal;

/** A row of GET /api/evaluations. */
public record EvaluationSummary(
        long id,
        String subjectName,
        long departmentId,
        String departmentName,
        Long projectId,
        String projectName,
        int year,
        String kind,
        String kindLabel,
        String status,
        String statusLabel,
        BigDecimal totalScore,
        String grade,
        String gradeLabel,
        int version) {}
