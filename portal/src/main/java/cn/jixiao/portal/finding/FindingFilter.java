package cn.jixiao.portal.finding;

/** What the findings list is filtered by; null means any. */
public record FindingFilter(
        Integer year, Long departmentId, String code, Severity severity, FindingState state, Long evaluationId) {}
